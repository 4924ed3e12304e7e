import { describe, expect, it } from 'vitest';
import { findMatches, stemOf, termPattern } from './highlight';

const marked = (text: string, terms: string[]) =>
  findMatches(text, termPattern(terms)).map(({ start, end }) => text.slice(start, end));

describe('stemOf', () => {
  it('strips common English endings', () => {
    expect(stemOf('risks')).toBe('risk');
    expect(stemOf('managing')).toBe('manag');
    expect(stemOf('management')).toBe('manag');
    expect(stemOf('crises')).toBe('cris');
    expect(stemOf('company')).toBe('compan');
  });
  it('keeps short words and double s whole', () => {
    expect(stemOf('was')).toBe('was');
    expect(stemOf('process')).toBe('process');
    expect(stemOf('Risk')).toBe('risk');
  });
});

describe('findMatches', () => {
  it('marks whole words that start with a term’s stem, in any case', () => {
    expect(marked('Risk, risky risks and brisket.', ['risks'])).toEqual(['Risk', 'risky', 'risks']);
  });
  it('finds the forms Pagefind would find for a word', () => {
    expect(marked('A manager manages; management is managing.', ['managing'])).toEqual([
      'manager',
      'manages',
      'management',
      'managing',
    ]);
  });
  it('marks several terms and prefers the longest stem', () => {
    expect(marked('Leadership and the leader lead', ['lead', 'leadership'])).toEqual(['Leadership', 'leader', 'lead']);
  });
  it('does not match inside a word', () => {
    expect(marked('misleading', ['lead'])).toEqual([]);
  });
  it('works with accented letters and treats regex characters literally', () => {
    expect(marked('Le café et les cafés', ['café'])).toEqual(['café', 'cafés']);
    // Unescaped, "a+b" would match "aab".
    expect(marked('aab a+b', ['a+b'])).toEqual(['a+b']);
  });
  it('returns ranges in reading order that can be used again on another text', () => {
    const pattern = termPattern(['cook']);
    expect(findMatches('Cook and cooks', pattern)).toEqual([
      { start: 0, end: 4 },
      { start: 9, end: 14 },
    ]);
    expect(findMatches('Tim Cook', pattern)).toEqual([{ start: 4, end: 8 }]);
  });
  it('marks nothing without terms', () => {
    expect(termPattern([])).toBeNull();
    expect(findMatches('anything', null)).toEqual([]);
  });
});
