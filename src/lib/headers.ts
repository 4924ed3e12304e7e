/**
 * HTTP response headers for the built site, in the `_headers` format that Netlify and Cloudflare
 * Pages read (a path pattern, then indented `Name: value` lines). The build writes `dist/_headers`
 * from these rules (src/integrations/headers.ts), scripts/serve.mjs serves by them, and
 * `npm run headers:nginx` turns them into an nginx snippet.
 *
 * Rules never give one path the same header twice: Netlify keeps the last match but Cloudflare joins
 * the values with a comma, so overlapping Cache-Control rules would mean different things per host.
 * This module has no imports, so that Node runs it as it is (scripts/serve.mjs).
 */

export interface HeaderRule {
  /** A URL path; `*` matches any run of characters (Netlify's and Cloudflare's "splat"). */
  path: string;
  headers: [name: string, value: string][];
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cached, but checked with the server (ETag / Last-Modified) before every use. */
const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Browser features the course never uses, all switched off. Only names that Chromium knows: it logs
 * an unknown one ("bluetooth", for one) on every page, and the e2e fixture fails on that.
 */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** The pages' CSP plus what only a header can carry: no site may frame the course. */
export function headerCsp(pageCsp: string): string {
  const directives = pageCsp
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  if (directives.some((d) => /^frame-ancestors\b/i.test(d))) return directives.join('; ');
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

export interface SiteFiles {
  /** The base path the site was built for, e.g. "/" or "/course/". */
  base: string;
  /** Every file of the build, relative to its folder with "/" separators ("lessons/x/index.html"). */
  files: string[];
}

/** Pagefind's content-hashed files: a new index gets new names, so they never change under a name. */
function isHashedPagefindFile(file: string): boolean {
  return /^pagefind\/(?:index|fragment|filter)\//.test(file) || /^pagefind\/[^/]+\.pf_meta$/.test(file);
}

/**
 * The rules for a build: security headers on everything, a year of caching for content-hashed
 * files (Astro's `_astro/` and Pagefind's index), and revalidation for everything else (pages,
 * Pagefind's fixed-name entry files, icons, the sitemap), each path covered by exactly one
 * Cache-Control rule.
 */
export function siteHeaderRules(pageCsp: string, { base, files }: SiteFiles): HeaderRule[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rules: HeaderRule[] = [
    {
      path: `${prefix}*`,
      headers: [
        ['Content-Security-Policy', headerCsp(pageCsp)],
        ['Strict-Transport-Security', 'max-age=31536000'],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['Permissions-Policy', DENIED_FEATURES.map((f) => `${f}=()`).join(', ')],
        ['Cross-Origin-Opener-Policy', 'same-origin'],
      ],
    },
  ];
  const immutable = (path: string) => rules.push({ path, headers: [['Cache-Control', IMMUTABLE]] });
  const revalidate = (path: string) => rules.push({ path, headers: [['Cache-Control', REVALIDATE]] });

  immutable(`${prefix}_astro/*`);
  const pagefind = files.filter((f) => f.startsWith('pagefind/'));
  const hashedDirs = new Set(pagefind.filter(isHashedPagefindFile).map((f) => f.split('/').slice(0, 2).join('/')));
  for (const entry of [...hashedDirs].sort()) {
    immutable(entry.endsWith('.pf_meta') ? `${prefix}${entry}` : `${prefix}${entry}/*`);
  }
  for (const file of pagefind.filter((f) => !isHashedPagefindFile(f)).sort()) revalidate(`${prefix}${file}`);

  // Everything else: the home page, then each top-level file and folder, so that no pattern
  // overlaps the immutable ones above.
  revalidate(prefix);
  const topLevel = new Set<string>();
  for (const file of files) {
    const [first, ...rest] = file.split('/');
    if (!first || first === '_astro' || first === 'pagefind' || first === '_headers') continue;
    topLevel.add(rest.length > 0 ? `${first}/*` : first);
  }
  for (const entry of [...topLevel].sort()) revalidate(`${prefix}${entry}`);
  return rules;
}

export function formatHeadersFile(rules: readonly HeaderRule[], comment: string): string {
  const head = comment
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n');
  const body = rules.map((r) => [r.path, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n\n');
  return `${head}\n\n${body}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trimEnd();
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** A rule's path as a regular expression source: `*` is a splat, `:name` one path segment. */
function patternSource(pattern: string): string {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return `^${source}$`;
}

export function pathMatches(pattern: string, path: string): boolean {
  return new RegExp(patternSource(pattern)).test(path);
}

/**
 * The headers for a request path: every matching rule in order; a header set by two rules is joined
 * with a comma, as Cloudflare Pages does (siteHeaderRules never produces that).
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = out.get(key);
      out.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return out;
}

/**
 * The same rules for nginx. nginx drops every outer `add_header` inside a `location` that has one of
 * its own, so instead of locations the per-path Cache-Control comes from a `map` (http block), and
 * all headers are added once in the server block; `always` sends them with error pages too, and an
 * empty map value sends no Cache-Control, as for a path no rule names.
 */
export function nginxConfig(rules: readonly HeaderRule[]): string {
  const [site, ...rest] = rules;
  if (!site || !site.path.endsWith('/*')) throw new Error('the first rule must be the site-wide one');
  const base = site.path.slice(0, -1);
  const quote = (v: string) => `"${v.replace(/(["\\])/g, '\\$1')}"`;
  const entries = rest.map((rule) => {
    if (rule.headers.length !== 1 || rule.headers[0]![0] !== 'Cache-Control') {
      throw new Error(`nginxConfig handles Cache-Control rules only, not ${rule.path}`);
    }
    const key = /[*:]/.test(rule.path) ? quote(`~${patternSource(rule.path)}`) : rule.path;
    return `  ${key} ${quote(rule.headers[0]![1])};`;
  });
  return [
    `# Generated from dist/_headers by \`npm run headers:nginx\`: the course served from ${base}.`,
    '# In the http block:',
    'map $uri $course_cache_control {',
    '  default "";',
    ...entries,
    '}',
    '',
    '# In the server block whose root is the uploaded dist/ folder:',
    `error_page 404 ${base}404.html;`,
    ...site.headers.map(([n, v]) => `add_header ${n} ${quote(v)} always;`),
    'add_header Cache-Control $course_cache_control always;',
    '',
  ].join('\n');
}
