/**
 * How the glossary is laid out, so that no glossary page grows with the course: one page while the
 * glossary is small, and one page per initial letter (`/glossary/<letter>/`) beyond a threshold, with
 * `/glossary/` then an A–Z index. Each term also lists at most a few of the lessons that use it.
 * The rules live here, as numbers with tests; the pages only render them.
 */

/**
 * Up to this many terms the glossary is one page. At about 0.15 KB gzip per term (definition and
 * "Used in" links), 50 terms keep that page near 17 KB until idle, inside its 20 KB budget
 * (src/lib/budget/budgets.ts); the scale benchmark's 125 terms on one page were 27.2 KB.
 */
export const GLOSSARY_ONE_PAGE_UP_TO = 50;

export function glossaryIsSplit(termCount: number): boolean {
  return termCount > GLOSSARY_ONE_PAGE_UP_TO;
}

/** The letter page of a term that does not start with a letter A–Z (a digit, a symbol). */
export const OTHER_LETTER = 'other';

// A string, not an array built at load time: the browser bundles that import routes.ts can then
// drop it with the rest of this module.
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The key of a term's letter page: "a"–"z" by its first letter, accents ignored ("Élan" → "e"), or "other". */
export function letterOf(term: string): string {
  const first = term.trim().normalize('NFD').charAt(0).toLowerCase();
  return first.length === 1 && LETTERS.includes(first) ? first : OTHER_LETTER;
}

/** What a letter is called on the page: "D", or "Other" for the terms that start with no letter. */
export function letterLabel(key: string): string {
  return key === OTHER_LETTER ? 'Other' : key.toUpperCase();
}

export interface GlossaryLetter<T> {
  key: string;
  label: string;
  /** The terms under this letter, in the glossary's order; empty for a letter no term starts with. */
  entries: T[];
}

/**
 * Every letter A–Z in order, empty ones included (the A–Z navigation shows them, not as links), then
 * "Other" when a term starts with no letter.
 */
export function glossaryLetters<T extends { data: { term: string } }>(entries: readonly T[]): GlossaryLetter<T>[] {
  const letters = [...LETTERS.split(''), OTHER_LETTER].map((key) => ({
    key,
    label: letterLabel(key),
    entries: [] as T[],
  }));
  const byKey = new Map(letters.map((l) => [l.key, l]));
  for (const entry of entries) byKey.get(letterOf(entry.data.term))!.entries.push(entry);
  return letters.filter((l) => l.key !== OTHER_LETTER || l.entries.length > 0);
}

/**
 * Up to this many lessons a term's "Used in" names every lesson; beyond it the first ones (the
 * glossary's own order), then how many more and in which parts. The real course's most used term
 * names 7 lessons; a core term of a long course could otherwise name hundreds on one page.
 */
export const TERM_LISTS_LESSONS_UP_TO = 10;

export interface TermUsage {
  /** The lessons named, as the glossary lists them. */
  shown: string[];
  /** How many more lessons use the term. */
  more: number;
  /** The parts those other lessons are in, in course order. */
  moreParts: string[];
}

/** Which of the lessons that use a term are named, and where the rest are (`courseLessons` in course order). */
export function termUsage(
  used: readonly string[],
  courseLessons: readonly { id: string; part: string }[],
  limit = TERM_LISTS_LESSONS_UP_TO,
): TermUsage {
  if (used.length <= limit) return { shown: [...used], more: 0, moreParts: [] };
  const hidden = new Set(used.slice(limit));
  const moreParts: string[] = [];
  for (const lesson of courseLessons) {
    if (hidden.has(lesson.id) && !moreParts.includes(lesson.part)) moreParts.push(lesson.part);
  }
  return { shown: used.slice(0, limit), more: hidden.size, moreParts };
}
