/**
 * All of a learner's notes as one Markdown document, each under its lesson and prompt, for the
 * "Download my notes" button on /progress/. Pure: the caller supplies the lessons in course order
 * and the date, and turns the text into a file.
 */
import { lessonOfKey, notesOfLesson, hasText, type Notes } from './notes';

export interface LessonRef {
  id: string;
  title: string;
}

export interface MarkdownOptions {
  courseTitle: string;
  /** The day of the download, YYYY-MM-DD. */
  date: string;
}

/** Every line quoted, so a prompt of several lines stays one block quote. */
const quote = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');

/**
 * The learner's own text, kept as written (lists and emphasis they typed still work), except that
 * a line that would start a heading or a quote is escaped, so a note cannot break the document's
 * outline. Trailing spaces are trimmed; blank lines are kept.
 */
const body = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => line.trimEnd().replace(/^(\s*)([#>])/, '$1\\$2'))
    .join('\n');

const day = (iso: string) => new Date(iso).toISOString().slice(0, 10);

function section(heading: string, entries: ReturnType<typeof notesOfLesson>): string[] {
  const out = [`## ${heading}`, ''];
  for (const { note } of entries) {
    out.push(quote(note.prompt), '', body(note.text), '', `_Last edited on ${day(note.at)}._`, '');
  }
  return out;
}

export function notesToMarkdown(notes: Notes, lessons: LessonRef[], options: MarkdownOptions): string {
  const out = [
    `# My notes: ${options.courseTitle}`,
    '',
    `Written in this browser and downloaded on ${options.date}. Each note follows the prompt it answers.`,
    '',
  ];
  const known = new Set(lessons.map((l) => l.id));
  let count = 0;
  lessons.forEach((lesson, i) => {
    const entries = notesOfLesson(notes, lesson.id);
    if (entries.length === 0) return;
    count += entries.length;
    out.push(...section(`${i + 1}. ${lesson.title}`, entries));
  });
  // Notes on a lesson that has since been removed or renamed are still the learner's: keep them.
  const others = [
    ...new Set(
      Object.keys(notes.notes)
        .filter((k) => !known.has(lessonOfKey(k)) && hasText(notes.notes[k]))
        .map(lessonOfKey),
    ),
  ].sort();
  for (const id of others) {
    const entries = notesOfLesson(notes, id);
    count += entries.length;
    out.push(...section(`Notes from a lesson no longer in the course (${id})`, entries));
  }
  if (count === 0) out.push('You have not written any notes yet.', '');
  return out.join('\n').replace(/\n+$/, '\n');
}
