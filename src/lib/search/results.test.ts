import { describe, expect, it } from 'vitest';
import { resultDetails, toResultView, type PagefindResultData } from './results';

const lesson: PagefindResultData = {
  url: '/lessons/difference-risk/',
  excerpt: 'the second difference: <mark>risk</mark>.',
  meta: { title: 'The second difference: risk', part: 'Part 2: Three differences', minutes: '7' },
  filters: { kind: ['Lesson'], part: ['Part 2: Three differences'] },
  sub_results: [
    { title: 'The second difference: risk', url: '/lessons/difference-risk/', excerpt: 'intro' },
    {
      title: 'Side by side',
      url: '/lessons/difference-risk/#side-by-side',
      excerpt: 'treat <mark>risk</mark>',
      weighted_locations: [{ weight: 1, balanced_score: 2, location: 10 }],
    },
    {
      title: 'The risk of standing still',
      url: '/lessons/difference-risk/#the-risk-of-standing-still',
      excerpt: 'the <mark>risk</mark> of',
      weighted_locations: [
        { weight: 6, balanced_score: 30, location: 20 },
        { weight: 1, balanced_score: 3, location: 25 },
      ],
    },
    { title: 'Sizing a leap', url: '/lessons/difference-risk/#sizing', excerpt: 'a', weighted_locations: [] },
    { title: 'Too far', url: '/lessons/difference-risk/#too-far', excerpt: 'b' },
  ],
};

describe('toResultView', () => {
  const view = toResultView(lesson);

  it('takes title, kind, part and minutes from the index, and links to the page with no search terms in the address', () => {
    expect(view).toMatchObject({
      url: '/lessons/difference-risk/',
      title: 'The second difference: risk',
      kind: 'Lesson',
      part: 'Part 2: Three differences',
      minutes: 7,
    });
    expect(view.excerpt).toEqual([
      { text: '…the second difference: ', marked: false },
      { text: 'risk', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('shows a passage once: a page excerpt that a section repeats is left to the section', () => {
    const page: PagefindResultData = {
      url: '/lessons/what-leadership-is/',
      excerpt: 'makes it leading is winning people over. In a real <mark>crisis</mark> most of the work is managing,',
      content:
        'What leadership is. Leading without a title. What makes it leading is winning people over. In a real crisis most of the work is managing, a plan.',
      meta: { title: 'What leadership is' },
      filters: { kind: ['Lesson'] },
      sub_results: [
        {
          title: 'Leading without a title',
          url: '/lessons/what-leadership-is/#leading-without-a-title',
          excerpt:
            'makes it leading is winning people over. In a real <mark>crisis</mark> most of the work is managing,',
        },
      ],
    };
    const view = toResultView(page);
    expect(view.excerpt).toEqual([]);
    expect(view.sections[0]?.excerpt.map((p) => p.text).join('')).toBe(
      '…makes it leading is winning people over. In a real crisis most of the work is managing…',
    );
  });

  it('lists the best-matching sections first, at most three, without the page itself', () => {
    expect(view.sections.map((s) => s.title)).toEqual(['The risk of standing still', 'Side by side', 'Sizing a leap']);
    expect(view.sections[0]?.url).toBe('/lessons/difference-risk/#the-risk-of-standing-still');
  });

  it('shows a glossary term as one result at its anchor, without itself as a section', () => {
    const view = toResultView({
      url: '/glossary/#crisis',
      excerpt: 'A sudden <mark>crisis</mark>.',
      meta: { title: 'Crisis' },
      filters: { kind: ['Glossary'] },
      sub_results: [{ title: 'Crisis', url: '/glossary/#crisis', excerpt: 'A sudden <mark>crisis</mark>.' }],
    });
    expect(view.title).toBe('Crisis');
    expect(view.kind).toBe('Glossary');
    expect(view.sections).toEqual([]);
  });

  it('copes with a page without metadata', () => {
    const bare = toResultView({ url: '/x/', excerpt: '', meta: {}, filters: {}, sub_results: [] });
    expect(bare).toMatchObject({ title: '/x/', kind: undefined, part: undefined, minutes: undefined, sections: [] });
  });
});

describe('resultDetails', () => {
  it('joins what is known', () => {
    expect(resultDetails({ title: 'T', part: 'Part 1: Foundations', kind: 'Lesson', minutes: 6 })).toBe(
      'Part 1: Foundations · Lesson · 6 min',
    );
  });
  it('does not repeat the title as the kind', () => {
    expect(resultDetails({ title: 'Glossary', kind: 'Glossary' })).toBe('');
  });
});
