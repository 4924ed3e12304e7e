/**
 * How much of the course a page lists, so that no page grows with the course beyond what its own
 * part needs. The rules live here, as numbers with tests, rather than in the components.
 */

/**
 * Up to this many lessons the home page lists every lesson under its part; above it the home page
 * lists the parts (each with its lesson count) and each part's own page lists its lessons.
 * 20 lessons keep the home page well inside its 20 KB budget (src/lib/budget/budgets.ts).
 */
export const HOME_LISTS_LESSONS_UP_TO = 20;

export function homeListsEveryLesson(lessonCount: number): boolean {
  return lessonCount <= HOME_LISTS_LESSONS_UP_TO;
}

/**
 * Up to this many parts, a list of the parts (home, 404) gives each part's description; a longer
 * course lists titles and lesson counts, a table of contents, and each part's page describes it.
 * At 40 parts (1,000 lessons) the descriptions took the home page over its 20 KB budget.
 */
export const PART_DESCRIPTIONS_UP_TO = 12;

export function describesParts(partCount: number): boolean {
  return partCount <= PART_DESCRIPTIONS_UP_TO;
}

/** Lessons shown on each side of the current one in a lesson's outline. */
const OUTLINE_RADIUS = 10;

export interface OutlineWindow {
  /** Index of the first lesson shown. */
  start: number;
  /** Index after the last lesson shown. */
  end: number;
  /** True when some lessons of the part are not shown, so the outline links to the part page. */
  partial: boolean;
}

/**
 * The lessons of the current part that a lesson's outline shows: `radius` before and after the
 * current one, moved inwards at either end of the part so that as many are shown as the part allows.
 */
export function outlineWindow(count: number, current: number, radius = OUTLINE_RADIUS): OutlineWindow {
  const size = Math.min(count, 2 * radius + 1);
  const at = Math.min(Math.max(current, 0), Math.max(count - 1, 0));
  const start = Math.min(Math.max(at - radius, 0), count - size);
  return { start, end: start + size, partial: size < count };
}
