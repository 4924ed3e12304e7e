/**
 * Search results load as their places come into view (src/lib/search/result-slots.ts): tests
 * that read results beyond the first screen bring them into view first, as a learner scrolling would.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The places still waiting for their result's data. */
export const PENDING = '[data-search-pending]';

/**
 * Scrolls each of the first `count` places of a result list (all when absent) into view and
 * waits until each holds its result.
 */
export async function loadResults(list: Locator, count?: number): Promise<void> {
  const places = list.locator(':scope > li');
  const n = Math.min(count ?? Infinity, await places.count());
  for (let i = 0; i < n; i++) {
    await places.nth(i).scrollIntoViewIfNeeded();
    await expect(places.nth(i)).not.toHaveAttribute('data-search-pending');
  }
}

/** A layout shift: its score and the elements it moved (tag, id and first classes, as in a selector). */
export interface Shift {
  value: number;
  moved: string[];
}

/**
 * In the page: records layout shifts into `window.__shifts`, except those right after a key or
 * click (as CLS counts them; scrolling is no excuse) and those that move only the header: on some
 * loads Chromium moves its right-hand controls by a fraction of a pixel (about 0.00004), with every
 * script blocked too (check.spec.ts, issue 12). `buffered`: with those before it was called.
 */
function recordShifts(buffered: boolean): void {
  const w = window as unknown as { __shifts: Shift[] };
  w.__shifts = [];
  const name = (node: Node | null) => {
    const el = node instanceof Element ? node : node?.parentElement;
    if (!el) return '(not exposed)';
    const classes = [...el.classList].slice(0, 3).map((c) => `.${c}`);
    return `${el.localName}${el.id ? `#${el.id}` : ''}${classes.join('')}`;
  };
  const inHeader = (node: Node | null) =>
    !!node && !!(node instanceof Element ? node : node.parentElement)?.closest('.site-header');
  new PerformanceObserver((list) => {
    type Entry = { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] };
    for (const e of list.getEntries() as unknown as Entry[]) {
      if (e.hadRecentInput) continue;
      // A source Chromium does not expose (no node) goes with the header's when it moves with it.
      if (e.sources.some((s) => inHeader(s.node)) && e.sources.every((s) => !s.node || inHeader(s.node))) continue;
      w.__shifts.push({ value: e.value, moved: e.sources.map((s) => name(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered });
}

const readShifts = (page: Page) => () => page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);

/** Records layout shifts from now on (see recordShifts); returns a function that reads them. */
export async function watchShifts(page: Page): Promise<() => Promise<Shift[]>> {
  await page.evaluate(recordShifts, false);
  return readShifts(page);
}

/** Records layout shifts from the first paint of every page opened after this call (see recordShifts). */
export async function watchShiftsFromLoad(page: Page): Promise<() => Promise<Shift[]>> {
  await page.addInitScript(recordShifts, true);
  return readShifts(page);
}
