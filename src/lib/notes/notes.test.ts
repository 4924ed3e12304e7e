import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../fake-storage';
import {
  MAX_NOTE_LENGTH,
  NOTES_KEY,
  assignNotes,
  clearNotes,
  emptyNotes,
  exportNotes,
  mergeNotes,
  mergeNotesImport,
  noteKey,
  notesOfLesson,
  parseNotes,
  readNotes,
  reconcileNotes,
  saveNote,
  validateNotesImport,
  writeNotes,
  type Note,
  type Notes,
} from './notes';

const at = (day: number, hour = 12) => new Date(Date.UTC(2025, 4, day, hour)).toISOString();
const note = (text: string, day: number, prompt = 'What went well?'): Note => ({ prompt, text, at: at(day) });
const notesOf = (entries: Notes['notes']): Notes => ({ version: 1, notes: entries });
const stored = (data: unknown) => new FakeStorage({ [NOTES_KEY]: JSON.stringify(data) });
const NOW = Date.UTC(2025, 4, 20);

describe('readNotes', () => {
  it('starts empty, without a problem, when nothing is saved', () => {
    expect(readNotes(new FakeStorage())).toEqual({ notes: emptyNotes() });
  });

  it('reads valid notes, collapsing white space in prompts', () => {
    const data = notesOf({ 'what-management-is/1': { prompt: ' What  went\nwell? ', text: 'Rota', at: at(3) } });
    expect(readNotes(stored(data), NOW).notes.notes['what-management-is/1']).toEqual({
      prompt: 'What went well?',
      text: 'Rota',
      at: at(3),
    });
  });

  it('reports blocked storage as unavailable', () => {
    const storage = new FakeStorage();
    storage.fail = new DOMException('denied', 'SecurityError');
    expect(readNotes(storage)).toEqual({ notes: emptyNotes(), problem: 'unavailable' });
    expect(readNotes(null)).toEqual({ notes: emptyNotes(), problem: 'unavailable' });
  });

  it.each([
    ['broken JSON', '{"version":1,"notes":{'],
    ['foreign data', '"hello"'],
    ['notes that are a list', '{"version":1,"notes":[]}'],
    ['no version', '{"notes":{}}'],
  ])('resets %s with the unreadable notice', (_, raw) => {
    expect(parseNotes(raw)).toEqual({ notes: emptyNotes(), problem: 'unreadable' });
  });

  it('keeps the good notes and drops bad ones, saying so', () => {
    const good = note('Kept', 3);
    const raw = JSON.stringify(
      notesOf({
        'a/1': good,
        'A/1': good,
        'no-slot': good,
        'a/2': { ...good, text: 5 } as unknown as Note,
        'a/3': { ...good, at: 'soon' },
        'a/4': { ...good, prompt: '' },
        'a/5': { ...good, text: 'x'.repeat(MAX_NOTE_LENGTH + 1) },
        'a/6': { ...good, colour: 'red' } as unknown as Note,
      }),
    );
    // A key JSON.parse keeps as an own property, which a plain object literal cannot express.
    const result = parseNotes(raw.replace('"notes":{', `"notes":{"__proto__":${JSON.stringify(good)},`), NOW);
    expect(result.problem).toBe('unreadable');
    expect(Object.keys(result.notes.notes)).toEqual(['a/1']);
  });

  it('clamps a time more than a day in the future to now', () => {
    const future = { prompt: 'P', text: 'T', at: new Date(NOW + 3 * 86_400_000).toISOString() };
    const tomorrow = { prompt: 'P', text: 'T', at: new Date(NOW + 3_600_000).toISOString() };
    const read = parseNotes(JSON.stringify(notesOf({ 'a/1': future, 'a/2': tomorrow })), NOW).notes.notes;
    expect(read['a/1']!.at).toBe(new Date(NOW).toISOString());
    expect(read['a/2']!.at).toBe(tomorrow.at);
  });

  it('leaves data from a newer version alone and says so', () => {
    const storage = stored({ version: 2, notes: {}, more: true });
    expect(readNotes(storage)).toEqual({ notes: emptyNotes(), problem: 'future-version' });
    expect(saveNote(storage, emptyNotes(), 'a/1', note('x', 3)).problem).toBe('future-version');
    expect(storage.json(NOTES_KEY)).toEqual({ version: 2, notes: {}, more: true });
  });
});

