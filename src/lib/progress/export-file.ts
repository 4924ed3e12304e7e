/**
 * The progress file a learner exports from /progress/ and imports again, in this browser or
 * another: check results, notes and self-assessment attempts in one versioned JSON document
 * (the format is described in README.md, "Saved in this browser"). Pure: the page reads and
 * writes storage and files; this module builds, checks and merges the data.
 *
 * An import is all or nothing: any problem refuses the whole file with a reason a learner can
 * read, and nothing changes. A good file is merged, keeping the better result per check.
 */
import {
  exportProgress,
  mergeProgressImport,
  validateProgressImport,
  type Progress,
  type ProgressChange,
} from './progress';
import { exportNotes, mergeNotesImport, validateNotesImport, type Notes } from '../notes/notes';
import {
  exportAttempts,
  mergeAttemptsImport,
  validateAttemptsImport,
  type Attempts,
} from '../self-assessment/attempts';
import { isRecord } from '../local-store';

/** What the file says it is, so that another site's JSON is told apart from ours. */
export const EXPORT_FORMAT = 'lead-and-manage-progress';
const EXPORT_VERSION = 1;
/** Far more than a learner's file needs (a few KB); larger files are refused unread. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export interface SavedData {
  progress: Progress;
  notes: Notes;
  attempts: Attempts;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: 1;
  /** When the file was made (ISO 8601). */
  exported: string;
  progress: Progress;
  notes: Notes;
  selfAssessment: Attempts;
}

/** "lead-and-manage-progress-2025-05-03.json", dated in the learner's own time zone. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${EXPORT_FORMAT}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export function buildExport(data: SavedData, now: Date): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported: now.toISOString(),
    progress: exportProgress(data.progress),
    notes: exportNotes(data.notes),
    selfAssessment: exportAttempts(data.attempts),
  };
}

export type ImportResult = { ok: true; data: SavedData } | { ok: false; reason: string };

const NOT_OURS = 'This is not a progress file from this course. Choose a file exported from this page.';

/** Checks an imported file's text. `size` is its size in bytes, when known before reading it. */
export function parseImport(text: string, now = Date.now()): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: tooLarge() };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${NOT_OURS} (It is not JSON.)` };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) return { ok: false, reason: NOT_OURS };
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: `${NOT_OURS} (It has no version this site knows.)` };
  }
  if (version > EXPORT_VERSION) {
    return {
      ok: false,
      reason: 'This file was exported by a newer version of the course. Import it there, or update this page.',
    };
  }
  const extra = Object.keys(data).find(
    (k) => !['format', 'version', 'exported', 'progress', 'notes', 'selfAssessment'].includes(k),
  );
  if (extra) return { ok: false, reason: `This file has something this site does not know ("${extra}").` };
  const progress = validateProgressImport(data.progress, now);
  if (!progress.ok) return progress;
  const notes = data.notes === undefined ? undefined : validateNotesImport(data.notes, now);
  if (notes && !notes.ok) return notes;
  const attempts = data.selfAssessment === undefined ? undefined : validateAttemptsImport(data.selfAssessment, now);
  if (attempts && !attempts.ok) return attempts;
  return {
    ok: true,
    data: {
      progress: progress.progress,
      notes: notes?.notes ?? { version: 1, notes: {} },
      attempts: attempts?.attempts ?? { version: 1, attempts: [] },
    },
  };
}

export function tooLarge(): string {
  return `This file is too large to be a progress file (the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB). Nothing was imported.`;
}

export interface ImportChanges {
  checks: ProgressChange[];
  notesAdded: number;
  notesUpdated: number;
  attemptsAdded: number;
}

/** Merges a checked import into what is saved, and says what changed. */
export function mergeImport(current: SavedData, incoming: SavedData): { data: SavedData; changes: ImportChanges } {
  const progress = mergeProgressImport(current.progress, incoming.progress);
  const notes = mergeNotesImport(current.notes, incoming.notes);
  const attempts = mergeAttemptsImport(current.attempts, incoming.attempts);
  return {
    data: { progress: progress.progress, notes: notes.notes, attempts: attempts.attempts },
    changes: {
      checks: progress.changes,
      notesAdded: notes.added.length,
      notesUpdated: notes.updated.length,
      attemptsAdded: attempts.added,
    },
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an import changed, one sentence per change, for the page to list. `title` names a check by its id. */
export function describeChanges(changes: ImportChanges, title: (id: string) => string): string[] {
  const lines = changes.checks.map(({ id, change }) =>
    change === 'added'
      ? `${title(id)}: results added.`
      : change === 'better'
        ? `${title(id)}: a better result from the file is kept.`
        : `${title(id)}: updated from the file.`,
  );
  if (changes.notesAdded) lines.push(`${plural(changes.notesAdded, 'note', 'notes')} added.`);
  if (changes.notesUpdated) lines.push(`${plural(changes.notesUpdated, 'note', 'notes')} replaced by a later edit.`);
  if (changes.attemptsAdded) {
    lines.push(`${plural(changes.attemptsAdded, 'self-assessment attempt', 'self-assessment attempts')} added.`);
  }
  return lines;
}
