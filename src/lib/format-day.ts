/**
 * A day in words ("3 May 2025") in the learner's own time zone; the site is written in British
 * English. Its own module so that a page can show a date without loading the check's sentences.
 */
export function formatDay(iso: string, timeZone?: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone });
}
