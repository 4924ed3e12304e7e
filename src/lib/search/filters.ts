/**
 * The words the index and the search page share for filters and result labels. The pages write
 * them into data-pagefind-filter / -meta attributes and the search page offers them as choices,
 * so both must come from here: a label that differs by one letter would filter out everything.
 */
import type { LessonKind } from '../../schemas/content';

export type ResultKind = LessonKind | 'glossary';

const KIND_LABELS: Record<ResultKind, string> = {
  lesson: 'Lesson',
  'case-study': 'Case study',
  glossary: 'Glossary',
};

/** Kinds in the order the search page lists them. */
export const RESULT_KINDS: readonly ResultKind[] = ['lesson', 'case-study', 'glossary'];

export function kindLabel(kind: ResultKind): string {
  return KIND_LABELS[kind];
}

export function partLabel(part: { number: number; title: string }): string {
  return `Part ${part.number}: ${part.title}`;
}

/**
 * Up to this many parts, the search page writes the part filter's choices into its HTML, so they
 * are there at once (five parts cost about 0.1 KB gzip); a longer course fills them from Pagefind's
 * filter data when search starts, so the page does not grow with the course (40 parts took it over
 * its 20 KB budget).
 */
export const PART_FILTER_IN_PAGE_UP_TO = 12;

export function partFilterInPage(partCount: number): boolean {
  return partCount <= PART_FILTER_IN_PAGE_UP_TO;
}

/**
 * The part labels of Pagefind's filter data (which lists them as it likes: "Part 10" may come before
 * "Part 2") in course order, for the search page's part filter.
 */
export function partsInOrder(labels: readonly string[]): string[] {
  const number = (label: string) => Number(/^Part (\d+):/.exec(label)?.[1] ?? Infinity);
  return [...labels].sort((a, b) => number(a) - number(b) || a.localeCompare(b));
}
