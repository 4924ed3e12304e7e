/**
 * The lessons a learner wrote notes in, for /progress/ on a long course, whose page carries no
 * lessons (src/lib/progress/long-course.ts). Its own module, so that the certificate's script,
 * which uses long-course.ts, does not load the notes code.
 */
import { lessonOfKey, type Notes } from './notes';

/** The lessons that have notes, by id (their titles are not on the page), for the notes list and download. */
export function lessonsWithNotes(notes: Notes): { id: string; title: string }[] {
  const ids = [...new Set(Object.keys(notes.notes).map(lessonOfKey))].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  return ids.map((id) => ({ id, title: id }));
}
