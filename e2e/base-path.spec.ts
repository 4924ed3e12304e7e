/**
 * The site built under a base path, as on GitHub Pages (`npm run build:course` → dist-course/,
 * served at /course/): search finds lessons and its results open, the check can be passed and is
 * remembered, and nothing leads outside /course/. The link check over every page of this build is
 * in navigation.spec.ts; the fixture fails any test with a CSP violation or console error here too.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { answerAll, checkButton, graded, readCheck, status, upgraded } from './check-helpers';

test.use({ siteBuild: 'course' });
// The first search loads Pagefind and compiles its WebAssembly: allow for a busy 2-core machine.
test.describe.configure({ timeout: 60_000 });
const FIRST_RESULTS = { timeout: 15_000 };

const LESSON_ID = 'what-management-is';

/** Every internal link on the page points under /course/. */
async function expectLinksUnderBase(page: Page) {
  const hrefs = await page
    .locator('a[href^="/"], link[href^="/"], script[src^="/"], form[action^="/"]')
    .evaluateAll((els) =>
      els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!),
    );
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((h) => !h.startsWith('/course/'))).toEqual([]);
}

test('search from the header finds a lesson, and the result opens under /course/ with the words marked', async ({
  page,
  site,
}) => {
  await page.goto(site.path(`/lessons/${LESSON_ID}/`));
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('standing still');
  await expect(dialog.getByRole('status')).toHaveText(/results? for “standing still”/, FIRST_RESULTS);
  const results = dialog.locator('[data-search-results] a[href]');
  for (const href of await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect(href).toMatch(/^\/course\/lessons\/[a-z-]+\/(\?highlight=[^#]+)?(#[a-z-]+)?$/);
  }
  await dialog.getByRole('link', { name: 'The risk of standing still' }).click();
  await expect(page).toHaveURL(`${site.origin}/course/lessons/difference-risk/#the-risk-of-standing-still`);
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  await expectLinksUnderBase(page);
});

test('the search page’s results open under /course/', async ({ page, site }) => {
  await page.goto(site.path('/search/?q=risk'));
  const list = page.locator('[data-search-results]');
  await expect(list.locator('> li').first()).toBeVisible(FIRST_RESULTS);
  const first = list.locator('> li > a').first();
  const href = (await first.getAttribute('href'))!;
  expect(href).toMatch(/^\/course\//);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`^${site.origin}/course/(lessons|glossary)/`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a check can be passed under /course/ and the home page marks the lesson complete', async ({ page, site }) => {
  await page.goto(site.path(`/lessons/${LESSON_ID}/`));
  // The check's code loads from under /course/ when the check comes near the screen.
  await upgraded(page);
  // The right answers, from each question's own answer key (the "Show answer" lists).
  const key = await readCheck(page);
  await answerAll(page, key);
  await checkButton(page).click();
  const count = graded(key).length;
  await expect(status(page)).toContainText(`You scored ${count} of ${count}.`);

  await page.goto(site.path('/'));
  await expect(page.locator(`li[data-lesson-id="${LESSON_ID}"] .lesson-status`)).toHaveText(/^Passed, \d+ of \d+$/);
  await expectLinksUnderBase(page);
});

test('an unknown address under /course/ gets the 404 page with links under /course/', async ({ page, site, watch }) => {
  watch.allow(/status of 404/);
  const response = await page.goto(site.path('/no-such-page/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expectLinksUnderBase(page);
});

test('without JavaScript the search control leads to /course/search/', async ({ browser, site }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: site.origin });
  const page = await context.newPage();
  await page.goto(site.path('/'));
  await page.getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(`${site.origin}/course/search/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await context.close();
});
