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

/**
 * Records layout shifts from now on, except those right after a key or click (as CLS counts
 * them; scrolling is no excuse); returns a function that reads them.
 */
export async function watchShifts(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __shifts: number[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.__shifts.push(e.value);
    }).observe({ type: 'layout-shift' });
  });
  return () => page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
}
