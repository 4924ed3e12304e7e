import { describe, expect, it } from 'vitest';
import { joinBase, routes, url } from './routes';

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
    expect(routes.glossary()).toBe('/glossary/');
    expect(routes.glossary('risk-appetite')).toBe('/glossary/#risk-appetite');
    expect(routes.search('?q=risk')).toBe('/search/?q=risk');
    expect(routes.asset('favicon.svg')).toBe('/favicon.svg');
    expect(routes.selfAssessment()).toBe('/self-assessment/');
  });
});
