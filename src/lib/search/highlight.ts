/**
 * Which stretches of a page's text to mark after arriving from a search result.
 * Pagefind matches on word stems, so "risks" finds "risky" and "managing" finds "manager";
 * a rough English stem used as a word prefix marks about the same words on the page.
 */

/** Suffixes removed to get a stem, longest first; the first that leaves 3+ letters wins. */
const SUFFIXES = ['ement', 'ing', 'ers', 'ies', 'er', 'ed', 'es', 'ly', 's', 'y', 'e'];

export function stemOf(word: string): string {
  const w = word.toLowerCase();
  for (const suffix of SUFFIXES) {
    // "process" and "success" keep their double s: stripping it would match "proce…".
    if (suffix === 's' && w.endsWith('ss')) continue;
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) return w.slice(0, -suffix.length);
  }
  return w;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern for all terms: a whole word that starts with a term's stem. Longer stems come
 * first so that "leadership" is marked whole even when "lead" is also searched.
 */
export function termPattern(terms: readonly string[]): RegExp | null {
  const stems = [...new Set(terms.map(stemOf).filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  if (stems.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

export interface TextRange {
  start: number;
  end: number;
}

/** Where the terms occur in a piece of text, as non-overlapping ranges in reading order. */
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
