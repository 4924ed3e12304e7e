import { describe, expect, it } from 'vitest';
import { glossaryRecordHtml, TERMS_META, urlOfFile, withSearchTerms, withoutBase, withoutTermsMeta } from './records';

describe('withSearchTerms', () => {
  const page = '<html><body><main data-pagefind-body><h1>Risk</h1></main></body></html>';

  it('adds the terms as a metadata element at the end of the body, escaped', () => {
    const html = withSearchTerms(page, ['KPI', 'R&D <labs>']);
    expect(html).toBe(
      `<html><body><main data-pagefind-body><h1>Risk</h1></main><div data-pagefind-meta="${TERMS_META}">KPI, R&amp;D &lt;labs&gt;</div></body></html>`,
    );
  });

  it('leaves the page as it is without terms', () => {
    expect(withSearchTerms(page, [])).toBe(page);
  });

  it('puts the indexed body first and the terms after it', () => {
    const html = withSearchTerms(page, ['x']);
    expect(html.indexOf('data-pagefind-body')).toBeLessThan(html.indexOf('data-pagefind-meta'));
  });
});

describe('glossaryRecordHtml', () => {
  const entry = {
    url: '/glossary/#crisis',
    term: 'Crisis',
    definition: 'A sudden threat.',
    aka: ['emergency'],
    kind: 'Glossary',
  };

  it('makes one indexed body with the term as title, its kind filter and its other names as metadata', () => {
    const html = glossaryRecordHtml(entry);
    expect(html).toContain('data-pagefind-filter="kind:Glossary"');
    expect(html).toContain('<p data-pagefind-meta="title" data-pagefind-weight="5">Crisis</p>');
    expect(html).toContain('<p>A sudden threat.</p>');
    expect(html).toContain(`<div data-pagefind-meta="${TERMS_META}">emergency</div>`);
    expect(html).toMatch(/<html lang="en">/);
  });

  it('has no terms element when the term has no other names', () => {
    expect(glossaryRecordHtml({ ...entry, aka: [] })).not.toContain(`data-pagefind-meta="${TERMS_META}"`);
  });
});

describe('withoutBase', () => {
  it('removes the base path, with or without its trailing slash', () => {
    expect(withoutBase('/course/lessons/x/', '/course/')).toBe('/lessons/x/');
    expect(withoutBase('/course/glossary/#risk', '/course')).toBe('/glossary/#risk');
    expect(withoutBase('/lessons/x/', '/')).toBe('/lessons/x/');
  });

  it('leaves a URL outside the base alone', () => {
    expect(withoutBase('/other/x/', '/course/')).toBe('/other/x/');
  });
});

describe('urlOfFile', () => {
  it('gives the folder URL of an index.html, as Pagefind does', () => {
    expect(urlOfFile('lessons/x/index.html')).toBe('/lessons/x/');
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('404.html')).toBe('/404.html');
  });
});

describe('withoutTermsMeta', () => {
  it('drops the terms from a fragment and keeps everything else', () => {
    const fragment = {
      url: '/lessons/difference-risk/',
      content: 'Risk. Standing still is a risk too.',
      meta: { title: 'The second difference: risk', part: 'Part 2', [TERMS_META]: 'risk-averse, playing it safe' },
      anchors: [{ id: 'x', text: 'X', location: 3 }],
    };
    const out = JSON.parse(withoutTermsMeta(JSON.stringify(fragment)));
    expect(out.meta).toEqual({ title: 'The second difference: risk', part: 'Part 2' });
    expect({ ...out, meta: undefined }).toEqual({ ...fragment, meta: undefined });
  });
  it('leaves a fragment without terms as it is', () => {
    const json = '{"url":"/glossary/","meta":{"title":"Glossary"}}';
    expect(withoutTermsMeta(json)).toBe(json);
  });
});
