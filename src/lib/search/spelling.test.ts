import { describe, expect, it } from 'vitest';
import { isClearlyBetter, looksMisspelt } from './spelling';

describe('looksMisspelt', () => {
  it('is true when nothing was found', () => {
    expect(looksMisspelt('delegaton', { total: 0, marked: [] })).toBe(true);
  });

  it('is true when a word of the query matches none of the marked words', () => {
    expect(looksMisspelt('leadrship', { total: 9, marked: ['leads', 'leader'] })).toBe(true);
  });

  it('is false when every meaningful word shows up, by its stem too', () => {
    expect(looksMisspelt('giving feedback', { total: 3, marked: ['give', 'feedback'] })).toBe(false);
    expect(looksMisspelt('what is risk', { total: 3, marked: ['risk'] })).toBe(false);
    expect(looksMisspelt('', { total: 0, marked: [] })).toBe(false);
  });
});

describe('isClearlyBetter', () => {
  const weak = { misspelt: true };
  it('is true when the typed query found nothing and the correction finds something', () => {
    expect(isClearlyBetter({ total: 0, best: 0 }, { total: 2, best: 0.1, ...weak })).toBe(true);
  });

  it('is true when every word of the correction was matched', () => {
    expect(isClearlyBetter({ total: 9, best: 1.2 }, { total: 9, best: 0.4, misspelt: false })).toBe(true);
  });

  it('otherwise needs the correction to score at least twice as high', () => {
    expect(isClearlyBetter({ total: 9, best: 1 }, { total: 9, best: 2.5, ...weak })).toBe(true);
    expect(isClearlyBetter({ total: 9, best: 1 }, { total: 9, best: 1.5, ...weak })).toBe(false);
  });

  it('is false when the correction finds nothing', () => {
    expect(isClearlyBetter({ total: 0, best: 0 }, { total: 0, best: 0, misspelt: false })).toBe(false);
  });
});