describe('mergeNotes', () => {
  it('keeps every key and, per key, the later edit, in either order', () => {
    const a = notesOf({ 'x/1': note('old', 3), 'x/2': note('only in a', 3) });
    const b = notesOf({ 'x/1': note('new', 4), 'y/1': note('only in b', 1) });
    const expected = notesOf({ 'x/1': note('new', 4), 'x/2': note('only in a', 3), 'y/1': note('only in b', 1) });
    expect(mergeNotes(a, b)).toEqual(expected);
    expect(mergeNotes(b, a)).toEqual(expected);
  });

  it('breaks a tie on time the same way whichever side it comes from', () => {
    const a = notesOf({ 'x/1': note('short', 3) });
    const b = notesOf({ 'x/1': note('a longer text', 3) });
    expect(mergeNotes(a, b)).toEqual(mergeNotes(b, a));
    expect(mergeNotes(a, b).notes['x/1']!.text).toBe('a longer text');
  });

  it('lets a later clearing win over an earlier text, so a cleared note stays cleared', () => {
    const cleared = notesOf({ 'x/1': note('', 5) });
    expect(mergeNotes(notesOf({ 'x/1': note('text', 4) }), cleared).notes['x/1']!.text).toBe('');
  });
});

describe('saveNote', () => {
  it('saves the note and keeps what another tab saved meanwhile', () => {
    const storage = stored(notesOf({ 'other/1': note('from tab B', 3) }));
    const result = saveNote(storage, emptyNotes(), 'x/1', note('from tab A', 4));
    expect(result.problem).toBeUndefined();
    expect(storage.json(NOTES_KEY)).toEqual(
      notesOf({ 'other/1': note('from tab B', 3), 'x/1': note('from tab A', 4) }),
    );
  });

  it('replaces unreadable data with a clean record', () => {
    const storage = new FakeStorage({ [NOTES_KEY]: 'garbage' });
    saveNote(storage, emptyNotes(), 'x/1', note('fresh', 4));
    expect(storage.json(NOTES_KEY)).toEqual(notesOf({ 'x/1': note('fresh', 4) }));
  });

  it('keeps the note in memory when storage is full or blocked', () => {
    const full = new FakeStorage();
    full.failSet = new DOMException('quota', 'QuotaExceededError');
    const result = saveNote(full, emptyNotes(), 'x/1', note('kept', 4));
    expect(result).toEqual({ notes: notesOf({ 'x/1': note('kept', 4) }), problem: 'full' });
    expect(saveNote(null, emptyNotes(), 'x/1', note('kept', 4)).problem).toBe('unavailable');
  });
});

describe('reconcileNotes (the storage event)', () => {
  it('takes in another tab’s note without writing back when storage already has everything', () => {
    const raw = JSON.stringify(notesOf({ 'x/1': note('B', 4) }));
    expect(reconcileNotes(notesOf({ 'x/1': note('A', 3) }), raw)).toEqual({
      notes: notesOf({ 'x/1': note('B', 4) }),
      writeBack: false,
    });
  });

  it('writes back when two tabs saved at once and the stored copy lost this tab’s note', () => {
    // Tab A saved x/1, then tab B (which had read storage before A wrote) saved y/1 over it.
    const storage = new FakeStorage();
    const tabA = saveNote(storage, emptyNotes(), 'x/1', note('A', 4)).notes;
    storage.items.set(NOTES_KEY, JSON.stringify(notesOf({ 'y/1': note('B', 4) })));
    const { notes, writeBack } = reconcileNotes(tabA, storage.items.get(NOTES_KEY)!);
    expect(writeBack).toBe(true);
    expect(writeNotes(storage, notes)).toBeUndefined();
    expect(Object.keys((storage.json(NOTES_KEY) as Notes).notes).sort()).toEqual(['x/1', 'y/1']);
  });

  it('forgets everything when another tab reset the notes', () => {
    expect(reconcileNotes(notesOf({ 'x/1': note('A', 3) }), null)).toEqual({ notes: emptyNotes(), writeBack: false });
  });
});

describe('clearNotes', () => {
  it('removes the key', () => {
    const storage = stored(notesOf({ 'x/1': note('A', 3) }));
    expect(clearNotes(storage)).toBeUndefined();
    expect(readNotes(storage)).toEqual({ notes: emptyNotes() });
  });
});

