/**
 * Search state in URLs: `/search/?q=risk&kind=Case+study` so a search can be shared and bookmarked.
 * (Result links carry no search terms: see highlight.ts.)
 */
import { normalizeQuery } from './query';

const QUERY_PARAM = 'q';
/** The Pagefind filters the search page offers, in the order they are shown. */
export const FILTER_KEYS = ['kind', 'part'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
export type SelectedFilters = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  query: string;
  filters: SelectedFilters;
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
