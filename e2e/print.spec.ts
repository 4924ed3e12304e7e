import { test, expect } from './fixtures';
import { lessonPages } from './site-pages';

test('a lesson prints without navigation and with link addresses shown', async ({ page }) => {
  await page.goto(lessonPages()[0]!);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Course outline' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Previous and next lesson' })).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  const link = page.locator('.lesson-body a[href]').first();
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(await link.getAttribute('href'));
});
