/**
 * Search state in URLs: `/search/?q=risk&kind=Case+study` so a search can be shared and bookmarked,
 * and `?highlight=…` on a result link so the lesson page can mark the words, then drop the parameter.
 * Works on relative links ("/lessons/x/#part") as well as full URLs, and keeps the hash.
 */
import { normalizeQuery } from './query';

const QUERY_PARAM = 'q';
/** src/components/search/trigger.ts repeats this name rather than import this module into every page. */
const HIGHLIGHT_PARAM = 'highlight';
/** The Pagefind filters the search page offers, in the order they are shown. */
export const FILTER_KEYS = ['kind', 'part'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
export type SelectedFilters = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  query: string;
  filters: SelectedFilters;
}

// A base for parsing relative links; it never appears in what these functions return.
const BASE = 'https://base.invalid';

function parse(href: string): { url: URL; relative: boolean } {
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(href);
  return { url: new URL(href, BASE), relative };
}

function format(url: URL, relative: boolean): string {
  return relative ? `${url.pathname}${url.search}${url.hash}` : url.toString();
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SelectedFilters = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))];
    if (values.length > 0) filters[key] = values;
  }
  return { query: normalizeQuery(params.get(QUERY_PARAM) ?? ''), filters };
}

/** The query string for a search state ("" when there is nothing to keep), filters in a stable order. */
export function searchStateToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  const query = normalizeQuery(state.query);
  if (query) params.set(QUERY_PARAM, query);
  for (const key of FILTER_KEYS) {
    for (const value of state.filters[key] ?? []) params.append(key, value);
  }
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/** A result link that asks the page to mark the searched words; nothing is added for an empty query. */
export function withHighlight(href: string, query: string): string {
  const q = normalizeQuery(query);
  const { url, relative } = parse(href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  if (q) url.searchParams.set(HIGHLIGHT_PARAM, q);
  return format(url, relative);
}

export function readHighlight(search: string): string {
  return normalizeQuery(new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '');
}

/** The same address without the highlight parameter: what the learner should copy or bookmark. */
export function withoutHighlight(href: string): string {
  const { url, relative } = parse(href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  return format(url, relative);
}
