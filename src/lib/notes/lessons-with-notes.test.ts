import { describe, expect, it } from 'vitest';
import { lessonsWithNotes } from './lessons-with-notes';

const at = (day: number) => new Date(Date.UTC(2025, 4, day, 12)).toISOString();

describe('lessonsWithNotes', () => {
  it('lists each lesson with a note once, by id, in numeric order', () => {
    const note = { prompt: 'P', text: 'T', at: at(1) };
    const notes = { version: 1 as const, notes: { 'lesson-10/1': note, 'lesson-2/1': note, 'lesson-2/b': note } };
    expect(lessonsWithNotes(notes)).toEqual([
      { id: 'lesson-2', title: 'lesson-2' },
      { id: 'lesson-10', title: 'lesson-10' },
    ]);
  });
});
