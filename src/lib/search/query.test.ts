import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery, pagefindQuery, resultCountMessage, significantTerms } from './query';

describe('normalizeQuery', () => {
  it('trims and collapses whitespace, keeping case for display', () => {
    expect(normalizeQuery('  Tim \n  Cook\t')).toBe('Tim Cook');
  });
  it('caps a pasted wall of text', () => {
    expect(normalizeQuery('word '.repeat(100)).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});

describe('significantTerms', () => {
  it('drops filler words, single letters and repeats, lowercased', () => {
    expect(significantTerms('What to do in a CRISIS, a real crisis')).toEqual(['crisis', 'real']);
    expect(significantTerms('am I more of a leader or a manager?')).toEqual(['leader', 'manager']);
  });
  it('splits on punctuation but keeps letters with accents and digits', () => {
    expect(significantTerms('café—rota: 30-day plan')).toEqual(['café', 'rota', '30', 'day', 'plan']);
  });
  it('is empty when only filler is left', () => {
    expect(significantTerms('how vs why')).toEqual([]);
  });
});

describe('pagefindQuery', () => {
  it('sends only the meaningful words', () => {
    expect(pagefindQuery('what does a manager do all day')).toBe('manager day');
  });
  it('keeps a query of only common words as typed rather than sending nothing', () => {
    expect(pagefindQuery('how vs why')).toBe('how vs why');
  });
  it('passes an exact phrase in quotes through untouched', () => {
    expect(pagefindQuery(' "the risk of standing still" ')).toBe('"the risk of standing still"');
  });
});

describe('resultCountMessage', () => {
  it('says the count and the query, in the singular for one', () => {
    expect(resultCountMessage(3, ' risk ')).toBe('3 results for “risk”');
    expect(resultCountMessage(1, 'tim cook')).toBe('1 result for “tim cook”');
  });
  it('says plainly when nothing matched', () => {
    expect(resultCountMessage(0, 'xyzzy')).toBe('No results for “xyzzy”');
  });
});
