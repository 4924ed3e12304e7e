/**
 * "Did you mean …?": spelling suggestions from the course's own vocabulary (every word the index
 * holds, the titles, glossary terms and the learners' words in searchTerms and aka), written at
 * build time to /pagefind/vocabulary.json by src/integrations/search.ts and fetched only when a
 * search looks weak, so a first search that goes well costs nothing extra.
 */
import { normalizeQuery, significantTerms } from './query';

/** The vocabulary's file name in the search index folder (`routes.searchVocabulary()`). */
export const VOCABULARY_FILE = 'vocabulary.json';

/**
 * Words shorter than this are never corrected (correction.ts, allowedDistance): one letter changes
 * their meaning. Repeated here rather than imported, so that the correction code stays out of the
 * chunk every search loads.
 */
const SHORTEST_CORRECTED = 4;

/** What a search found, as far as the spelling check needs to know. */
export interface SearchStrength {
  total: number;
  /** The words Pagefind marked in the excerpts shown (what it actually matched). */
  marked: readonly string[];
}

/**
 * Whether a search may have been misspelt, which is when the vocabulary is worth fetching: nothing
 * found, or a word of the query that none of the marked words resembles (Pagefind matched
 * something else: "leadrship" marks "leads"). A query whose words all show up costs nothing.
 */
export function looksMisspelt(query: string, found: SearchStrength): boolean {
  if (found.total === 0) return normalizeQuery(query).length > 0;
  const marked = found.marked.map((m) => m.toLowerCase());
  return significantTerms(query).some((term) => {
    if (term.length < SHORTEST_CORRECTED) return false;
    const prefix = term.slice(0, Math.max(3, term.length - 3));
    return !marked.some((m) => m.startsWith(prefix));
  });
}

/** What a search scored: the number of pages and the best page's score. */
export interface SearchScore {
  total: number;
  best: number;
}

/**
 * Whether the corrected query is clearly better than what was typed, so that its results are
 * shown at once (with a way back): it finds something, and either the typed query found nothing,
 * or Pagefind marked every word of the correction (the typed words matched something else, as
 * "leadrship" matches "leads"), or its best match scores at least twice as high.
 */
export function isClearlyBetter(typed: SearchScore, corrected: SearchScore & { misspelt: boolean }): boolean {
  if (corrected.total === 0) return false;
  return typed.total === 0 || !corrected.misspelt || corrected.best >= 2 * typed.best;
}
