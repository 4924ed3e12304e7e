/**
 * The buttons of /progress/, loaded on the first press (progress-page.ts): download the notes as
 * Markdown, export everything as one JSON file, import such a file (checked first: a bad one
 * changes nothing) and reset. Kept out of the page's first load: most visits only read the table.
 */
import { PROBLEM_NOTICES, clearProgress, readProgress, writeProgress } from '../../lib/progress/progress';
import {
  MAX_IMPORT_BYTES,
  buildExport,
  describeChanges,
  exportFileName,
  mergeImport,
  parseImport,
  tooLarge,
  type SavedData,
} from '../../lib/progress/export-file';
import { clearNotes, readNotes, writeNotes } from '../../lib/notes/notes';
import { notesToMarkdown, type LessonRef } from '../../lib/notes/markdown';
import { clearAttempts, readAttempts, writeAttempts } from '../../lib/self-assessment/attempts';
import { browserStorage } from '../check/browser-storage';

/** What an action reports: a sentence, and what changed, one line each. */
export interface Outcome {
  text: string;
  changes?: string[];
}

function readAll(): SavedData {
  const storage = browserStorage();
  return {
    progress: readProgress(storage).progress,
    notes: readNotes(storage).notes,
    attempts: readAttempts(storage).attempts,
  };
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "2025-05-03", the learner's own day, as in the export's file name. */
const today = (now: Date) => exportFileName(now).slice(-15, -5);

export function downloadNotes(lessons: LessonRef[], courseTitle: string): Outcome {
  const now = new Date();
  const markdown = notesToMarkdown(readAll().notes, lessons, { courseTitle, date: today(now) });
  download(`lead-and-manage-notes-${today(now)}.md`, 'text/markdown', markdown);
  return { text: 'Your notes were downloaded as a Markdown file.' };
}

export function exportAll(): Outcome {
  const now = new Date();
  download(exportFileName(now), 'application/json', `${JSON.stringify(buildExport(readAll(), now), null, 2)}\n`);
  return { text: 'Your progress was exported to a file.' };
}

export async function importFile(file: File, title: (id: string) => string): Promise<Outcome> {
  // Not even read when it is far too large for a progress file.
  if (file.size > MAX_IMPORT_BYTES) return { text: tooLarge() };
  const parsed = parseImport(await file.text());
  if (!parsed.ok) return { text: `Nothing was imported. ${parsed.reason}` };
  const { data, changes } = mergeImport(readAll(), parsed.data);
  const storage = browserStorage();
  const problem =
    writeProgress(storage, data.progress) ?? writeNotes(storage, data.notes) ?? writeAttempts(storage, data.attempts);
  if (problem) return { text: `The file could not be saved here. ${PROBLEM_NOTICES[problem]}` };
  const lines = describeChanges(changes, title);
  return lines.length > 0
    ? { text: 'Imported. What changed:', changes: lines }
    : { text: 'Imported. Nothing changed: this browser already had everything in the file.' };
}

export function resetAll(): Outcome {
  const storage = browserStorage();
  const problem = clearProgress(storage) ?? clearNotes(storage) ?? clearAttempts(storage);
  return { text: problem ? PROBLEM_NOTICES[problem] : 'Everything was reset: no results, notes or attempts are kept.' };
}
