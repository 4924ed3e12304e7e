import { describe, expect, it } from 'vitest';
import { readSearchState, searchStateToQueryString } from './url';

describe('search state in the URL', () => {
  it('reads the query and the filters, ignoring unknown and empty parameters', () => {
    expect(readSearchState('?q=+risk++appetite&kind=Case+study&kind=Lesson&part=&colour=red')).toEqual({
      query: 'risk appetite',
      filters: { kind: ['Case study', 'Lesson'] },
    });
  });
  it('reads nothing from an empty address', () => {
    expect(readSearchState('')).toEqual({ query: '', filters: {} });
  });
  it('writes a shareable query string with filters in a stable order', () => {
    const qs = searchStateToQueryString({
      query: 'tim cook',
      filters: { part: ['Part 4: Case studies'], kind: ['Case study'] },
    });
    expect(qs).toBe('?q=tim+cook&kind=Case+study&part=Part+4%3A+Case+studies');
    expect(readSearchState(qs)).toEqual({
      query: 'tim cook',
      filters: { kind: ['Case study'], part: ['Part 4: Case studies'] },
    });
  });
  it('writes nothing for an empty search', () => {
    expect(searchStateToQueryString({ query: '  ', filters: {} })).toBe('');
  });
});
