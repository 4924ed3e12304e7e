/**
 * Pagefind finds only pages that contain every word of a query. A learner's question often has
 * one word no lesson uses ("lost a suit"), and then nothing comes back. When few pages match
 * every word, pages that match some of them are added after those, best first.
 */
export interface Scored {
  id: string;
  score: number;
}

/** Fewer full matches than this and partial matches are added (the dialog shows five results). */
export const PARTIAL_MATCH_THRESHOLD = 5;

/**
 * `allTerms` is the result of searching for every word; `perTerm` one result list per word.
 * Full matches keep their order and come first. The rest are ranked by how well they match
 * each word, each word's scores scaled to its best match so that no single word dominates,
 * and summed: a page matching two words well beats one matching a single word.
 */
export function mergePartialMatches<T extends Scored>(allTerms: readonly T[], perTerm: readonly (readonly T[])[]): T[] {
  const full = new Set(allTerms.map((r) => r.id));
  const partial = new Map<string, { result: T; total: number; best: number }>();
  for (const results of perTerm) {
    const top = Math.max(0, ...results.map((r) => r.score));
    if (top <= 0) continue;
    for (const result of results) {
      if (full.has(result.id)) continue;
      const share = result.score / top;
      const seen = partial.get(result.id);
      // Keep the result object from the word it matched best: its excerpt shows that word.
      if (!seen) partial.set(result.id, { result, total: share, best: share });
      else {
        seen.total += share;
        if (share > seen.best) Object.assign(seen, { result, best: share });
      }
    }
  }
  const rest = [...partial.values()].sort((a, b) => b.total - a.total).map((p) => p.result);
  return [...allTerms, ...rest];
}

/**
 * For a concept, the lesson that teaches it comes first: a glossary term is a short record, so
 * Pagefind ranks it high for its own word, above the lesson a learner is looking for. Glossary
 * results that come before the first other result move to just after it; the order is otherwise kept.
 */
export function lessonsBeforeGlossary<T extends { id: string }>(
  results: readonly T[],
  glossaryIds: ReadonlySet<string>,
): T[] {
  const first = results.findIndex((r) => !glossaryIds.has(r.id));
  if (first <= 0) return [...results];
  return [results[first]!, ...results.slice(0, first), ...results.slice(first + 1)];
}