describe('export and import', () => {
  const current = notesOf({ 'b/1': note('Bee', 3), 'a/1': note('Ay', 3), 'c/1': note('', 3) });

  it('exports only notes with text, in key order', () => {
    const exported = exportNotes(current);
    expect(Object.keys(exported.notes)).toEqual(['a/1', 'b/1']);
    expect(validateNotesImport(JSON.parse(JSON.stringify(exported)), NOW)).toEqual({ ok: true, notes: exported });
  });

  it.each([
    ['garbage', 'not notes', /not in a form this site knows/],
    ['a newer version', { version: 9, notes: {} }, /newer version/],
    ['a wrong shape', { version: 1, notes: [] }, /not a list of notes/],
    ['a bad entry', { version: 1, notes: { 'a/1': { prompt: 'P', text: 3, at: at(1) } } }, /notes\["a\/1"\]: text/],
  ])('refuses %s with a reason', (_, value, reason) => {
    const result = validateNotesImport(value, NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('merges an import and says what was added and what changed', () => {
    const incoming = notesOf({ 'a/1': note('Ay, later', 5), 'b/1': note('Bee', 3), 'd/1': note('New', 2) });
    const { notes, added, updated } = mergeNotesImport(current, incoming);
    expect(added).toEqual(['d/1']);
    expect(updated).toEqual(['a/1']);
    expect(notes.notes['a/1']!.text).toBe('Ay, later');
    // An older imported note does not replace a newer one.
    const stale = mergeNotesImport(notes, notesOf({ 'a/1': note('Ay', 1) }));
    expect(stale.updated).toEqual([]);
    expect(stale.notes.notes['a/1']!.text).toBe('Ay, later');
  });

  it('lists a lesson’s notes with text in slot order', () => {
    const notes = notesOf({ 'a/10': note('ten', 3), 'a/2': note('two', 3), 'a/3': note('', 3), 'b/1': note('b', 3) });
    expect(notesOfLesson(notes, 'a').map((n) => n.key)).toEqual(['a/2', 'a/10']);
  });
});

describe('assignNotes', () => {
  const P1 = 'Who covered for you?';
  const P2 = 'What would you plan first?';
  const P3 = 'Which habit will you start?';

  it('gives each reflection its own note when nothing moved', () => {
    const notes = notesOf({ 'l/1': note('one', 3, P1), 'l/2': note('two', 3, P2) });
    expect(
      assignNotes(notes, 'l', [
        { slot: '1', prompt: P1 },
        { slot: '2', prompt: `  ${P2}\n` },
      ]),
    ).toEqual([
      { key: 'l/1', note: note('one', 3, P1) },
      { key: 'l/2', note: note('two', 3, P2) },
    ]);
  });

  it('follows notes when reflections are swapped, never attaching one to the other prompt', () => {
    const notes = notesOf({ 'l/1': note('one', 3, P1), 'l/2': note('two', 3, P2) });
    const assigned = assignNotes(notes, 'l', [
      { slot: '1', prompt: P2 },
      { slot: '2', prompt: P1 },
    ]);
    expect(assigned.map((a) => [a.key, a.note?.text])).toEqual([
      ['l/2', 'two'],
      ['l/1', 'one'],
    ]);
  });

  it('keeps a note on a reworded prompt and returns the earlier wording', () => {
    const notes = notesOf({ 'l/1': note('one', 3, P1) });
    expect(assignNotes(notes, 'l', [{ slot: '1', prompt: P3 }])).toEqual([
      { key: 'l/1', note: note('one', 3, P1), earlierPrompt: P1 },
    ]);
  });

  it('gives a new reflection in an old place a fresh key when the old note belongs elsewhere', () => {
    // A reflection was inserted before the old one: slot 1 is new (P3), the old P1 moved to slot 2.
    const notes = notesOf({ 'l/1': note('one', 3, P1) });
    const assigned = assignNotes(notes, 'l', [
      { slot: '1', prompt: P3 },
      { slot: '2', prompt: P1 },
    ]);
    expect(assigned).toEqual([{ key: 'l/1-2' }, { key: 'l/1', note: note('one', 3, P1) }]);
  });

  it('uses an explicit id as the slot and ignores notes of other lessons', () => {
    const notes = notesOf({ 'other/1': note('elsewhere', 3, P1) });
    expect(assignNotes(notes, 'l', [{ slot: 'who-covers', prompt: P1 }])).toEqual([
      { key: noteKey('l', 'who-covers') },
    ]);
  });
});
