import { test, expect, axeViolations, gotoWithTheme } from './fixtures';
import { builtPages } from './site-pages';

// One test per page and theme, so a failure names the page and they run in parallel.
for (const path of builtPages()) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: no WCAG 2.2 AA violations on ${path} (${theme})`, async ({ page, watch }) => {
      // axe's full rule set takes seconds on a long page (the final check: 19 questions), several
      // times that on a busy 2-core machine; the default 30 s left no margin there.
      test.slow();
      if (path === '/404.html') watch.allow(/status of 404/);
      await gotoWithTheme(page, path, theme);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('every page fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of builtPages()) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
