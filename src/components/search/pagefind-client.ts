/**
 * Loads Pagefind's JS API on first use and runs searches. Shared by the dialog and the search
 * page; nothing here runs until one of them asks, so no page downloads the index up front.
 */
import { url } from '../../lib/routes';
import { pagefindQuery, significantTerms } from '../../lib/search/query';
import { kindLabel } from '../../lib/search/filters';
import { PARTIAL_MATCH_THRESHOLD, lessonsBeforeGlossary, mergePartialMatches } from '../../lib/search/rank';
import { TERMS_META } from '../../lib/search/records';
import { chunkFor, type IndexFiles } from '../../lib/search/index-files';
import { toResultView, type PagefindResultData, type ResultView } from '../../lib/search/results';
import type { SelectedFilters } from '../../lib/search/url';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: Record<string, { any: string[] }> }): Promise<void>;
  /** Every filter's values, each with its number of pages. */
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<PagefindResponse | null>;
}

export interface SearchOutcome {
  /** How many pages match in all. */
  total: number;
  /** The best match's score (0 when nothing matched), to compare a query with its spelling correction. */
  best: number;
  /**
   * Result `index`'s data (one fragment request of a few KB), fetched on the first call only: the
   * UI asks for the results a learner can see or reach (lib/search/result-slots.ts).
   */
  load(index: number): Promise<ResultView>;
}

// The URL is in a variable so Vite leaves the import alone: the file only exists after `pagefind` runs.
const PAGEFIND_URL = url('/pagefind/pagefind.js');

/** Search cannot run at all (no index); its message is written for the learner. */
export class SearchUnavailableError extends Error {}

let api: Promise<PagefindApi> | undefined;
/** The index files the build listed for this page's language (useIndexFiles). */
let listed: IndexFiles | undefined;
/** What has been preloaded, so that nothing is asked for twice. */
const preloaded = new Set<string>();

/**
 * Starts fetching one of Pagefind's files with `<link rel=preload as=fetch>`: Pagefind's own
 * fetch() of the same URL then takes the response (fetched once, even for files that the cache
 * must check with the server first), where a fetch() of ours would leave Pagefind a second request
 * or a cache lookup. Only for files Pagefind is about to fetch: an unused preload is wasted.
 */
function preloadFile(path: string): void {
  if (preloaded.has(path)) return;
  preloaded.add(path);
  const href = url(`/pagefind/${path}`);
  // The search control may have started it already (the WebAssembly: trigger.ts).
  if (
    [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload]')].some(
      (l) => l.href === new URL(href, location.href).href,
    )
  )
    return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // Pagefind's fetch() is a CORS-mode request with same-origin credentials: the preload must match.
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/** The files of the page's language, picked as Pagefind picks its index (lib/budget/search.ts). */
function forPageLanguage(files: Record<string, IndexFiles>): IndexFiles | undefined {
  const lang = document.documentElement.lang.toLowerCase();
  return files[lang] ?? files[lang.split('-')[0] ?? ''] ?? Object.values(files)[0];
}

/** Set as Pagefind starts fetching its files itself. */
let initStarted = false;
/** Resolves once the files named by the build (useIndexFiles) are on their way. */
let filesStarted: Promise<void> | undefined;

/**
 * Pagefind's own loading is a chain of requests, each waiting for the one before
 * (lib/search/index-files.ts). Given the build's list of its files (when it comes), this starts
 * them all at once: the metadata and the WebAssembly, and, once something is typed (preload()),
 * the kind filter and the index chunk the first word needs. Pagefind starts only after this
 * (loadPagefind), so that its own requests take these responses. Its entry file is not preloaded:
 * Pagefind reads it as soon as its script has run, long before the WebAssembly has arrived, so it
 * costs no time.
 */
export function useIndexFiles(files: Promise<Record<string, IndexFiles> | undefined>): void {
  filesStarted ??= files.then((all) => {
    // Pagefind may have started already on /search/, whose own field loads it.
    if (!all || initStarted) return;
    listed = forPageLanguage(all);
    if (!listed) return;
    preloadFile(listed.meta);
    preloadFile(listed.wasm);
    preloadQuery(firstTyped);
  });
}

/** The first query typed, kept until the list of files comes. */
let firstTyped = '';
/** Set when Pagefind is first asked to search or preload: from then on it fetches index files itself. */
let asked = false;

/**
 * For the first query typed: the filter chunk and the index chunk its search will read, before
 * Pagefind can ask for them (it needs its WebAssembly first). Once Pagefind has been asked for
 * anything it may hold chunks or be fetching them, so nothing more is preloaded.
 */
