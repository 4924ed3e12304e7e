/**
 * Arriving from a search result: the searched words are marked, "Clear highlighting" removes
 * them, and the address never keeps the highlight parameter.
 */
import { test, expect } from './fixtures';

test('a result marks the words on the page, with a clean address and a way to clear them', async ({ page }) => {
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
});

test('only lesson text is marked, never the check and its answers', async ({ page }) => {
  // "manager" appears in the lesson body and in the check's questions and answers.
  await page.goto('/lessons/what-management-is/?highlight=manager');
  await expect(page).toHaveURL(/\/lessons\/what-management-is\/$/);
  await expect(page.locator('[data-pagefind-body] mark.search-hit').first()).toBeVisible();
  await expect(page.locator('[data-pagefind-ignore] mark.search-hit')).toHaveCount(0);
  expect(await page.locator('.lesson-check').textContent()).toMatch(/manag/i);
});

test('other parameters and the section survive; a page without matches is left alone', async ({ page }) => {
  await page.goto('/glossary/?highlight=xylophone#crisis');
  await expect(page).toHaveURL(/\/glossary\/#crisis$/);
  await expect(page.locator('mark.search-hit')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear highlighting' })).toHaveCount(0);

  await page.goto('/glossary/?highlight=appetite#risk-appetite');
  await expect(page).toHaveURL(/\/glossary\/#risk-appetite$/);
  await expect(page.locator('#risk-appetite mark.search-hit').first()).toHaveText(/appetite/i);
});
