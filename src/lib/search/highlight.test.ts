import { describe, expect, it } from 'vitest';
import { findMatches, handoverPage, idFromHash, readHandover, wordPattern } from './highlight';

const marked = (text: string, words: string[]) =>
  findMatches(text, wordPattern(words)).map(({ start, end }) => text.slice(start, end));

describe('wordPattern and findMatches', () => {
  it('marks the words Pagefind matched, whole and in any case', () => {
    expect(marked('Risks and risky bets: RISK it.', ['risks', 'risk'])).toEqual(['Risks', 'RISK']);
  });
  it('does not mark a word inside a longer one', () => {
    expect(marked('leadership is not lead', ['lead'])).toEqual(['lead']);
  });
  it('prefers the longer word where two start at the same place', () => {
    expect(marked('supply chain', ['supply', 'supply chain'])).toEqual(['supply chain']);
  });
  it('escapes punctuation and marks nothing without words', () => {
    expect(marked('a (b) c', ['(b)'])).toEqual(['(b)']);
    expect(marked('cost. co.st', ['co.st'])).toEqual(['co.st']);
    expect(wordPattern([' ', ''])).toBeNull();
    expect(findMatches('text', null)).toEqual([]);
  });
});

describe('handover', () => {
  const page = handoverPage('/lessons/tim-cook/#where-he-led', 'http://x.test/search/');

  it('is keyed by the page without its hash', () => {
    expect(page).toBe('/lessons/tim-cook/');
  });
  it('is read back for that page only', () => {
    const raw = JSON.stringify({ page, query: 'supply chain', words: ['supply', 'chain', 3] });
    expect(readHandover(raw, '/lessons/tim-cook/')).toEqual({
      page,
      query: 'supply chain',
      words: ['supply', 'chain'],
    });
    expect(readHandover(raw, '/lessons/steve-jobs/')).toBeUndefined();
  });
  it('ignores nothing stored and garbage', () => {
    expect(readHandover(null, page)).toBeUndefined();
    expect(readHandover('{not json', page)).toBeUndefined();
    expect(readHandover('{"page":"/lessons/tim-cook/"}', page)).toBeUndefined();
  });
});

describe('idFromHash', () => {
  it('decodes an escaped id', () => {
    expect(idFromHash('#caf%C3%A9')).toBe('café');
    expect(idFromHash('#risk')).toBe('risk');
  });
  it('falls back to the raw text for a malformed escape instead of throwing', () => {
    expect(idFromHash('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(idFromHash('#%')).toBe('%');
  });
});