function preloadQuery(typed: string): void {
  if (asked || !typed.trim()) return;
  firstTyped ||= typed;
  if (!listed) return;
  if (listed.filter) preloadFile(listed.filter);
  const chunk = chunkFor(listed, firstTyped);
  if (chunk) preloadFile(chunk);
}

let glossary: Promise<Set<string>> | undefined;

/** How much a match in the terms metadata counts (titles in the page body count 10, text 1). */
const TERMS_WEIGHT = 4;

/** The ids of the glossary's records: one small filter file, fetched once, beside the index. */
function glossaryIds(pagefind: PagefindApi): Promise<Set<string>> {
  glossary ??= pagefind
    .search(null, { filters: { kind: { any: [kindLabel('glossary')] } } })
    .then((r) => new Set((r?.results ?? []).map((x) => x.id)));
  glossary.catch(() => (glossary = undefined));
  return glossary;
}

export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    let pagefind: PagefindApi;
    try {
      pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
    } catch {
      // Shown to the learner as it is, in place of results.
      throw new SearchUnavailableError(
        import.meta.env.DEV
          ? 'Search is not available: the dev server could not build its search index. The terminal running `npm run dev` says why.'
          : 'Search is not available right now: the search index could not be loaded. Check your connection and try again.',
      );
    }
    // The dialog's list of Pagefind's files comes with pagefind.js or before (trigger.ts); never rejects.
    await filesStarted;
    initStarted = true;
    // No web worker: it would add a second 12 KB script, and searching this small index on the
    // main thread takes a few milliseconds.
    // Ranking is Pagefind's default: e2e/search-queries.ts passes with it, helped by the index
    // weights (lesson titles 10, glossary terms 7) and by partial matches (lib/search/rank.ts).
    await pagefind.options({
      noWorker: true,
      excerptLength: 24,
      // Lessons' searchTerms and glossary terms' other names (lib/search/records.ts): learners' words.
      ranking: { metaWeights: { [TERMS_META]: TERMS_WEIGHT } },
    });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, dev server without an index) may succeed on the next try.
  api.catch(() => (api = undefined));
  return api;
}

/** The values of one of the index's filters (its small filter file, fetched once by Pagefind). */
export async function filterValues(key: string): Promise<string[]> {
  return Object.keys((await (await loadPagefind()).filters())[key] ?? {});
}

function pagefindFilters(filters: SelectedFilters): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(filters)) {
    if (values && values.length > 0) out[key] = { any: values };
  }
  return out;
}

/**
 * Starts loading the index chunks a query needs, as the learner types (the search itself waits
 * for a pause in typing). Does nothing until Pagefind has loaded; failures show on search.
 */
export function preload(query: string, filters: SelectedFilters): void {
  const sent = pagefindQuery(query);
  preloadQuery(sent);
  if (!sent || !api) return;
  api
    .then((p) => {
      asked = true;
      return p.preload(sent, { filters: pagefindFilters(filters) });
    })
    .catch(() => undefined);
}

/**
 * Searches the index (no result data yet): the outcome loads each result's data when asked, so
 * that only the results a learner sees cost a request.
 */
export async function search(query: string, filters: SelectedFilters): Promise<SearchOutcome> {
  preloadQuery(pagefindQuery(query));
  const pagefind = await loadPagefind();
  asked = true;
  const options = { filters: pagefindFilters(filters) };
  const sent = pagefindQuery(query);
  const isGlossary = glossaryIds(pagefind);
  let all = (await pagefind.search(sent, options))?.results ?? [];
  const terms = significantTerms(query);
  if (all.length < PARTIAL_MATCH_THRESHOLD && terms.length > 1 && !sent.startsWith('"')) {
    // Same index chunks as the full query, already loaded: these searches cost no transfer.
    const perTerm = await Promise.all(terms.map(async (t) => (await pagefind.search(t, options))?.results ?? []));
    all = mergePartialMatches(all, perTerm);
  }
  all = lessonsBeforeGlossary(all, await isGlossary);
  const views = new Map<number, Promise<ResultView>>();
  const load = (index: number): Promise<ResultView> => {
    const result = all[index];
    if (!result) return Promise.reject(new RangeError(`no result ${index}`));
    let view = views.get(index);
    if (!view) {
      view = result.data().then((d) => toResultView(d));
      views.set(index, view);
      // A failed fetch may succeed when asked again (the retry runs a new search anyway).
      view.catch(() => views.delete(index));
    }
    return view;
  };
  const best = Math.max(0, ...all.map((r) => r.score));
  return { total: all.length, best, load };
}
