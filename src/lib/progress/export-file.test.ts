import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  MAX_IMPORT_BYTES,
  buildExport,
  describeChanges,
  exportFileName,
  mergeImport,
  parseImport,
  type SavedData,
} from './export-file';

const at = (day: number) => new Date(Date.UTC(2025, 4, day, 12)).toISOString();
const attempt = (score: number, total: number, day: number) => ({ score, total, at: at(day) });
const now = Date.UTC(2025, 5, 1);

const saved = (): SavedData => ({
  progress: { version: 5, lessons: { one: { best: attempt(5, 7, 1), latest: attempt(5, 7, 1) } } },
  notes: { version: 1, notes: { 'one/1': { prompt: 'Which job?', text: 'The rota.', at: at(2) } } },
  attempts: {
    version: 1,
    attempts: [{ at: at(3), answers: { a: 4 }, scores: { focus: { leadership: 50, management: 75 } } }],
  },
});

describe('exportFileName', () => {
  it('is dated in the local day', () => {
    expect(exportFileName(new Date(2025, 4, 3, 9))).toBe('lead-and-manage-progress-2025-05-03.json');
  });
});

describe('export and import', () => {
  it('round-trips everything: an exported file imports as the same data', () => {
    const file = JSON.stringify(buildExport(saved(), new Date(now)));
    expect(JSON.parse(file)).toMatchObject({
      format: EXPORT_FORMAT,
      version: 1,
      exported: new Date(now).toISOString(),
    });
    expect(parseImport(file, now)).toEqual({ ok: true, data: saved() });
  });

  it.each([
    ['garbage', 'PK\u0003\u0004 not json', /not a progress file.*not JSON/],
    ['another site’s JSON', JSON.stringify({ version: 1, lessons: {} }), /not a progress file/],
    ['a list', '[1, 2, 3]', /not a progress file/],
    ['no version', JSON.stringify({ format: EXPORT_FORMAT }), /no version/],
    ['a newer version', JSON.stringify({ format: EXPORT_FORMAT, version: 2, progress: {} }), /newer version/],
    [
      'an unknown field',
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, progress: { version: 4, lessons: {} }, badges: [] }),
      /"badges"/,
    ],
    [
      'a damaged result',
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 1,
        progress: { version: 4, lessons: { one: { best: { score: 9, total: 7, at: at(1) } } } },
      }),
      /damaged/,
    ],
    [
      'a newer progress section',
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, progress: { version: 7, lessons: {} } }),
      /newer version/,
    ],
    [
      'a bad note',
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 1,
        progress: { version: 4, lessons: {} },
        notes: { version: 1, notes: { 'one/1': { prompt: '', text: 'x', at: at(1) } } },
      }),
      /note in this file could not be read/,
    ],
  ])('refuses %s with a reason', (_name, text, reason) => {
    const result = parseImport(text, now);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const result = parseImport(' '.repeat(MAX_IMPORT_BYTES + 1), now);
    expect(!result.ok && result.reason).toMatch(/too large/);
  });

  it('merges a good file keeping the better result, and says what changed', () => {
    const incoming: SavedData = {
      progress: {
        version: 5,
        lessons: {
          one: { best: attempt(7, 7, 4), latest: attempt(7, 7, 4) },
          two: { best: attempt(3, 7, 4), latest: attempt(3, 7, 4) },
        },
      },
      notes: { version: 1, notes: { 'two/1': { prompt: 'Why?', text: 'Because.', at: at(4) } } },
      attempts: { version: 1, attempts: [] },
    };
    const { data, changes } = mergeImport(saved(), incoming);
    expect(data.progress.lessons.one!.best).toEqual(attempt(7, 7, 4));
    expect(Object.keys(data.notes.notes).sort()).toEqual(['one/1', 'two/1']);
    expect(data.attempts.attempts).toHaveLength(1);
    const titles: Record<string, string> = { one: 'Lesson one', two: 'Lesson two' };
    expect(describeChanges(changes, (id) => titles[id]!)).toEqual([
      'Lesson one: a better result from the file is kept.',
      'Lesson two: results added.',
      '1 note added.',
    ]);
    // The worse result in a file changes nothing.
    const again = mergeImport(data, { ...saved(), notes: { version: 1, notes: {} } });
    expect(describeChanges(again.changes, (id) => id)).toEqual([]);
  });
});
