/**
 * What the learner typed, turned into what search needs: a clean query for Pagefind and the
 * sentence the live region says.
 */

/** Longer input is almost certainly a paste by mistake; Pagefind gains nothing from it. */
export const MAX_QUERY_LENGTH = 120;

export function normalizeQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * Words too common to help find a lesson. Pagefind needs every word of a query to match, so
 * "what does a manager actually do all day" would find nothing for want of "actually"; and a
 * word like "i" matches every word starting with i. They are left out of the query sent to
 * Pagefind (unless nothing else is left).
 */
const STOP_WORDS = new Set(
  (
    'a about actually again all also am an and any are as at be been but by can could did do does doing ' +
    'during each for from get got had has have here how i if in into is it its just me more most much my no ' +
    'nor not now of on once or other our own really same should so some such than that the their them then ' +
    'there these they this to too us very versus vs was we were what when where which while who why will ' +
    'with would you your'
  ).split(' '),
);

/** The distinct words of a query that carry meaning, lowercased, in the order typed. */
export function significantTerms(query: string): string[] {
  const words = normalizeQuery(query)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  return [...new Set(words)];
}

/**
 * What to send to Pagefind: the meaningful words, or the query as typed when it is an exact
 * phrase in quotes (Pagefind's own syntax) or has no meaningful words at all ("how vs why").
 */
export function pagefindQuery(query: string): string {
  const q = normalizeQuery(query);
  if (/^".+"$/.test(q)) return q;
  const terms = significantTerms(q);
  return terms.length > 0 ? terms.join(' ') : q;
}

/** The polite announcement after a search: the count only, never the list. */
export function resultCountMessage(count: number, query: string): string {
  const q = normalizeQuery(query);
  if (count === 0) return `No results for “${q}”`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${q}”`;
}
