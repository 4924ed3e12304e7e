/**
 * Arriving from a search result: the words Pagefind matched are marked, "Clear highlighting"
 * removes them, and the search terms never reach the server (no parameter in any request).
 */
import { test, expect, arriveFromSearch } from './fixtures';

test('a result marks the words on the page, with a clean address and a way to clear them', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/lessons/what-management-is/');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('standing still');
  // Wait for the results of the whole query: earlier keystrokes' results are replaced as they come.
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/results? for “standing still”/);
  const section = page.getByRole('dialog').getByRole('link', { name: 'The risk of standing still' });
  await section.click();

  await expect(page).toHaveURL(/\/lessons\/difference-risk\/#the-risk-of-standing-still$/);
  const marks = page.locator('mark.search-hit');
  await expect(marks.first()).toBeVisible();
  for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toMatch(/^(standing|still)/);
  const bar = page.getByText(/Highlighting \d+ matches for “standing still”/);
  await expect(bar).toBeVisible();
  // The bar sticks to the top of the window; the section the result pointed to is not under it.
  const heading = page.getByRole('heading', { name: 'The risk of standing still' });
  await expect(heading).toBeInViewport();
  const [headingBox, barBox] = await Promise.all([heading.boundingBox(), bar.locator('..').boundingBox()]);
  expect(headingBox!.y).toBeGreaterThanOrEqual(barBox!.y + barBox!.height);

  await page.getByRole('button', { name: 'Clear highlighting' }).click();
  await expect(marks).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear highlighting' })).toHaveCount(0);
  await expect(page.locator('#main')).toBeFocused();
  // The text is whole again: one text node where the marks were, same words.
  await expect(page.getByRole('heading', { name: 'The risk of standing still' })).toBeVisible();
  expect(page.url()).not.toContain('highlight');
  expect(requested.filter((u) => /standing|highlight=/.test(u))).toEqual([]);
  // Once only: a reload shows the page as it is.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'The risk of standing still' })).toBeVisible();
  await expect(marks).toHaveCount(0);
});

test('only lesson text is marked, never the check and its answers', async ({ page }) => {
  // "manager" appears in the lesson body and in the check's questions and answers.
  await arriveFromSearch(page, '/lessons/what-management-is/', 'manager', ['manager', 'managers']);
  await expect(page.locator('[data-pagefind-body] mark.search-hit').first()).toBeVisible();
  await expect(page.locator('[data-pagefind-ignore] mark.search-hit')).toHaveCount(0);
  expect(await page.locator('.lesson-check').textContent()).toMatch(/manag/i);
});

test('the section survives; a page without matches or with a malformed anchor is left alone', async ({ page }) => {
  await arriveFromSearch(page, '/glossary/#crisis', 'xylophone', ['xylophone']);
  await expect(page).toHaveURL(/\/glossary\/#crisis$/);
  await expect(page.getByRole('heading', { name: 'Glossary', level: 1 })).toBeVisible();
  await expect(page.locator('mark.search-hit')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear highlighting' })).toHaveCount(0);
});

test('a marked page opened at its anchor scrolls there', async ({ page }) => {
  await arriveFromSearch(page, '/glossary/#risk-appetite', 'appetite', ['appetite']);
  await expect(page).toHaveURL(/\/glossary\/#risk-appetite$/);
  await expect(page.locator('#risk-appetite mark.search-hit').first()).toHaveText(/appetite/i);
});

for (const hash of ['#%E0%A4%A', '#%']) {
  test(`a malformed anchor (${hash}) does not break the highlighter`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await arriveFromSearch(page, `/glossary/${hash}`, 'appetite', ['appetite']);
    await expect(page.locator('mark.search-hit').first()).toHaveText(/appetite/i);
    expect(errors).toEqual([]);
  });
}
