/**
 * The corrections behind "Did you mean …?" (spelling.ts says when a search looks misspelt): each
 * unknown word of a query to the closest word of the course's vocabulary, built at build time
 * (buildVocabulary, src/integrations/search.ts). Loaded by the search UI only for a query that
 * looks misspelt (src/components/search/spelling-correction.ts), with the vocabulary.
 */

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
 * The query (as normalizeQuery in query.ts gives it) with each unknown word corrected, keeping the
 * rest as typed; undefined when nothing needs correcting (or nothing close is known).
 */
export function correctQuery(query: string, vocabulary: Vocabulary): string | undefined {
  const q = query.trim();
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
