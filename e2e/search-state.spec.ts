/**
 * What search shows is always true: a failure replaces old results with a message and a retry,
 * the count is announced from the first search, keys and clicks never act on a stale query,
 * and a misspelt query is corrected from the course's own words.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { loadResults } from './search-helpers';

const LESSON = '/lessons/what-management-is/';

function dialog(page: Page) {
  return page.getByRole('dialog', { name: 'Search the course' });
}
async function openSearch(page: Page) {
  await page.keyboard.press('Control+k');
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
}
const pageResults = (page: Page) => page.locator('search-page [data-search-results] > li > a');

test('a failed search clears the old results and count, says what to do, and retries', async ({ page, watch }) => {
  // The blocked requests are reported by the browser itself; the page must not add its own errors.
  watch.allow(/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/);
  await page.goto('/search/?q=tim+cook');
  const status = page.locator('search-page').getByRole('status');
  await expect(status).toHaveText(/results? for “tim cook”/);
  await expect(pageResults(page).first()).toBeVisible();

  await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
  await page.getByRole('searchbox', { name: 'Search lessons and glossary' }).fill('emotional intelligence');
  const alert = page.locator('search-page').getByRole('alert');
  await expect(alert).toContainText('Search could not load its results. Check your connection, then try again.');
  await expect(alert).not.toContainText('Failed to fetch');
  await expect(pageResults(page)).toHaveCount(0);
  await expect(status).toHaveText('');

  await page.unroute('**/pagefind/**');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(status).toHaveText(/results? for “emotional intelligence”/);
  await expect(alert).toBeHidden();
  await expect(pageResults(page).first()).toBeVisible();
});

test('the count region is in the accessibility tree before the first search', async ({ page }) => {
  await page.goto(LESSON);
  await openSearch(page);
  const status = dialog(page).getByRole('status');
  await expect(status).toHaveCount(1);
  await expect(status).toHaveText('');
  await page.goto('/search/');
  await expect(page.locator('search-page').getByRole('status')).toHaveCount(1);
});

test('dragging a selection out of the dialog does not close it; a click on the backdrop does', async ({ page }) => {
  await page.goto(LESSON);
  await openSearch(page);
  const input = dialog(page).getByRole('searchbox');
  await input.fill('selecting some words');
  const box = (await input.boundingBox())!;
  await page.mouse.move(box.x + box.width - 5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(5, 5, { steps: 5 });
  await page.mouse.up();
  await expect(dialog(page)).toBeVisible();
  await page.mouse.click(5, 5);
  await expect(dialog(page)).toBeHidden();
});

test('Enter right after typing opens the new query’s result, not the previous one’s', async ({ page }) => {
  await page.goto(LESSON);
  await openSearch(page);
  await page.keyboard.type('risk');
  await expect(dialog(page).getByRole('status')).toHaveText(/for “risk”/);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('tim cook');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lessons\/tim-cook\/$/);
});

test('"/" while a result has focus goes to the field with the character', async ({ page }) => {
  await page.goto(LESSON);
  await openSearch(page);
  await page.keyboard.type('risk');
  await expect(dialog(page).getByRole('status')).toHaveText(/for “risk”/);
  await page.keyboard.press('ArrowDown');
  await expect(dialog(page).locator('[data-search-results] a').first()).toBeFocused();
  await page.keyboard.press('/');
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  await expect(dialog(page).getByRole('searchbox')).toHaveValue('risk/');
});

test('"Show more" ignores a second click while loading and never repeats a result', async ({ page }) => {
  await page.goto('/search/?q=team');
  const list = page.locator('search-page [data-search-results]');
  await expect(list.locator(':scope > li')).toHaveCount(10);
  const more = page.getByRole('button', { name: 'Show more results' });
  await more.evaluate((b) => {
    (b as HTMLButtonElement).click();
    (b as HTMLButtonElement).click();
  });
  await expect(more).toBeHidden();
  await loadResults(list);
  const hrefs = await pageResults(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(10);
  expect(new Set(hrefs).size).toBe(hrefs.length);
});

test('a misspelt query offers its correction, or shows it when clearly better', async ({ page }) => {
  await page.goto('/search/?q=micromanagment');
  const correction = page.locator('search-page [data-search-correction]');
  await expect(correction).toHaveText('Did you mean micromanagement?');
  await correction.getByRole('link', { name: 'micromanagement' }).click();
  await expect(page.locator('search-page').getByRole('status')).toHaveText(/for “micromanagement”/);
  await expect(page.getByRole('searchbox', { name: 'Search lessons and glossary' })).toHaveValue('micromanagement');
  await expect(page).toHaveURL(/\?q=micromanagement$/);

  await page.goto('/search/?q=leadrship');
  await expect(correction).toHaveText('Showing results for leadership; search instead for “leadrship”');
  await expect(pageResults(page).first()).toHaveText('What leadership is');
  await correction.getByRole('link', { name: 'search instead for “leadrship”' }).click();
  await expect(page.locator('search-page').getByRole('status')).toHaveText(/for “leadrship”/);
  await expect(correction).toHaveText('');
});
