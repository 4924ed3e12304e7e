/**
 * `npm run check:budgets`: the weight budgets of src/lib/budget/budgets.ts, checked against the
 * built site without a browser (part of `npm test`, after the build). For every page of dist/ it
 * follows what the browser would fetch before idle (HTML, stylesheets, module scripts and their
 * static imports, preloads, the icon, fonts), sizes each file as gzip -6, and prints a table; then
 * the same for opening search and a first query. Exits 1 naming each page, part and excess over
 * budget, each reference to another origin, and each referenced file that does not exist.
 *
 *   node scripts/check-budgets.ts                 dist/ as built by `npm run build`
 *   node scripts/check-budgets.ts --dist <dir>    another output folder (bench:scale, the test fixture)
 *
 * BASE_PATH and SITE_URL are read as astro.config.mjs reads them, so URLs resolve the same way.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { htmlLang } from '../src/lib/budget/html.ts';
import { partSizes, pageTransfer, type Options, type PartSizes, type SiteFiles } from '../src/lib/budget/transfer.ts';
import { searchTransfer, type SearchModel } from '../src/lib/budget/search.ts';
import {
  PAGE_BUDGETS,
  SEARCH_BUDGET,
  budgetProblems,
  kb,
  pageAddress,
  pageKind,
  type PageKind,
} from '../src/lib/budget/budgets.ts';

/** How the site's search loads (src/components/search/): what opening it fetches. */
export const SEARCH_MODEL: SearchModel = {
  dialogChunk: /^_astro\/searchDialog\.[\w-]+\.js$/,
  fetchedOnOpen: ['/search/suggestions.json'],
  // The results in the dialog's view at a desktop height, whose data loads at once; the dialog's
  // other results load as they scroll into view (lib/search/result-slots.ts). Two to four fit at
  // 1280x800 and on a phone: a result's place is as tall as a result with three sections.
  results: 3,
  pagefindPath: '/pagefind/',
};

/**
 * When each file the site's code loads on demand (`import()`) is fetched, by the file's path in the
 * output. The check finds every JavaScript file named in the code a page loads (js-imports.ts,
 * codeReferences) and asks here: `atLoad` true for a page means the page fetches it before idle,
 * so it is counted there with its imports; false means later, on use. A file named nowhere here
 * fails the check, so that a new import() cannot slip past the budgets: say when it loads. The
 * browser measurement (`npm run bench`) and e2e/budgets.spec.ts keep this model honest.
 */
export const ON_DEMAND: { file: RegExp; when: string; atLoad: (page: string, html: string) => boolean }[] = [
  {
    file: /^_astro\/checkController\.[\w-]+\.js$/,
    when: "at the first press or focus in a check, or when the check (on a page that opens with it, its end) comes within a screen of view; on /review/ only at the first press or focus, with the round's answers (/review/questions/<check>/answers/) and any of its questions not yet loaded (the page loads those on its first screen, /review/questions/<check>/<question>/, at once, the others at the first scroll or when one comes into view)",
    // A page that opens with its check (data-upfront) loads only its first part with the page, statically.
    atLoad: () => false,
  },
  {
    file: /^_astro\/checkSaved\.[\w-]+\.js$/,
    when: 'on a page that opens with its check, only when this browser has saved something for that check',
    atLoad: () => false,
  },
  {
    file: /^_astro\/lessonJourney\.[\w-]+\.js$/,
    when: "a lesson's outline marks: at the first scroll, key or press, or 3 s after load",
    atLoad: () => false,
  },
  {
    file: /^_astro\/noteEditor\.[\w-]+\.js$/,
    when: 'when a reflection comes near the screen or is focused',
    atLoad: () => false,
  },
  {
    file: /^_astro\/progressActions\.[\w-]+\.js$/,
    when: "at the first press of one of /progress/'s buttons",
    atLoad: () => false,
  },
  {
    file: /^_astro\/spellingCorrection\.[\w-]+\.js$/,
    when: 'when a search looks misspelt (nothing found, or a word of the query Pagefind marked nowhere), with the vocabulary',
    atLoad: () => false,
  },
  {
    file: /^_astro\/searchDialog\.[\w-]+\.js$/,
    when: 'when search is opened (the search budget counts it)',
    atLoad: () => false,
  },
  {
    // The search control fetches the dialog's imports with it, in one round trip (issue 13).
    file: /^_astro\/(?:routes|search-controller|highlight)\.[\w-]+\.js$/,
    when: "the search dialog's imports: fetched with it when search is opened or about to be (the search budget counts them); /search/ imports them statically",
    atLoad: () => false,
  },
  {
    file: /^_astro\/highlightPage\.[\w-]+\.js$/,
    when: 'only on a page opened from a search result, to mark the words searched for',
    atLoad: () => false,
  },
  {
    file: /^pagefind\/pagefind\.js$/,
    when: 'when a search starts; the search budget counts it, with its index and WebAssembly',
    atLoad: () => false,
  },
];

export interface PageRow {
  page: string;
  kind: PageKind;
  sizes: PartSizes;
}

