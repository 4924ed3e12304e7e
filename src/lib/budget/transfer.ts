/**
 * What a page transfers until the browser is idle, worked out from the built files alone: the
 * HTML, then what it references (html.ts), the static imports of each module script
 * (js-imports.ts) and what each stylesheet pulls in, each file counted once at its compressed
 * size. No browser: fast enough for every test run, and the same answer on every machine.
 */
import { cssResources, htmlResources, type Part, type Resource } from './html.ts';
import { codeReferences, staticImports } from './js-imports.ts';

/** The built site, by path inside the output folder ("lessons/x/index.html", "_astro/a.js"). */
export interface SiteFiles {
  read(path: string): Uint8Array | undefined;
  /** Every file path, for finding files by pattern (the search model). */
  list(): string[];
}

export interface Options {
  /** Bytes on the wire for a file's contents (gzip -6 in the budget check). */
  size: (bytes: Uint8Array) => number;
  /** The site's base path, "/" or e.g. "/course/": URLs outside it are not the site's own files. */
  base?: string;
  /** The site's own origin: absolute URLs to it are local (canonical or sharing links, for example). */
  siteOrigin?: string;
  /**
   * When a JavaScript file that loaded code names (codeReferences: an `import()` target) loads:
   * 'load' (before idle: counted, with its imports), 'later' (on use: not counted), or undefined
   * when nobody said (reported in `undeclared`). Without it, such files are not followed.
   */
  onDemand?: (file: string) => 'load' | 'later' | undefined;
}

interface FileCost {
  path: string;
  part: Part;
  bytes: number;
}

export interface Transfer {
  files: FileCost[];
  /** Addresses on another origin the page would request or connect to. */
  foreign: string[];
  /** Local addresses with no file in the output (they would be 404s). */
  missing: string[];
  /** Files the loaded code may load on demand whose loading time `onDemand` does not know. */
  undeclared: string[];
}

export type PartSizes = Record<Part | 'total', number>;

const LOCAL = 'http://site.invalid';

/** Where a reference points: a file of the site, another origin, or nothing to fetch (data:, #id). */
export function resolveReference(
  ref: string,
  from: string,
  { base = '/', siteOrigin }: Pick<Options, 'base' | 'siteOrigin'>,
): { file: string } | { foreign: string } | { outside: string } | undefined {
  const trimmed = ref.trim();
  if (!trimmed || /^(data|blob|about|javascript|mailto|tel):/i.test(trimmed) || trimmed.startsWith('#'))
    return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, LOCAL + from);
  } catch {
    return { outside: trimmed };
  }
  const origin = siteOrigin ? new URL(siteOrigin).origin : undefined;
  if (url.origin !== LOCAL && url.origin !== origin) return { foreign: url.href };
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(prefix)) return { outside: path };
  const inside = path.slice(prefix.length);
  return { file: inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside };
}

/** The URL path a file is served at, so relative references inside it resolve as in the browser. */
function servedAt(file: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Follows resources from a starting set, adding each file once. Already-loaded files (for
 * example a page's own scripts, when measuring what opening search adds) are skipped.
 */
export function follow(
  start: { resource: Resource; from: string }[],
  files: SiteFiles,
  options: Options,
  alreadyLoaded: ReadonlySet<string> = new Set(),
): Transfer {
  const base = options.base ?? '/';
  const result: Transfer = { files: [], foreign: [], missing: [], undeclared: [] };
  const seen = new Set<string>(alreadyLoaded);
  const queue = [...start];
  while (queue.length > 0) {
    const { resource, from } = queue.shift()!;
    const target = resolveReference(resource.url, from, options);
    if (!target) continue;
    if ('foreign' in target) {
      if (!result.foreign.includes(target.foreign)) result.foreign.push(target.foreign);
      continue;
    }
    if (!resource.part) continue; // only its origin matters
    if ('outside' in target) {
      result.missing.push(target.outside);
      continue;
    }
    if (seen.has(target.file)) continue;
    seen.add(target.file);
    const bytes = files.read(target.file);
    if (!bytes) {
      result.missing.push(servedAt(target.file, base));
      continue;
    }
    result.files.push({ path: target.file, part: resource.part, bytes: options.size(bytes) });
    const at = servedAt(target.file, base);
    if (resource.part === 'css') {
      for (const r of cssResources(new TextDecoder().decode(bytes))) queue.push({ resource: r, from: at });
    } else if (resource.part === 'js') {
      const code = new TextDecoder().decode(bytes);
      if (resource.module)
        for (const url of staticImports(code)) queue.push({ resource: { url, part: 'js', module: true }, from: at });
      if (options.onDemand) {
        for (const url of codeReferences(code)) {
          const ref = resolveReference(url, at, options);
          if (!ref || !('file' in ref) || seen.has(ref.file)) continue;
          const when = options.onDemand(ref.file);
          if (when === 'load') queue.push({ resource: { url, part: 'js', module: true }, from: at });
          else if (when === undefined && !result.undeclared.includes(ref.file)) result.undeclared.push(ref.file);
        }
      }
    }
  }
  return result;
}

/** A page and everything it loads before idle. `page` is its file, e.g. "lessons/x/index.html". */
export function pageTransfer(page: string, files: SiteFiles, options: Options): Transfer {
  const html = files.read(page);
  if (!html) return { files: [], foreign: [], missing: [servedAt(page, options.base ?? '/')], undeclared: [] };
  const from = servedAt(page, options.base ?? '/');
  const own: FileCost = { path: page, part: 'html', bytes: options.size(html) };
  const rest = follow(
    htmlResources(new TextDecoder().decode(html)).map((resource) => ({ resource, from })),
    files,
    options,
    new Set([page]),
  );
  return { ...rest, files: [own, ...rest.files] };
}

/** Bytes per part and in total. */
export function partSizes(transfer: Transfer): PartSizes {
  const sizes: PartSizes = { html: 0, css: 0, js: 0, fonts: 0, other: 0, total: 0 };
  for (const f of transfer.files) {
    sizes[f.part] += f.bytes;
    sizes.total += f.bytes;
  }
  return sizes;
}
