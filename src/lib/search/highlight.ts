/**
 * Which stretches of a page's text to mark after arriving from a search result, and how the
 * result hands the words over. The words are the ones Pagefind itself matched (the <mark>s of the
 * result's excerpts), so the page marks what search found, with no stemmer of our own that could
 * disagree with Pagefind's. They travel in sessionStorage, keyed by the page's address, never in
 * the URL: search terms stay out of the host's request logs.
 */

/** The sessionStorage key; src/components/search/trigger.ts repeats it rather than import this module. */
export const HANDOVER_KEY = 'search-highlight';

export interface Handover {
  /** Path and query of the page to mark (no hash: any section of it). */
  page: string;
  query: string;
  words: string[];
}

/** The address a handover is for: the link's path and query, without its hash. */
export function handoverPage(href: string, base: string): string {
  const url = new URL(href, base);
  return `${url.pathname}${url.search}`;
}

/** The stored handover for the page at `page`, or undefined (another page, nothing stored, or garbage). */
export function readHandover(raw: string | null, page: string): Handover | undefined {
  if (!raw) return undefined;
  try {
    const data = JSON.parse(raw) as Partial<Handover>;
    if (data.page !== page || typeof data.query !== 'string' || !Array.isArray(data.words)) return undefined;
    const words = data.words.filter((w): w is string => typeof w === 'string' && w.trim() !== '');
    return { page, query: data.query, words };
  } catch {
    return undefined;
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for the matched words, whole words only, any case; longer words first. */
export function wordPattern(words: readonly string[]): RegExp | null {
  const list = [...new Set(words.map((w) => w.trim().toLowerCase()).filter((w) => w.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (list.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export interface TextRange {
  start: number;
  end: number;
}

/** Where the words occur in a piece of text, as non-overlapping ranges in reading order. */
export function findMatches(text: string, pattern: RegExp | null): TextRange[] {
  if (!pattern) return [];
  const ranges: TextRange[] = [];
  // A fresh RegExp per call: a shared global pattern keeps lastIndex between texts.
  const re = new RegExp(pattern.source, pattern.flags);
  for (const m of text.matchAll(re)) {
    if (m[0].length > 0) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges;
}

/** The element id a location hash names; a malformed escape ("#%E0%A4%A", "#%") gives the raw text. */
export function idFromHash(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
