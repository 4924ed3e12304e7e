/**
 * The completion record at /certificate/: the learner's name (typed on the page, kept in this
 * browser under its own small key), and the record's lines worked out from saved progress. Pure and
 * DOM-free: callers pass the Storage, or null when the browser refuses it.
 */
import { readKey, writeKey, isRecord, type KeyStorage, type StoreProblem } from '../local-store';
import { FINAL_CHECK_ID, isComplete, lessonProgress, type Progress } from './progress';
import type { Scores } from '../self-assessment/scoring';

export const NAME_KEY = 'lm-name';
/** Long enough for any name, short enough to fit one line of the printed record. */
const MAX_NAME_LENGTH = 80;

/** The name as it goes on the record: white space collapsed, at most MAX_NAME_LENGTH characters. */
export function cleanName(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

/** The saved name, or '' when there is none or it cannot be read. */
export function readName(storage: KeyStorage | null): string {
  const read = readKey(storage, NAME_KEY);
  if ('problem' in read || read.raw === null) return '';
  try {
    const data: unknown = JSON.parse(read.raw);
    return isRecord(data) && data.version === 1 && typeof data.name === 'string' ? cleanName(data.name) : '';
  } catch {
    return '';
  }
}

export function saveName(storage: KeyStorage | null, name: string): StoreProblem | undefined {
  return writeKey(storage, NAME_KEY, JSON.stringify({ version: 1, name: cleanName(name) }));
}

export interface RecordLine {
  id: string;
  title: string;
  /** "6 of 7", or undefined when the check was never tried. */
  best?: string;
  passed: boolean;
}

/** Each lesson, then the final check, with its best score and whether it is passed. */
export function recordLines(
  progress: Progress,
  lessons: readonly { id: string; title: string }[],
  finalCheck?: { title: string },
): RecordLine[] {
  const checks = [...lessons, ...(finalCheck ? [{ id: FINAL_CHECK_ID, title: finalCheck.title }] : [])];
  return checks.map(({ id, title }) => {
    const check = lessonProgress(progress, id);
    const line: RecordLine = { id, title, passed: isComplete(check) };
    if (check?.best) line.best = `${check.best.score} of ${check.best.total}`;
    return line;
  });
}

/** The self-assessment profile in words: "Focus: leadership 58, management 75; Risk: …". */
export function profileLine(scores: Scores, labels: Record<string, string>): string {
  return Object.entries(scores)
    .filter(([id]) => Object.hasOwn(labels, id))
    .map(([id, s]) => `${labels[id]}: leadership ${s.leadership}, management ${s.management}`)
    .join('; ');
}
