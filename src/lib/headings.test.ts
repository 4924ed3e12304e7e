import { describe, expect, it } from 'vitest';
import { nestHeadings } from './headings';

describe('nestHeadings', () => {
  it('puts h3s under the h2 before them and drops other depths', () => {
    const tree = nestHeadings([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(tree.map((h) => [h.slug, h.children.map((c) => c.slug)])).toEqual([
      ['a', ['a1']],
      ['b', []],
    ]);
  });

  it('keeps an h3 that comes before any h2', () => {
    expect(nestHeadings([{ depth: 3, slug: 'x', text: 'X' }]).map((h) => h.slug)).toEqual(['x']);
  });
});
