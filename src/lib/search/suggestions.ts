/**
 * What search offers before anything is typed (and when nothing matches): the first lesson of each
 * part (of the first eight) and the glossary terms that most lessons use. Rendered into /search/ by SearchSuggestions.astro
 * and served as /search/suggestions.json for the dialog, which is built only when search is opened.
 */

import type { IndexFiles } from './index-files';

/** What the dialog needs to draw the suggestions, as served in /search/suggestions.json. */
export interface SearchSuggestions {
  lessons: { title: string; href: string; part: number }[];
  terms: { term: string; href: string }[];
  /**
   * Pagefind's file names by language, added by the build once the index is written
   * (src/integrations/search.ts): the dialog starts fetching them as it loads. Absent in dev.
   */
  pagefind?: Record<string, IndexFiles>;
}

interface PartLike {
  number: number;
  lessons: readonly unknown[];
}

interface TermLike {
  data: { term: string; lessons: readonly string[] };
}

/**
 * At most this many lessons to start with: a long course (40 parts at 1,000 lessons) would otherwise
 * put a line per part into /search/ and the dialog's suggestions, growing both with the course.
 */
export const SUGGESTED_LESSONS = 8;

/** The first lesson of every part that has one, with its part, for the first `limit` such parts. */
export function firstLessonOfEachPart<P extends PartLike>(
  parts: readonly P[],
  limit = SUGGESTED_LESSONS,
): { part: P; lesson: P['lessons'][number] }[] {
  return parts.flatMap((part) => (part.lessons.length > 0 ? [{ part, lesson: part.lessons[0] }] : [])).slice(0, limit);
}

/** The `count` glossary entries used by most lessons; ties in alphabetical order. */
export function mostUsedTerms<T extends TermLike>(glossary: readonly T[], count: number): T[] {
  return [...glossary]
    .sort((a, b) => b.data.lessons.length - a.data.lessons.length || a.data.term.localeCompare(b.data.term))
    .slice(0, count);
}

/** How many glossary terms the dialog offers (the /search/ page, with more room, offers more). */
export const DIALOG_SUGGESTED_TERMS = 6;
