/** axe (WCAG 2.2 AA) on the open search dialog with results, and on /search/ with results, in both themes. */
import { test, expect, arriveFromSearch, axeViolations, gotoWithTheme } from './fixtures';

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the open search dialog with results (${theme})`, async ({ page }) => {
    await gotoWithTheme(page, '/lessons/difference-risk/', theme);
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('risk');
    await expect(page.getByRole('dialog').locator('[data-search-results] mark').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`axe: the open search dialog with suggestions (${theme})`, async ({ page }) => {
    await gotoWithTheme(page, '/glossary/', theme);
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog').getByRole('heading', { name: 'Start with a lesson' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`axe: /search/ with results and a filter (${theme})`, async ({ page }) => {
    await gotoWithTheme(page, '/search/?q=crisis&kind=Lesson', theme);
    await expect(page.locator('search-page [data-search-results] mark').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`axe: a lesson with highlighted words (${theme})`, async ({ page }) => {
    await gotoWithTheme(page, '/', theme);
    await arriveFromSearch(page, '/lessons/tim-cook/', 'apple', ['Apple', 'apple']);
    await expect(page.getByRole('button', { name: 'Clear highlighting' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
