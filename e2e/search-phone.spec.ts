/**
 * Search on a phone (390 px): the dialog fills the screen without keyboard hints, and /search/
 * keeps its filters behind a "Filters" button so the first results are on the first screen.
 * axe in both themes on each.
 */
import { test, expect, axeViolations, gotoWithTheme } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test('the dialog fills the screen and shows no keyboard hints; from 40rem it is a centred panel with them', async ({
  page,
}) => {
  await page.goto('/lessons/difference-risk/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('risk');
  await expect(dialog.locator('[data-search-results] mark').first()).toBeVisible();
  expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
  await expect(dialog.getByText(/Up and Down arrows/)).toBeHidden();
  await expect(dialog.getByRole('searchbox')).not.toHaveAttribute('aria-describedby');

  // A wider window (a tablet turned, a resized desktop window) gets the panel and its hints back.
  await page.setViewportSize({ width: 1024, height: 800 });
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThan(0);
  expect(box.y).toBeGreaterThan(0);
  await expect(dialog.getByText(/Up and Down arrows/)).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toHaveAccessibleDescription(/Up and Down arrows/);
});

test('/search/ on a phone: filters behind a "Filters" button, the first result on the first screen', async ({
  page,
}) => {
  await page.goto('/search/?q=crisis');
  const filters = page.locator('summary', { hasText: 'Filters' });
  await expect(filters).toBeVisible();
  await expect(page.getByRole('group', { name: 'Kind' })).toBeHidden();
  const first = page.locator('search-page [data-search-results] > li').first();
  await expect(first).toBeVisible();
  expect((await first.boundingBox())!.y).toBeLessThan(844 - 60);
  // A tap target of at least 44 px.
  expect((await filters.boundingBox())!.height).toBeGreaterThanOrEqual(44);

  await filters.click();
  await page.getByRole('group', { name: 'Kind' }).getByLabel('Case study').check();
  await expect(page).toHaveURL(/kind=Case\+study/);
  // Chosen filters in the address are shown on arrival, not hidden behind the button.
  await page.reload();
  await expect(page.getByRole('group', { name: 'Kind' }).getByLabel('Case study')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Kind' })).toBeVisible();
});

test('/search/ on a wide screen shows the filters without a button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/search/?q=crisis');
  await expect(page.getByRole('group', { name: 'Kind' })).toBeVisible();
  await expect(page.locator('summary', { hasText: 'Filters' })).toBeHidden();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe at 390 px: the full-screen dialog with results, and /search/ with results (${theme})`, async ({ page }) => {
    await gotoWithTheme(page, '/lessons/difference-risk/', theme);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.keyboard.type('crisis');
    await expect(page.getByRole('dialog').locator('[data-search-results] mark').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await gotoWithTheme(page, '/search/?q=crisis', theme);
    await expect(page.locator('search-page [data-search-results] mark').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
