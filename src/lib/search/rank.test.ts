import { describe, expect, it } from 'vitest';
import { lessonsBeforeGlossary, mergePartialMatches } from './rank';

const r = (id: string, score: number) => ({ id, score });
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('mergePartialMatches', () => {
  it('keeps pages that match every word first, in their order', () => {
    const merged = mergePartialMatches([r('b', 1), r('a', 3)], [[r('a', 9), r('c', 9)], [r('b', 2)]]);
    expect(ids(merged).slice(0, 2)).toEqual(['b', 'a']);
    expect(ids(merged)).toEqual(['b', 'a', 'c']);
  });
  it('ranks a page matching two words above one matching a single word', () => {
    const merged = mergePartialMatches([], [[r('one-word', 10), r('two-words', 6)], [r('two-words', 5)]]);
    expect(ids(merged)).toEqual(['two-words', 'one-word']);
  });
  it('scales each word to its best match, so a word with big raw scores does not drown the others', () => {
    const merged = mergePartialMatches(
      [],
      [
        [r('dry', 100), r('lost', 50)],
        [r('lost', 1), r('suit', 1)],
      ],
    );
    // lost: 0.5 + 1 = 1.5; dry: 1; suit: 1.
    expect(ids(merged)[0]).toBe('lost');
  });
  it('keeps the result object of the word a page matched best', () => {
    const weak = { id: 'p', score: 1, word: 'weak' };
    const strong = { id: 'p', score: 4, word: 'strong' };
    const merged = mergePartialMatches([], [[{ id: 'x', score: 4, word: 'x' }, weak], [strong]]);
    expect(merged.find((m) => m.id === 'p')?.word).toBe('strong');
  });
  it('lists each page once and ignores words without matches', () => {
    expect(ids(mergePartialMatches([r('a', 1)], [[], [r('a', 2), r('b', 1)], [r('b', 0)]]))).toEqual(['a', 'b']);
  });
});

describe('lessonsBeforeGlossary', () => {
  const r = (id: string) => ({ id, score: 1 });
  const glossary = new Set(['g1', 'g2']);

  it('moves glossary terms ranked above the first lesson to just after it', () => {
    expect(lessonsBeforeGlossary([r('g1'), r('g2'), r('a'), r('b')], glossary).map((x) => x.id)).toEqual([
      'a',
      'g1',
      'g2',
      'b',
    ]);
  });

  it('keeps the order when a lesson is already first', () => {
    expect(lessonsBeforeGlossary([r('a'), r('g1'), r('b')], glossary).map((x) => x.id)).toEqual(['a', 'g1', 'b']);
  });

  it('keeps glossary-only results as they are', () => {
    expect(lessonsBeforeGlossary([r('g2'), r('g1')], glossary).map((x) => x.id)).toEqual(['g2', 'g1']);
    expect(lessonsBeforeGlossary([], glossary)).toEqual([]);
  });
});
