/**
 * The learner's notes on reflection prompts: one versioned localStorage key (`lm-notes`), checked
 * on read, merged between tabs, never thrown from. Pure and DOM-free: callers pass the Storage
 * (or null when the browser refuses it). Nothing here leaves the browser.
 *
 * A note is stored with the prompt it answers, so a note never silently moves to another prompt
 * when a lesson's reflections are reordered or reworded (see `assignNotes`), and an export can
 * show each note under its question.
 */
import {
  checkVersion,
  isRecord,
  isTime,
  parseVersioned,
  readKey,
  removeKey,
  writeKey,
  type KeyStorage,
  type StoreProblem,
} from '../local-store';

export const NOTES_KEY = 'lm-notes';
const NOTES_VERSION = 1;
/** Far more than a reflection needs, small enough that a few hundred notes fit in storage. */
export const MAX_NOTE_LENGTH = 20_000;
const MAX_PROMPT_LENGTH = 2_000;
/** Saved times more than a day ahead of the clock are not trusted (a wrong clock, a crafted file). */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export interface Note {
  /** The prompt as the learner saw it, whitespace collapsed. */
  prompt: string;
  /** What the learner wrote; empty when they cleared it (kept so another tab cannot bring it back). */
  text: string;
  /** ISO 8601 time of the last edit. */
  at: string;
}

/**
 * Version 1. Keys are `<lesson id>/<slot>`: the slot is the reflection's `id` prop, or its
 * position among the lesson's reflections (1, 2, …).
 */
export interface Notes {
  version: 1;
  notes: Record<string, Note>;
}

export type NotesProblem = StoreProblem;

export interface NotesResult {
  notes: Notes;
  problem?: NotesProblem;
}

export const NOTES_NOTICES: Record<NotesProblem, string> = {
  unavailable: 'This browser is not letting the site save notes, so what you type here will not be kept.',
  unreadable: 'Your saved notes could not be read, so earlier notes are not shown. New notes will be saved.',
  'future-version':
    'Your notes were saved by a newer version of this site. Reload the page to see them; nothing typed here will be saved.',
  full: "Not saved: this browser's storage is full. Copy your note somewhere safe.",
};

