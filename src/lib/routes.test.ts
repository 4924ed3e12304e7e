import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  glossaryLetterUrl,
  glossaryTermUrl,
  joinBase,
  reviewAnswersUrl,
  reviewQuestionUrl,
  reviewUrl,
  routes,
  url,
} from './routes';
import { GLOSSARY_ONE_PAGE_UP_TO } from './glossary-pages';

describe('joinBase', () => {
  it.each([
    ['/', '/lessons/x/', '/lessons/x/'],
    ['/course', '/lessons/x/', '/course/lessons/x/'],
    ['/course/', '/lessons/x/', '/course/lessons/x/'],
    ['/course/', '/', '/course/'],
    ['/course', '', '/course/'],
    ['/course/', 'glossary/#risk', '/course/glossary/#risk'],
    ['/a/b/', '//favicon.svg', '/a/b/favicon.svg'],
  ])('joinBase(%j, %j) is %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('routes (built on BASE_URL, "/" in tests)', () => {
  it('builds each kind of internal link', () => {
    expect(url('/search/')).toBe('/search/');
    expect(routes.home()).toBe('/');
    expect(routes.home('#outline')).toBe('/#outline');
    expect(routes.lesson('what-management-is')).toBe('/lessons/what-management-is/');
    expect(routes.lesson('x', '#check-heading')).toBe('/lessons/x/#check-heading');
    expect(routes.part('foundations')).toBe('/parts/foundations/');
    expect(routes.finalCheck()).toBe('/final-check/');
    expect(routes.glossary()).toBe('/glossary/');
    expect(glossaryLetterUrl('d')).toBe('/glossary/d/');
    expect(routes.search('?q=risk')).toBe('/search/?q=risk');
    expect(routes.searchSuggestions()).toBe('/search/suggestions.json');
    expect(routes.asset('favicon.svg')).toBe('/favicon.svg');
    expect(routes.selfAssessment()).toBe('/self-assessment/');
    expect(reviewUrl()).toBe('/review/');
    expect(reviewQuestionUrl('final-check', 'why-both')).toBe('/review/questions/final-check/why-both/');
    expect(reviewAnswersUrl('final-check')).toBe('/review/questions/final-check/answers/');
    expect(routes.socialCard('home')).toBe('/social/home.png');
    expect(routes.icon('icon-192')).toBe('/icons/icon-192.png');
    expect(routes.manifest()).toBe('/manifest.webmanifest');
    expect(routes.sitemap()).toBe('/sitemap-index.xml');
  });
});

describe('glossaryTermUrl', () => {
  const term = { id: 'risk-appetite', term: 'Risk appetite' };

  it('links into the one glossary page up to the threshold', () => {
    expect(glossaryTermUrl(term, 20)).toBe('/glossary/#risk-appetite');
    expect(glossaryTermUrl(term, GLOSSARY_ONE_PAGE_UP_TO)).toBe('/glossary/#risk-appetite');
  });

  it("links into the term's letter page when the glossary is split", () => {
    expect(glossaryTermUrl(term, GLOSSARY_ONE_PAGE_UP_TO + 1)).toBe('/glossary/r/#risk-appetite');
    expect(glossaryTermUrl({ id: 'x', term: 'Élan' }, 500)).toBe('/glossary/e/#x');
    expect(glossaryTermUrl({ id: 'y', term: '360° feedback' }, 500)).toBe('/glossary/other/#y');
  });
});

describe('absoluteUrl', () => {
  it('puts a URL path (base included) on the site, whatever path the site URL has', () => {
    expect(absoluteUrl('/course/lessons/x/', 'https://example.org')).toBe('https://example.org/course/lessons/x/');
    expect(absoluteUrl('/course/', new URL('https://me.github.io/course'))).toBe('https://me.github.io/course/');
  });

  it('says what is missing when the site URL is not set', () => {
    expect(() => absoluteUrl('/', undefined)).toThrow(/SITE_URL/);
  });
});
