/**
 * Result lists for the dialog and the search page, built as DOM nodes (never innerHTML: excerpts
 * are page text), and the arrow-key movement both share. Every result and section is a real link,
 * so Enter, middle-click and screen-reader link lists all behave as usual; Up/Down move focus.
 */
import type { ExcerptPart } from '../../lib/search/excerpt';
import { resultDetails, type ResultView } from '../../lib/search/results';
import { NAV_ATTR_NAME as NAV_ATTR } from './nav-attr';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptNode(parts: readonly ExcerptPart[], id: string, className: string): HTMLParagraphElement {
  const p = el('p', className);
  p.id = id;
  for (const part of parts) p.append(part.marked ? el('mark', '', part.text) : document.createTextNode(part.text));
  return p;
}

let counter = 0;

/** Marks the place of a result still loading. */
export const PENDING_ATTR = 'data-search-pending';

/** One result: its title link, details, excerpt and best sections. */
export function resultItem(view: ResultView): HTMLLIElement {
  const id = `sr-${++counter}`;
  const li = el('li', 'search-result rounded-lg border border-[var(--color-line)] p-3');
  const link = el('a', 'block text-lg font-semibold', view.title);
  link.href = view.url;
  link.setAttribute(NAV_ATTR, '');
  const described: string[] = [];
  const details = resultDetails(view);
  if (details) {
    const p = el('p', 'muted text-sm', details);
    p.id = `${id}-d`;
    described.push(p.id);
    li.append(link, p);
  } else {
    li.append(link);
  }
  if (view.excerpt.length > 0) {
    li.append(excerptNode(view.excerpt, `${id}-e`, 'search-excerpt mt-1 text-sm'));
    described.push(`${id}-e`);
  }
  link.setAttribute('aria-describedby', described.join(' '));
  if (view.sections.length > 0) {
    const list = el('ul', 'mt-2 space-y-2 border-l-2 border-[var(--color-line)] pl-3');
    list.setAttribute('aria-label', `Sections of ${view.title}`);
    view.sections.forEach((section, i) => {
      const item = el('li', '');
      const a = el('a', 'font-medium', section.title);
      a.href = section.url;
      a.setAttribute(NAV_ATTR, '');
      item.append(a);
      if (section.excerpt.length > 0) {
        const ex = excerptNode(section.excerpt, `${id}-s${i}`, 'search-excerpt text-sm');
        a.setAttribute('aria-describedby', ex.id);
        item.append(ex);
      }
      list.append(item);
    });
    li.append(list);
  }
  return li;
}

/**
 * The place of a result whose data has not been asked for or has not arrived: it paints nothing
 * (an empty box moving is no layout shift; the result then takes its place), holds about a
 * result's height so that what is in view can be told, and is in the arrow-key and Tab path so
 * that the keyboard reaches it (reaching it loads it).
 */
export function placeholderItem(position: number, height: string): HTMLLIElement {
  const li = el('li', '');
  li.setAttribute(PENDING_ATTR, '');
  li.style.minHeight = height;
  li.tabIndex = 0;
  li.setAttribute(NAV_ATTR, '');
  li.setAttribute('aria-label', `Result ${position}, loading`);
  return li;
}

/**
 * Up/Down from the search field into the links below it and back. Returns true when the key was
 * handled, so the caller can preventDefault (the arrows would otherwise scroll the list).
 */
export function moveThroughResults(e: KeyboardEvent, input: HTMLInputElement, area: HTMLElement): boolean {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return false;
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return false;
  // Links, and the places of results still loading (render-results' placeholders).
  const links = [...area.querySelectorAll<HTMLElement>(`[${NAV_ATTR}]`)].filter((a) => a.offsetParent !== null);
  if (links.length === 0) return false;
  const at = links.indexOf(document.activeElement as HTMLElement);
  if (e.key === 'ArrowDown') {
    // From the field (or anywhere else) Down goes to the first result; at the last one it stays.
    (links[at + 1] ?? links[at] ?? links[0])!.focus();
  } else if (at <= 0) {
    input.focus();
  } else {
    links[at - 1]!.focus();
  }
  return true;
}

/**
 * Typing while a result has focus goes back to the search field, so the query can be refined;
 * the key then lands in the field. True when focus moved.
 */
export function returnTypingToInput(e: KeyboardEvent, input: HTMLInputElement): boolean {
  if (document.activeElement === input || e.ctrlKey || e.metaKey || e.altKey) return false;
  if (e.key.length !== 1 && e.key !== 'Backspace') return false;
  input.focus();
  return true;
}
