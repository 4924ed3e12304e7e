/**
 * "Did you mean …?": spelling suggestions from the course's own vocabulary (every word the index
 * holds, the titles, glossary terms and the learners' words in searchTerms and aka), written at
 * build time to /pagefind/vocabulary.json by src/integrations/search.ts and fetched only when a
 * search looks weak, so a first search that goes well costs nothing extra.
 */
import { normalizeQuery, significantTerms } from './query';

/** The vocabulary's file name in the search index folder (`routes.searchVocabulary()`). */
export const VOCABULARY_FILE = 'vocabulary.json';

/** The vocabulary file: words, most frequent first (the order breaks ties between corrections). */
export interface Vocabulary {
  words: string[];
}

/** Words shorter than this are neither corrected nor offered ("hr", "to"). */
const MIN_WORD = 3;

/** The distinct words of some texts, most frequent first (ties alphabetical), lower case. */
export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (word.length >= MIN_WORD && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  return { words };
}

/**
 * Edit distance with adjacent swaps counted as one edit ("leaderhsip"), giving up (returning
 * `max + 1`) as soon as the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How far a word may be from its correction: short words change meaning with one letter. */
function allowedDistance(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 7 ? 1 : 2;
}

/** Endings Pagefind's stemmer treats as the same word: "kpis" is known when "kpi" is. */
const ENDINGS = ['s', 'es', 'ed', 'ing', 'ly', 'er', 'ers'];

function isKnown(word: string, known: ReadonlySet<string>): boolean {
  return known.has(word) || ENDINGS.some((e) => word.endsWith(e) && known.has(word.slice(0, -e.length)));
}

/** The best correction of one word: the closest, then the most frequent; undefined when none is close. */
export function correctWord(
  word: string,
  vocabulary: Vocabulary,
  known = new Set(vocabulary.words),
): string | undefined {
  const w = word.toLowerCase();
  const max = allowedDistance(w);
  if (max === 0 || /\d/.test(w) || isKnown(w, known)) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of vocabulary.words) {
    if (candidate.length < MIN_WORD) continue;
    const d = editDistance(w, candidate, Math.min(max, bestDistance - 1));
    // Words come most frequent first, so the first at a distance wins ties.
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/**
 * The query with each unknown word corrected, keeping the rest as typed; undefined when nothing
 * needs correcting (or nothing close is known).
 */
export function correctQuery(query: string, vocabulary: Vocabulary): string | undefined {
  const q = normalizeQuery(query);
  const known = new Set(vocabulary.words);
  let changed = false;
  const corrected = q.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const fix = correctWord(word, vocabulary, known);
    if (!fix) return word;
    changed = true;
    return fix;
  });
  return changed ? corrected : undefined;
}

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
    if (allowedDistance(term) === 0) return false;
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
