import { describe, expect, it } from 'vitest';
import { readHighlight, readSearchState, searchStateToQueryString, withHighlight, withoutHighlight } from './url';

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

describe('highlight parameter', () => {
  it('is added before the section anchor of a relative link', () => {
    expect(withHighlight('/lessons/difference-risk/#side-by-side', 'risk')).toBe(
      '/lessons/difference-risk/?highlight=risk#side-by-side',
    );
  });
  it('replaces an earlier highlight and keeps other parameters', () => {
    expect(withHighlight('/a/?x=1&highlight=old', ' new  words ')).toBe('/a/?x=1&highlight=new+words');
  });
  it('is not added for an empty query', () => {
    expect(withHighlight('/glossary/#crisis', '  ')).toBe('/glossary/#crisis');
  });
  it('keeps full URLs full', () => {
    expect(withHighlight('http://localhost:4321/lessons/x/', 'cook')).toBe(
      'http://localhost:4321/lessons/x/?highlight=cook',
    );
  });
  it('is read back and removed, leaving the rest of the address as it was', () => {
    const href = 'http://localhost:4321/lessons/tim-cook/?highlight=supply+chain&x=1#where-he-led';
    expect(readHighlight(new URL(href).search)).toBe('supply chain');
    expect(withoutHighlight(href)).toBe('http://localhost:4321/lessons/tim-cook/?x=1#where-he-led');
    expect(withoutHighlight('/lessons/tim-cook/?highlight=cook')).toBe('/lessons/tim-cook/');
  });
});