export function emptyNotes(): Notes {
  return { version: NOTES_VERSION, notes: {} };
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The storage key of a reflection: `noteKey('what-management-is', '1')` → `what-management-is/1`. */
export function noteKey(lessonId: string, slot: string): string {
  return `${lessonId}/${slot}`;
}

export function lessonOfKey(key: string): string {
  return key.slice(0, key.indexOf('/'));
}

/** Prompts are compared as read: runs of white space count as one space. */
export function normalizePrompt(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function hasText(note: Note | undefined): note is Note {
  return !!note && note.text.trim() !== '';
}

// ------------------------------------------------------------------ reading

/** Why a value is not a note, or the note (its time clamped to at most a day ahead of `now`). */
function checkNote(value: unknown, now: number): Note | string {
  if (!isRecord(value)) return 'must be an object with prompt, text and at';
  const { prompt, text, at } = value;
  if (typeof prompt !== 'string' || prompt.trim() === '' || prompt.length > MAX_PROMPT_LENGTH) {
    return `prompt must be text of 1 to ${MAX_PROMPT_LENGTH} characters`;
  }
  if (typeof text !== 'string' || text.length > MAX_NOTE_LENGTH) {
    return `text must be text of at most ${MAX_NOTE_LENGTH} characters`;
  }
  if (!isTime(at)) return 'at must be a date and time (ISO 8601)';
  const extra = Object.keys(value).find((k) => k !== 'prompt' && k !== 'text' && k !== 'at');
  if (extra) return `unknown field "${extra}"`;
  const clamped = Date.parse(at) > now + FUTURE_TOLERANCE_MS ? new Date(now).toISOString() : at;
  return { prompt: normalizePrompt(prompt), text, at: clamped };
}

/** Every entry of `entries` checked: the good ones kept, the first bad one described. */
function readEntries(entries: unknown, now: number): { notes: Record<string, Note>; firstError?: string } | undefined {
  if (!isRecord(entries)) return undefined;
  const notes: Record<string, Note> = {};
  let firstError: string | undefined;
  for (const [key, value] of Object.entries(entries)) {
    const note = KEY.test(key) ? checkNote(value, now) : 'is not a key of the form <lesson id>/<slot>';
    if (typeof note === 'string') firstError ??= `notes["${key}"]: ${note}`;
    else notes[key] = note;
  }
  return { notes, firstError };
}

/** Parses what is stored under NOTES_KEY (null: nothing saved yet). Bad entries are dropped. */
export function parseNotes(raw: string | null, now = Date.now()): NotesResult {
  if (raw === null) return { notes: emptyNotes() };
  const parsed = parseVersioned(raw, NOTES_VERSION);
  if ('problem' in parsed) return { notes: emptyNotes(), problem: parsed.problem };
  const read = readEntries(parsed.data.notes, now);
  if (!read) return { notes: emptyNotes(), problem: 'unreadable' };
  const notes: Notes = { version: NOTES_VERSION, notes: read.notes };
  return read.firstError ? { notes, problem: 'unreadable' } : { notes };
}

export function readNotes(storage: KeyStorage | null, now = Date.now()): NotesResult {
  const read = readKey(storage, NOTES_KEY);
  return 'problem' in read ? { notes: emptyNotes(), problem: read.problem } : parseNotes(read.raw, now);
}

// ------------------------------------------------------------------ merging

/** The later edit wins; on the same instant, the longer text (then the larger), so order never matters. */
function newer(a: Note, b: Note): Note {
  const diff = Date.parse(a.at) - Date.parse(b.at);
  if (diff !== 0) return diff > 0 ? a : b;
  if (a.text.length !== b.text.length) return a.text.length > b.text.length ? a : b;
  return a.text >= b.text ? a : b;
}

/** Combines two sets of notes (two tabs, memory and storage, an import): per key, the latest edit. */
export function mergeNotes(a: Notes, b: Notes): Notes {
  const notes: Record<string, Note> = { ...a.notes };
  for (const [key, theirs] of Object.entries(b.notes)) {
    notes[key] = Object.hasOwn(a.notes, key) ? newer(a.notes[key]!, theirs) : theirs;
  }
  return { version: NOTES_VERSION, notes };
}

function sameNotes(a: Notes, b: Notes): boolean {
  const keys = Object.keys(a.notes);
  if (keys.length !== Object.keys(b.notes).length) return false;
  return keys.every((k) => {
    const x = a.notes[k]!;
    const y = Object.hasOwn(b.notes, k) ? b.notes[k] : undefined;
    return !!y && x.text === y.text && x.at === y.at && x.prompt === y.prompt;
  });
}

// ------------------------------------------------------------------ writing

/**
 * Saves one note: re-reads storage just before writing and merges it with what this page knows
 * (`known`), so another tab's notes are kept. The result holds the note even when it could not be
 * saved. Data from a newer version of the site is never overwritten; unreadable data is replaced.
 */
export function saveNote(storage: KeyStorage | null, known: Notes, key: string, note: Note): NotesResult {
  const stored = readNotes(storage);
  const notes = mergeNotes(mergeNotes(known, stored.notes), { version: NOTES_VERSION, notes: { [key]: note } });
  if (stored.problem === 'unavailable' || stored.problem === 'future-version') {
    return { notes, problem: stored.problem };
  }
  const problem = writeKey(storage, NOTES_KEY, JSON.stringify(notes));
  return problem ? { notes, problem } : { notes };
}

/**
 * What a page does when another tab changed the notes (the `storage` event): merge what it holds
 * with what is now stored, and write the merge back when the stored copy lacks something this
 * page has (two tabs that saved at the same moment, each without the other's note).
 * `raw` null means the key was removed (a reset): the page forgets its notes too.
 */
export function reconcileNotes(known: Notes, raw: string | null): { notes: Notes; writeBack: boolean } {
  if (raw === null) return { notes: emptyNotes(), writeBack: false };
  const stored = parseNotes(raw);
  if (stored.problem === 'future-version') return { notes: known, writeBack: false };
  const notes = mergeNotes(known, stored.notes);
  return { notes, writeBack: !sameNotes(notes, stored.notes) };
}

/** Writes a whole set of notes (after `reconcileNotes` or an import); never over a newer version. */
export function writeNotes(storage: KeyStorage | null, notes: Notes): NotesProblem | undefined {
  const stored = readNotes(storage);
  if (stored.problem === 'unavailable' || stored.problem === 'future-version') return stored.problem;
  return writeKey(storage, NOTES_KEY, JSON.stringify(notes));
}

/** Forgets every note (the journey's "reset everything"). */
export function clearNotes(storage: KeyStorage | null): NotesProblem | undefined {
  return removeKey(storage, NOTES_KEY);
}

// ------------------------------------------------------- export and import

/** The notes as they go into an export file: only notes with text, in key order. */
export function exportNotes(notes: Notes): Notes {
  const kept = Object.keys(notes.notes)
    .sort()
    .filter((k) => hasText(notes.notes[k]))
    .map((k) => [k, { ...notes.notes[k]! }] as const);
  return { version: NOTES_VERSION, notes: Object.fromEntries(kept) };
}

/**
 * Checks the notes section of an imported file. Unlike reading storage (which keeps what it can),
 * an import is all or nothing: the first problem refuses it, with a reason a learner can act on.
 */
export function validateNotesImport(
  value: unknown,
  now = Date.now(),
): { ok: true; notes: Notes } | { ok: false; reason: string } {
  const checked = checkVersion(value, NOTES_VERSION);
  if ('problem' in checked) {
    return {
      ok: false,
      reason:
        checked.problem === 'future-version'
          ? 'The notes in this file come from a newer version of the site.'
          : 'The notes in this file are not in a form this site knows (a version number and a list of notes).',
    };
  }
  const read = readEntries(checked.data.notes, now);
  if (!read) return { ok: false, reason: 'The notes in this file are not a list of notes.' };
  if (read.firstError) return { ok: false, reason: `A note in this file could not be read: ${read.firstError}.` };
  return { ok: true, notes: { version: NOTES_VERSION, notes: read.notes } };
}

/** Merges imported notes into the current ones and says which keys were added or changed. */
export function mergeNotesImport(
  current: Notes,
  incoming: Notes,
): { notes: Notes; added: string[]; updated: string[] } {
  const notes = mergeNotes(current, incoming);
  const added: string[] = [];
  const updated: string[] = [];
  for (const key of Object.keys(incoming.notes).sort()) {
    const before = Object.hasOwn(current.notes, key) ? current.notes[key] : undefined;
    const after = notes.notes[key]!;
    if (!hasText(after) || after.text === before?.text) continue;
    (hasText(before) ? updated : added).push(key);
  }
  return { notes, added, updated };
}

/** The notes of one lesson that have text, in slot order, with their keys. */
export function notesOfLesson(notes: Notes, lessonId: string): { key: string; note: Note }[] {
  return Object.entries(notes.notes)
    .filter(([key, note]) => lessonOfKey(key) === lessonId && hasText(note))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([key, note]) => ({ key, note }));
}

// ------------------------------------------------ which note goes where

export interface Reflection {
  /** The `id` prop, or the 1-based position among the lesson's reflections, as text. */
  slot: string;
  /** The prompt's text as shown (normalised here). */
  prompt: string;
}

export interface Assignment {
  /** Where this reflection's note is read from and saved to. */
  key: string;
  note?: Note;
  /** Set when the note was written for an earlier wording of this prompt: that wording. */
  earlierPrompt?: string;
}

/**
 * Decides which saved note belongs to each reflection on a lesson page, so that a note follows
 * its prompt and never silently lands under another one:
 * 1. the note at the reflection's own key, if it was written for the same prompt;
 * 2. else a note of this lesson written for the same prompt (the reflection moved);
 * 3. else the note at its own key, if that note's prompt is no longer on the page (the prompt
 *    was reworded): attached, with the earlier wording returned so the page can show it;
 * 4. else nothing yet, under a key no other note uses (the first free of `slot`, `slot-2`, …).
 * Notes matched by none stay stored (and exported) under their old prompt.
 */
export function assignNotes(notes: Notes, lessonId: string, reflections: Reflection[]): Assignment[] {
  const prompts = reflections.map((r) => normalizePrompt(r.prompt));
  const claimed = new Set<string>();
  const result: (Assignment | undefined)[] = reflections.map(() => undefined);
  const stored = (key: string) => (Object.hasOwn(notes.notes, key) ? notes.notes[key] : undefined);
  const claim = (i: number, key: string, extra: Partial<Assignment> = {}) => {
    claimed.add(key);
    const note = stored(key);
    result[i] = note ? { key, note, ...extra } : { key, ...extra };
  };

  reflections.forEach((r, i) => {
    const key = noteKey(lessonId, r.slot);
    if (!claimed.has(key) && stored(key)?.prompt === prompts[i]) claim(i, key);
  });
  reflections.forEach((_, i) => {
    if (result[i]) return;
    const match = Object.keys(notes.notes)
      .sort()
      .find((k) => lessonOfKey(k) === lessonId && !claimed.has(k) && notes.notes[k]!.prompt === prompts[i]);
    if (match) claim(i, match);
  });
  reflections.forEach((r, i) => {
    if (result[i]) return;
    const key = noteKey(lessonId, r.slot);
    const note = stored(key);
    if (note && !claimed.has(key) && !prompts.includes(note.prompt)) {
      claim(i, key, hasText(note) ? { earlierPrompt: note.prompt } : {});
    }
  });
  reflections.forEach((r, i) => {
    if (result[i]) return;
    let key = noteKey(lessonId, r.slot);
    for (let n = 2; claimed.has(key) || stored(key); n++) key = noteKey(lessonId, `${r.slot}-${n}`);
    claimed.add(key);
    result[i] = { key };
  });
  return result as Assignment[];
}
