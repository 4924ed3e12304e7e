/** Turns a flat list of lesson headings into h2 entries with their h3s, for the table of contents. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface HeadingNode extends Heading {
  children: Heading[];
}

export function nestHeadings(headings: readonly Heading[]): HeadingNode[] {
  const tree: HeadingNode[] = [];
  for (const h of headings) {
    if (h.depth === 2) tree.push({ ...h, children: [] });
    // An h3 before any h2 has no parent to sit under; it is listed at the top level.
    else if (h.depth === 3) {
      const parent = tree.at(-1);
      if (parent) parent.children.push(h);
      else tree.push({ ...h, children: [] });
    }
  }
  return tree;
}
