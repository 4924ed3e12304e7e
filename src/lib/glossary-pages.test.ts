import { describe, expect, it } from 'vitest';
import {
  GLOSSARY_ONE_PAGE_UP_TO,
  OTHER_LETTER,
  TERM_LISTS_LESSONS_UP_TO,
  glossaryIsSplit,
  glossaryLetters,
  letterLabel,
  letterOf,
  termUsage,
} from './glossary-pages';

const entry = (term: string) => ({ id: term.toLowerCase().replace(/\W+/g, '-'), data: { term } });

describe('glossaryIsSplit', () => {
  it('keeps one page up to the threshold and splits by letter above it', () => {
    expect(glossaryIsSplit(20)).toBe(false);
    expect(glossaryIsSplit(GLOSSARY_ONE_PAGE_UP_TO)).toBe(false);
    expect(glossaryIsSplit(GLOSSARY_ONE_PAGE_UP_TO + 1)).toBe(true);
    expect(glossaryIsSplit(125)).toBe(true);
  });
});

describe('letterOf', () => {
  it.each([
    ['Delegation', 'd'],
    ['risk appetite', 'r'],
    ['  Vision', 'v'],
    ['Élan', 'e'],
    ['Ørsted effect', OTHER_LETTER],
    ['360° feedback', OTHER_LETTER],
    ['"Quoted"', OTHER_LETTER],
    ['', OTHER_LETTER],
  ])('%j is under %j', (term, key) => {
    expect(letterOf(term)).toBe(key);
  });

  it('labels a letter as readers see it', () => {
    expect(letterLabel('d')).toBe('D');
    expect(letterLabel(OTHER_LETTER)).toBe('Other');
  });
});

describe('glossaryLetters', () => {
  it('gives A to Z, empty letters included, each with its terms in the glossary order', () => {
    const letters = glossaryLetters([entry('Budget'), entry('Burnout'), entry('Delegation'), entry('zeal')]);
    expect(letters.map((l) => l.label).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect(letters.find((l) => l.key === 'b')!.entries.map((e) => e.data.term)).toEqual(['Budget', 'Burnout']);
    expect(letters.find((l) => l.key === 'a')!.entries).toEqual([]);
    expect(letters.find((l) => l.key === 'z')!.entries.map((e) => e.data.term)).toEqual(['zeal']);
  });

  it('adds "Other" after Z only when a term starts with no letter', () => {
    const letters = glossaryLetters([entry('360° feedback'), entry('Audit')]);
    expect(letters).toHaveLength(27);
    expect(letters.at(-1)).toEqual({ key: OTHER_LETTER, label: 'Other', entries: [entry('360° feedback')] });
  });

  it('puts every term under exactly one letter', () => {
    const terms = ['Alpha', 'beta', 'Élan', '1:1 meeting', 'Zulu', 'alpha two'].map(entry);
    const placed = glossaryLetters(terms).flatMap((l) => l.entries);
    expect(placed).toHaveLength(terms.length);
    expect(new Set(placed)).toEqual(new Set(terms));
  });
});

describe('termUsage', () => {
  const course = Array.from({ length: 40 }, (_, i) => ({ id: `l${i}`, part: `p${Math.floor(i / 10)}` }));

  it('names every lesson up to the limit, in the order given', () => {
    const used = ['l5', 'l1', 'l30'];
    expect(termUsage(used, course)).toEqual({ shown: used, more: 0, moreParts: [] });
    const atLimit = course.slice(0, TERM_LISTS_LESSONS_UP_TO).map((l) => l.id);
    expect(termUsage(atLimit, course).more).toBe(0);
  });

  it('beyond the limit names the first ones and counts the rest with their parts in course order', () => {
    const used = ['l39', 'l0', 'l1', 'l25', 'l2', 'l12'];
    expect(termUsage(used, course, 3)).toEqual({ shown: ['l39', 'l0', 'l1'], more: 3, moreParts: ['p0', 'p1', 'p2'] });
    expect(termUsage(used, course, 5)).toEqual({
      shown: ['l39', 'l0', 'l1', 'l25', 'l2'],
      more: 1,
      moreParts: ['p1'],
    });
  });

  it('stays the same size however many lessons use the term', () => {
    const all = course.map((l) => l.id);
    const usage = termUsage(all, course);
    expect(usage.shown).toHaveLength(TERM_LISTS_LESSONS_UP_TO);
    expect(usage.more).toBe(all.length - TERM_LISTS_LESSONS_UP_TO);
    expect(usage.moreParts).toEqual(['p1', 'p2', 'p3']);
  });
});
