/**
 * What opening search and a first query transfer, from the built files: the dialog's code (what
 * the page has not loaded already), what the dialog fetches as it opens, Pagefind's runtime and
 * WebAssembly, its metadata, one word-index chunk (the largest: a query's first word may fall in
 * any) and the data of the results in the dialog's view (the largest fragments). This is the request
 * list `npm run bench:search` records in a browser for one query typed at once; the browser may
 * fetch a few more fragments when it searches for a partly typed word first.
 */
import { follow, type Options, type SiteFiles, type Transfer } from './transfer.ts';

export interface SearchModel {
  /** The dialog's entry chunk in the output, e.g. /^_astro\/searchDialog\.[\w-]+\.js$/. */
  dialogChunk: RegExp;
  /** Files the dialog fetches as it opens, as site paths ("/search/suggestions.json"). */
  fetchedOnOpen: string[];
  /** How many results the dialog loads at once (those in view), each with its own data file. */
  results: number;
  /** Pagefind's output folder, as a site path. */
  pagefindPath: string;
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

/** The language Pagefind picks: the page's own, its base language, or the first one indexed. */
export function pagefindLanguage(entry: PagefindEntry, pageLang: string | undefined): string | undefined {
  const languages = Object.keys(entry.languages);
  if (pageLang && entry.languages[pageLang]) return pageLang;
  const baseLang = pageLang?.split('-')[0];
  if (baseLang && entry.languages[baseLang]) return baseLang;
  return languages[0];
}

function largest(files: SiteFiles, paths: string[], count: number, options: Options): string[] {
  return paths
    .map((path) => ({ path, bytes: options.size(files.read(path) ?? new Uint8Array()) }))
    .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))
    .slice(0, count)
    .map((f) => f.path);
}

/**
 * The transfer of opening search from a page that has already loaded `pageFiles`, with the
 * page's language (<html lang>). Reports a missing dialog chunk or Pagefind file as missing.
 */
export function searchTransfer(
  files: SiteFiles,
  pageFiles: ReadonlySet<string>,
  pageLang: string | undefined,
  model: SearchModel,
  options: Options,
): Transfer {
  const base = options.base ?? '/';
  const site = (path: string) => (base.endsWith('/') ? base : `${base}/`) + path.replace(/^\/+/, '');
  const all = files.list();
  const dialog = all.find((p) => model.dialogChunk.test(p));
  const start = [
    ...(dialog ? [{ url: site(dialog), part: 'js' as const, module: true }] : []),
    ...model.fetchedOnOpen.map((p) => ({ url: site(p), part: 'other' as const })),
  ];
  const folder = model.pagefindPath.replace(/^\/+|\/+$/g, '');
  const entryBytes = files.read(`${folder}/pagefind-entry.json`);
  if (entryBytes) {
    const entry = JSON.parse(new TextDecoder().decode(entryBytes)) as PagefindEntry;
    const lang = pagefindLanguage(entry, pageLang);
    const language = lang ? entry.languages[lang] : undefined;
    start.push({ url: site(`${folder}/pagefind.js`), part: 'js', module: true });
    start.push({ url: site(`${folder}/pagefind-entry.json`), part: 'other' });
    if (language) {
      start.push({ url: site(`${folder}/pagefind.${language.hash}.pf_meta`), part: 'other' });
      start.push({ url: site(`${folder}/wasm.${language.wasm ?? 'unknown'}.pagefind`), part: 'other' });
      const of = (dir: string, ext: string) =>
        all.filter((p) => p.startsWith(`${folder}/${dir}/${lang}_`) && p.endsWith(ext));
      for (const p of largest(files, of('index', '.pf_index'), 1, options)) start.push({ url: site(p), part: 'other' });
      for (const p of largest(files, of('fragment', '.pf_fragment'), model.results, options))
        start.push({ url: site(p), part: 'other' });
    }
  } else {
    start.push({ url: site(`${folder}/pagefind-entry.json`), part: 'other' });
  }
  const result = follow(
    start.map((resource) => ({ resource, from: base })),
    files,
    options,
    pageFiles,
  );
  if (!dialog) result.missing.unshift(`a file matching ${model.dialogChunk} (the search dialog)`);
  return result;
}
