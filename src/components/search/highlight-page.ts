/**
 * Marks the words search matched on a page opened from a search result and offers "Clear
 * highlighting". The words come from sessionStorage (lib/search/highlight.ts), used once, so the
 * address stays clean and the terms never reach the server. Loaded only when a handover is waiting.
 * Only indexed text is marked (inside data-pagefind-body, outside data-pagefind-ignore): the
 * same text search looked at, and never the answers of the end-of-lesson check.
 */
import { HANDOVER_KEY, findMatches, idFromHash, readHandover, wordPattern } from '../../lib/search/highlight';

function textNodesIn(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || !node.nodeValue?.trim()) return NodeFilter.FILTER_REJECT;
      if (parent.closest('[data-pagefind-ignore], script, style, noscript, mark')) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

function markIn(node: Text, pattern: RegExp): HTMLElement[] {
  const text = node.nodeValue ?? '';
  const ranges = findMatches(text, pattern);
  if (ranges.length === 0) return [];
  const marks: HTMLElement[] = [];
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) fragment.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    mark.textContent = text.slice(start, end);
    marks.push(mark);
    fragment.append(mark);
    at = end;
  }
  if (at < text.length) fragment.append(text.slice(at));
  node.replaceWith(fragment);
  return marks;
}

function clear(marks: HTMLElement[], bar: HTMLElement, scrollPadding: string): void {
  const parents = new Set<Node>();
  for (const mark of marks) {
    if (mark.parentNode) parents.add(mark.parentNode);
    mark.replaceWith(...mark.childNodes);
  }
  // Rejoin the text the marks had split, so the page is as it was.
  parents.forEach((p) => p.normalize());
  bar.remove();
  document.documentElement.style.scrollPaddingTop = scrollPadding;
  // The button that had focus is gone; the main content is the sensible place to continue.
  document.getElementById('main')?.focus({ preventScroll: true });
}

function highlightFromSearch(): void {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(HANDOVER_KEY);
    // Once only: reloading or coming back later shows the page as it is.
    sessionStorage.removeItem(HANDOVER_KEY);
  } catch {
    return;
  }
  const handover = readHandover(raw, `${location.pathname}${location.search}`);
  const pattern = handover && wordPattern(handover.words);
  if (!handover || !pattern) return;
  const { query } = handover;
  // The indexed text of a lesson, or the glossary's terms (indexed as records of their own).
  const marks = [...document.querySelectorAll('[data-pagefind-body], [data-search-text]')].flatMap((root) =>
    textNodesIn(root).flatMap((node) => markIn(node, pattern)),
  );
  if (marks.length === 0) return;

  const bar = document.createElement('div');
  bar.className =
    'search-highlight-bar sticky top-0 z-10 mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-[var(--color-line)] bg-[var(--color-panel)] px-3 py-2 text-sm';
  const label = document.createElement('p');
  label.textContent = `Highlighting ${marks.length} ${marks.length === 1 ? 'match' : 'matches'} for “${query}”.`;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn-quiet py-0.5 text-sm';
  button.textContent = 'Clear highlighting';
  const root = document.documentElement;
  const scrollPadding = root.style.scrollPaddingTop;
  button.addEventListener('click', () => clear(marks, bar, scrollPadding));
  bar.append(label, button);
  const main = document.getElementById('main');
  if (main) main.prepend(bar);
  else document.body.prepend(bar);

  // The bar sticks to the top of the window: keep section jumps and focused elements below it.
  root.style.scrollPaddingTop = `${bar.offsetHeight + 16}px`;
  const target = location.hash && document.getElementById(idFromHash(location.hash));
  if (target) target.scrollIntoView();
  else marks[0]?.scrollIntoView({ block: 'center' });
}

// Imported by trigger.ts only when a handover is waiting; importing it is the call.
highlightFromSearch();
