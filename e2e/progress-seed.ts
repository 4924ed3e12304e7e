/**
 * Saved progress for the specs that start from a learner's history (journey, progress page,
 * certificate): dates on fixed days, passes on a list of checks, and storage seeded before the
 * page's scripts run.
 */
import type { Page } from '@playwright/test';

/** Noon UTC on the given day of May 2025: fixed dates, so the pages' date lines are predictable. */
export const may2025 = (day: number) => new Date(Date.UTC(2025, 4, day, 12)).toISOString();

/** Progress (version 4) with a pass on each check in `ids`, on consecutive days from 1 May 2025. */
export function passedProgress(
  ids: string[],
  { score = 7, total = 7, extra = {} }: { score?: number; total?: number; extra?: Record<string, unknown> } = {},
) {
  const lessons: Record<string, unknown> = { ...extra };
  ids.forEach((id, i) => {
    const attempt = { score, total, at: may2025(i + 1) };
    lessons[id] = { best: attempt, latest: attempt };
  });
  return { version: 4, lessons };
}

/** Puts each entry of `state` (as JSON) in localStorage on the test's first load only: reloads keep what the page did. */
export async function seedOnce(page: Page, state: Record<string, unknown>): Promise<void> {
  await page.addInitScript(
    (entries) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      for (const [k, v] of entries) localStorage.setItem(k, v);
    },
    Object.entries(state).map(([k, v]) => [k, JSON.stringify(v)] as [string, string]),
  );
}
