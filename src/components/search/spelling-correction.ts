/**
 * "Did you mean …?": loaded by the search controller only when a search looks misspelt
 * (lib/search/spelling.ts), together with the vocabulary it corrects from, so that a search that
 * goes well fetches neither (lib/search/correction.ts has the logic).
 */
import { routes } from '../../lib/routes';
import { correctQuery, type Vocabulary } from '../../lib/search/correction';

let vocabulary: Promise<Vocabulary> | undefined;

/**
 * The spelling vocabulary, fetched once. A network failure rejects (search is unreachable); a
 * missing file gives an empty vocabulary (no suggestions).
 */
function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetch(routes.searchVocabulary()).then((r) =>
    r.ok ? (r.json() as Promise<Vocabulary>) : { words: [] },
  );
  vocabulary.catch(() => (vocabulary = undefined));
  return vocabulary;
}

/** A normalized query with its unknown words corrected; undefined when none needs it or none is close to a known word. */
export async function correctionOf(query: string): Promise<string | undefined> {
  return correctQuery(query, await loadVocabulary());
}
