import { describe, expect, it } from 'vitest';
import { KB, PAGE_BUDGETS, budgetProblems, pageAddress, pageKind } from './budgets';

const sizes = (s: Partial<Record<'html' | 'css' | 'js' | 'fonts' | 'other', number>>) => {
  const all = { html: 0, css: 0, js: 0, fonts: 0, other: 0, ...s };
  return { ...all, total: all.html + all.css + all.js + all.fonts + all.other };
};

describe('page kinds and addresses', () => {
  it.each([
    ['index.html', 'home'],
    ['404.html', 'not-found'],
    ['lessons/tim-cook/index.html', 'lesson'],
    ['parts/foundations/index.html', 'part'],
    ['glossary/index.html', 'glossary'],
    ['glossary/d/index.html', 'glossary'],
    ['search/index.html', 'search'],
    ['final-check/index.html', 'other'],
  ])('%s is a %s page', (file, kind) => {
    expect(pageKind(file)).toBe(kind);
  });
  it('names a page by its address', () => {
    expect(pageAddress('lessons/x/index.html')).toBe('/lessons/x/');
    expect(pageAddress('index.html')).toBe('/');
    expect(pageAddress('404.html')).toBe('/404.html');
  });
});

describe('budgetProblems', () => {
  it('says nothing for a page within every budget, up to the last byte', () => {
    expect(
      budgetProblems('/lessons/x/', sizes({ html: 8 * KB, css: 8 * KB, js: 4 * KB }), PAGE_BUDGETS.lesson),
    ).toEqual([]);
  });

  it('names the page, the part and the excess for each budget broken', () => {
    const problems = budgetProblems(
      '/lessons/x/',
      sizes({ html: 9 * KB, css: 8 * KB, js: 4 * KB + 23 }),
      PAGE_BUDGETS.lesson,
    );
    expect(problems).toEqual([
      '/lessons/x/: everything until idle is 21.0 KB gzip, 1.0 KB over its 20.0 KB budget (21527 > 20480 bytes)',
      '/lessons/x/: JavaScript is 4.0 KB gzip, 23 bytes over its 4.0 KB budget (4119 > 4096 bytes)',
    ]);
  });

  it('holds every other page to the total only', () => {
    expect(budgetProblems('/', sizes({ js: 10 * KB, css: 9 * KB }), PAGE_BUDGETS.home)).toEqual([]);
    expect(budgetProblems('/', sizes({ js: 10 * KB, css: 11 * KB }), PAGE_BUDGETS.home)).toHaveLength(1);
  });

  it('reports other origins (web fonts included), missing files and code loaded on demand at no known time', () => {
    const problems = budgetProblems('/glossary/', sizes({ html: 1 }), PAGE_BUDGETS.glossary, {
      files: [],
      foreign: ['https://fonts.example.com/a.woff2'],
      missing: ['/_astro/gone.css'],
      undeclared: ['_astro/mystery.x.js'],
    });
    expect(problems).toEqual([
      '/glossary/: requests another origin: https://fonts.example.com/a.woff2 (serve it from the site itself, and count it)',
      '/glossary/: references /_astro/gone.css, which is not in the built site',
      '/glossary/: its code can load _astro/mystery.x.js on demand, and the budget check does not know when: add it to ON_DEMAND in scripts/check-budgets.ts (counted when it loads before idle)',
    ]);
  });
});
