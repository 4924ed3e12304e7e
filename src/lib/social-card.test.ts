import { describe, expect, it } from 'vitest';
import { cardTree, type CardNode } from './social-card';

const MARK = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32"/></svg>';

/** Every text of a card, in reading order. */
function texts(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

function images(node: CardNode): string[] {
  const children = node.props.children;
  const own = node.type === 'img' && node.props.src ? [node.props.src] : [];
  if (children === undefined || typeof children === 'string') return own;
  return [...own, ...(Array.isArray(children) ? children : [children]).flatMap(images)];
}

describe('cardTree', () => {
  it('shows the course name, the part, the title and the footer, in that order', () => {
    const tree = cardTree(
      { course: 'Lead & Manage', eyebrow: 'Part 4 · Case studies', title: 'Tim Cook', footer: 'Case study 8 of 9' },
      MARK,
    );
    expect(texts(tree)).toEqual(['Lead & Manage', 'Part 4 · Case studies', 'Tim Cook', 'Case study 8 of 9']);
  });

  it('leaves out the part line when there is none (the home card)', () => {
    const tree = cardTree({ course: 'Lead & Manage', title: 'A short course', footer: '9 lessons' }, MARK);
    expect(texts(tree)).toEqual(['Lead & Manage', 'A short course', '9 lessons']);
  });

  it('draws the site’s mark from its SVG', () => {
    const [src] = images(cardTree({ course: 'C', title: 'T', footer: 'F' }, MARK));
    expect(atob(src!.replace('data:image/svg+xml;base64,', ''))).toBe(MARK);
  });
});