export interface SiteMeasure {
  pages: PageRow[];
  search: { from: string; sizes: PartSizes; requests: number };
  problems: string[];
}

/** The output folder as SiteFiles, reading each file once. */
export function distFiles(dir: string): SiteFiles {
  const cache = new Map<string, Uint8Array | undefined>();
  let listing: string[] | undefined;
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : [relative(dir, join(d, e.name)).split(sep).join('/')],
    );
  return {
    read(path) {
      if (!cache.has(path)) {
        const full = join(dir, path);
        let bytes: Uint8Array | undefined;
        try {
          if (statSync(full).isFile()) bytes = readFileSync(full);
        } catch {
          bytes = undefined;
        }
        cache.set(path, bytes);
      }
      return cache.get(path);
    },
    list: () => (listing ??= walk(dir).sort()),
  };
}

/** gzip -6 as a typical static host sends it; files stored compressed (Pagefind's) count as stored. */
export function gzipBytes(): (bytes: Uint8Array) => number {
  const memo = new WeakMap<Uint8Array, number>();
  return (bytes) => {
    let n = memo.get(bytes);
    if (n === undefined) {
      n = Math.min(bytes.length, gzipSync(bytes, { level: 6 }).length);
      memo.set(bytes, n);
    }
    return n;
  };
}

/** Every HTML page of the output (not Pagefind's or Astro's asset folders), in path order. */
export function htmlPages(files: SiteFiles): string[] {
  return files.list().filter((p) => p.endsWith('.html') && !/^(pagefind|_astro)\//.test(p));
}

export function measureSite(dist: string, env: NodeJS.ProcessEnv = process.env): SiteMeasure {
  const files = distFiles(dist);
  const options: Options = {
    size: gzipBytes(),
    base: env.BASE_PATH || '/',
    siteOrigin: env.SITE_URL || 'http://localhost:4321',
  };
  const problems: string[] = [];
  const pages: PageRow[] = [];
  const loadedBy = new Map<string, Set<string>>();
  for (const page of htmlPages(files)) {
    const text = new TextDecoder().decode(files.read(page));
    const onDemand = (file: string) => {
      const rule = ON_DEMAND.find((r) => r.file.test(file));
      return rule && (rule.atLoad(page, text) ? 'load' : 'later');
    };
    const transfer = pageTransfer(page, files, { ...options, onDemand });
    const kind = pageKind(page);
    const sizes = partSizes(transfer);
    pages.push({ page, kind, sizes });
    loadedBy.set(page, new Set(transfer.files.map((f) => f.path)));
    problems.push(...budgetProblems(pageAddress(page), sizes, PAGE_BUDGETS[kind], transfer));
  }
  // Search is opened from a lesson in the measurement (bench:search does the same).
  const from = pages.find((p) => p.kind === 'lesson')?.page ?? pages[0]?.page ?? 'index.html';
  const html = files.read(from);
  const transfer = searchTransfer(
    files,
    loadedBy.get(from) ?? new Set(),
    html ? htmlLang(new TextDecoder().decode(html)) : undefined,
    SEARCH_MODEL,
    options,
  );
  const sizes = partSizes(transfer);
  problems.push(
    ...budgetProblems(`search (opened on ${pageAddress(from)}, a first query)`, sizes, SEARCH_BUDGET, transfer),
  );
  return { pages, search: { from, sizes, requests: transfer.files.length }, problems };
}

export function formatTable(measure: SiteMeasure): string {
  const header = ['page', 'kind', 'total', 'html', 'css', 'js', 'fonts', 'other', 'budget'];
  const row = (name: string, kind: string, s: PartSizes, budget: number | undefined) => [
    name,
    kind,
    kb(s.total),
    kb(s.html),
    kb(s.css),
    kb(s.js),
    kb(s.fonts),
    kb(s.other),
    budget === undefined ? '' : kb(budget),
  ];
  const rows = [
    header,
    ...measure.pages.map((p) => row(pageAddress(p.page), p.kind, p.sizes, PAGE_BUDGETS[p.kind].total)),
    row(`search, from ${pageAddress(measure.search.from)}`, 'search', measure.search.sizes, SEARCH_BUDGET.total),
  ];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '))
    .join('\n');
}

function main(): void {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  const dist = resolve(values.dist!);
  let measure: SiteMeasure;
  try {
    if (!statSync(dist).isDirectory()) throw new Error();
    measure = measureSite(dist);
  } catch (err) {
    console.error(
      `check-budgets: cannot read ${dist}${err instanceof Error && err.message ? `: ${err.message}` : ''}; run \`npm run build\` first.`,
    );
    process.exit(2);
  }
  console.log(formatTable(measure));
  console.log(
    '\nKB = 1,024 bytes of gzip -6, everything fetched before idle (no browser: see scripts/check-budgets.ts).',
  );
  if (measure.problems.length > 0) {
    console.error(
      `\nOver budget or against the rules (${measure.problems.length}):\n- ${measure.problems.join('\n- ')}`,
    );
    process.exit(1);
  }
  console.log(`\nAll ${measure.pages.length} pages and search are within budget.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
