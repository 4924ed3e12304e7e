import { describe, expect, it } from 'vitest';
import { savedResult } from './saved-result';
import { lessonProgress, parseProgress } from './progress';

const now = Date.parse('2026-01-10T12:00:00.000Z');
const at = (day: number) => new Date(Date.UTC(2026, 0, day, 9)).toISOString();
const attempt = (score: number, total: number, day: number, extra: Record<string, unknown> = {}) => ({
  score,
  total,
  at: at(day),
  ...extra,
});

/** What the check's controller shows once it has read everything (parseProgress), for one check. */
function fullRead(raw: string | null, id: string) {
  const saved = lessonProgress(parseProgress(raw, now).progress, id);
  return { ...(saved?.best && { best: saved.best }), ...(saved?.latest && { latest: saved.latest }) };
}

const records: [string, unknown][] = [
  [
    'version 4, every field',
    {
      version: 4,
      lessons: {
        'final-check': {
          best: attempt(15, 17, 3, { wrong: ['a', 'b'], criteria: { met: 3, total: 6 } }),
          latest: attempt(12, 17, 5),
          written: { w: { text: 'x', met: [0], at: at(5) } },
          seen: { a: at(5) },
          visit: { at: at(5), section: 'intro' },
        },
        other: { best: attempt(1, 2, 1), latest: attempt(1, 2, 1) },
      },
    },
  ],
  ['version 2', { version: 2, lessons: { 'final-check': { best: attempt(4, 5, 2), latest: attempt(4, 5, 2) } } }],
  [
    'version 3',
    { version: 3, lessons: { 'final-check': { best: attempt(4, 5, 2), latest: attempt(2, 5, 3), seen: {} } } },
  ],
  [
    'version 2 with a version 3 field (that field dropped, attempts kept)',
    {
      version: 2,
      lessons: { 'final-check': { best: attempt(4, 5, 2), latest: attempt(4, 5, 2), seen: { a: at(2) } } },
    },
  ],
  ['version 1 (never shipped)', { version: 1, lessons: { 'final-check': { best: attempt(4, 5, 2) } } }],
  ['a newer version', { version: 5, lessons: { 'final-check': { best: attempt(4, 5, 2), latest: attempt(4, 5, 2) } } }],
  ['a fractional version', { version: 3.5, lessons: { 'final-check': { best: attempt(4, 5, 2) } } }],
  ['a version as text', { version: '4', lessons: { 'final-check': { best: attempt(4, 5, 2) } } }],
  ['an unknown top-level key', { version: 4, lessons: { 'final-check': { best: attempt(4, 5, 2) } }, extra: 1 }],
  ['lessons as a list', { version: 4, lessons: [] }],
  ['the check as a list', { version: 4, lessons: { 'final-check': [] } }],
  [
    'a broken best, a good latest',
    {
      version: 4,
      lessons: { 'final-check': { best: attempt(6, 5, 2), latest: attempt(4, 5, 3) } },
    },
  ],
  ['a best with an unknown key', { version: 4, lessons: { 'final-check': { best: attempt(4, 5, 2, { x: 1 }) } } }],
  [
    'wrong ids longer than the mistakes',
    {
      version: 4,
      lessons: { 'final-check': { best: attempt(4, 5, 2, { wrong: ['a', 'b'] }), latest: attempt(4, 5, 2) } },
    },
  ],
  [
    'criteria over their total',
    {
      version: 4,
      lessons: { 'final-check': { best: attempt(4, 5, 2, { criteria: { met: 4, total: 3 } }) } },
    },
  ],
  [
    'a date that is not a date',
    { version: 4, lessons: { 'final-check': { best: { score: 1, total: 2, at: 'soon' } } } },
  ],
  [
    'a date a week ahead (brought back to now)',
    {
      version: 4,
      lessons: { 'final-check': { best: attempt(4, 5, 17), latest: attempt(4, 5, 17) } },
    },
  ],
  [
    'a date a few hours ahead (kept)',
    {
      version: 4,
      lessons: { 'final-check': { best: { score: 4, total: 5, at: '2026-01-10T20:00:00.000Z' } } },
    },
  ],
  [
    'an unknown field beside good attempts',
    {
      version: 4,
      lessons: { 'final-check': { best: attempt(4, 5, 2), latest: attempt(4, 5, 2), mood: 'fine' } },
    },
  ],
  [
    'another check broken',
    {
      version: 4,
      lessons: { 'final-check': { best: attempt(4, 5, 2), latest: attempt(4, 5, 2) }, BAD: {}, other: 7 },
    },
  ],
];

describe('savedResult', () => {
  for (const [what, data] of records) {
    it(`reads what parseProgress reads: ${what}`, () => {
      const raw = JSON.stringify(data);
      expect(savedResult(raw, 'final-check', now)).toEqual(fullRead(raw, 'final-check'));
    });
  }

  it('reads nothing from nothing saved, text that is not JSON, or JSON that is not an object', () => {
    for (const raw of [null, '', '{', 'null', '[]', '"text"', '42']) {
      expect(savedResult(raw, 'final-check', now), String(raw)).toEqual({});
      expect(fullRead(raw, 'final-check'), String(raw)).toEqual({});
    }
  });

  it('never reads a prototype member or an id the site cannot have', () => {
    const raw = '{"version":4,"lessons":{"__proto__":{"best":{"score":1,"total":1,"at":"2026-01-02T00:00:00Z"}}}}';
    expect(savedResult(raw, '__proto__', now)).toEqual({});
    expect(savedResult(raw, 'constructor', now)).toEqual({});
    expect(savedResult(raw, 'toString', now)).toEqual({});
  });

  it('finds the attempts the check itself saved (a real record)', () => {
    const raw = JSON.stringify(records[0]![1]);
    expect(savedResult(raw, 'final-check', now)).toEqual({
      best: attempt(15, 17, 3, { wrong: ['a', 'b'], criteria: { met: 3, total: 6 } }),
      latest: attempt(12, 17, 5),
    });
    expect(savedResult(raw, 'other', now)).toEqual({ best: attempt(1, 2, 1), latest: attempt(1, 2, 1) });
    expect(savedResult(raw, 'missing', now)).toEqual({});
  });
});
