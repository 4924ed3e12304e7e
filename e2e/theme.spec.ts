import { test, expect } from './fixtures';

test('the theme choice applies at once, persists across reload, and is set before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/\bdark\b/);
  const select = page.getByLabel('Theme');
  await expect(select).toHaveValue('system');

  await select.selectOption('dark');
  await expect(html).toHaveClass(/\bdark\b/);

  // Record the theme at the moment the first visible element (the skip link) is parsed:
  // the class must already be set then, so no frame can be painted in the wrong theme.
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.querySelector('a')) {
        (window as unknown as { __firstBodyDark?: boolean }).__firstBodyDark =
          document.documentElement.classList.contains('dark');
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(html).toHaveClass(/\bdark\b/);
  expect(await page.evaluate(() => (window as unknown as { __firstBodyDark?: boolean }).__firstBodyDark)).toBe(true);
  // And the script really runs before anything visible: it is the first element of <body>.
  expect(await page.evaluate(() => document.body.firstElementChild?.tagName)).toBe('SCRIPT');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).not.toBe('rgb(255, 255, 255)');

  await page.getByLabel('Theme').selectOption('light');
  await page.reload();
  await expect(html).not.toHaveClass(/\bdark\b/);
});

test('"System" follows the operating system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
});

test('without JavaScript the page still reads and the theme control is not shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByLabel('Theme')).toBeHidden();
  await context.close();
});
