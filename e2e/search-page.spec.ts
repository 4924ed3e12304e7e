/**
 * /search/: the query and filters in the address (shareable), filters that narrow the results,
 * and a page that still helps when JavaScript is off.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PENDING, loadResults, watchShifts, watchShiftsFromLoad } from './search-helpers';

const results = (page: Page) => page.locator('search-page [data-search-results] > li');
const status = (page: Page) => page.locator('search-page').getByRole('status');

test('?q= in the address runs the search, and typing keeps the address up to date', async ({ page }) => {
  await page.goto('/search/?q=tim+cook');
  const input = page.getByRole('searchbox', { name: 'Search lessons and glossary' });
  await expect(input).toHaveValue('tim cook');
  await expect(status(page)).toHaveText(/^\d+ results? for “tim cook”$/);
  await expect(results(page).first().locator(':scope > a')).toHaveText('Tim Cook: the manager who also leads');

  await input.fill('croissants');
  await expect(status(page)).toHaveText(/for “croissants”$/);
  await expect(page).toHaveURL(/\/search\/\?q=croissants$/);
  // The address can be shared: loading it again gives the same search.
  await page.reload();
  await expect(input).toHaveValue('croissants');
  await expect(results(page).first().locator(':scope > a')).toHaveText('The second difference: risk');

  // Clearing the field shows the suggestions and a clean address.
  await input.fill('');
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('heading', { name: 'Start with a lesson' })).toBeVisible();
});

test('results load as they scroll into view, without moving anything', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const fragments: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
  });
  await page.goto('/search/?q=team');
  const list = page.locator('search-page [data-search-results]');
  await expect(results(page)).toHaveCount(10);
  await expect(results(page).first().locator(':scope > a')).toBeVisible();
  const shifts = await watchShifts(page);
  await page.waitForTimeout(500);
  const waiting = list.locator(`:scope > ${PENDING}`);
  const below = await waiting.count();
  expect(below, 'results below the fold wait until they are scrolled to').toBeGreaterThan(5);
  expect(fragments).toHaveLength(10 - below);
  for (const box of await waiting.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top)))
    expect(box).toBeGreaterThanOrEqual(720);

  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(100);
  }
  await expect(waiting).toHaveCount(0);
  expect(fragments).toHaveLength(10);
  await expect(results(page).locator(':scope > a')).toHaveCount(10);
  await expect(status(page)).toHaveText(/^\d+ results for “team”$/);
  await page.waitForTimeout(300);
  expect(await shifts(), 'layout shifts while results load').toEqual([]);
});

test('with a query in the address, the results replace the suggestions without moving the footer', async ({ page }) => {
  // Tall enough that the footer is on the first screen below the suggestions (at 1280x900 it is, by 69px).
  await page.setViewportSize({ width: 1280, height: 1024 });
  const shifts = await watchShiftsFromLoad(page);
  await page.goto('/search/?q=risk');
  await expect(results(page).first().locator(':scope > a')).toBeVisible();
  await expect(page.locator('search-page [data-search-empty]')).toBeHidden();
  await page.waitForTimeout(500);
  expect(await shifts(), 'layout shifts from the first paint').toEqual([]);
});

test('Tab reaches every result in order, each loading as focus reaches its place', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/search/?q=team');
  const list = page.locator('search-page [data-search-results]');
  await expect(results(page)).toHaveCount(10);
  const first = results(page).first().locator(':scope > a');
  await first.focus();
  const reached = [(await first.textContent()) ?? ''];
  for (let i = 0; i < 80 && reached.length < 10; i++) {
    await page.keyboard.press('Tab');
    // A place reached while loading hands focus to its result once it arrives.
    await expect(page.locator(`${PENDING}:focus`)).toHaveCount(0);
    const title = list.locator(':scope > li > a:focus');
    if ((await title.count()) === 1) reached.push((await title.textContent()) ?? '');
  }
  await expect(list.locator(`:scope > ${PENDING}`)).toHaveCount(0);
  expect(reached).toEqual(await results(page).locator(':scope > a').allTextContents());
  expect(new Set(reached).size).toBe(10);
});

test('Pagefind starts at the first focus on the form, not with the page', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefind.push(r.url());
  });
  await page.goto('/search/', { waitUntil: 'networkidle' });
  expect(pagefind, 'Pagefind fetched with the page').toEqual([]);
  const loaded = page.waitForRequest((r) => new URL(r.url()).pathname === '/pagefind/pagefind.js');
  await page.getByRole('searchbox', { name: 'Search lessons and glossary' }).focus();
  await loaded;
});

test('the part filter is in the page at once, in course order, and stays put when search starts', async ({ page }) => {
  // The real course has 5 parts; beyond 12 (partFilterInPage) they come from the index when search starts.
  const pagefind: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/filter/')) pagefind.push(r.url());
  });
  await page.goto('/search/', { waitUntil: 'networkidle' });
  const parts = page.getByRole('group', { name: 'Part of the course' });
  const labels = await parts.locator('label').allTextContents();
  expect(labels.length).toBeGreaterThan(1);
  expect(labels.map((l) => Number(/^Part (\d+):/.exec(l.trim())?.[1]))).toEqual(labels.map((_, i) => i + 1));
  await expect(parts.getByRole('checkbox')).toHaveCount(labels.length);
  const before = await parts.boundingBox();

  await page.getByRole('searchbox', { name: 'Search lessons and glossary' }).focus();
  await page.waitForLoadState('networkidle');
  await expect(parts.getByRole('checkbox')).toHaveCount(labels.length);
  expect(await parts.boundingBox(), 'the filter keeps its size').toEqual(before);
  expect(pagefind, 'no filter data fetched just to list the parts').toEqual([]);
});

test('a part box unchecked after the address chose it no longer filters', async ({ page }) => {
  await page.goto('/search/?q=risk&part=Part+2%3A+Three+differences');
  const box = page.getByRole('group', { name: 'Part of the course' }).getByLabel('Part 2: Three differences');
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect(page).not.toHaveURL(/part=/);
});

test('a part chosen in the address, without a query, is shown checked', async ({ page }) => {
  await page.goto('/search/?part=Part+2%3A+Three+differences');
  await expect(
    page.getByRole('group', { name: 'Part of the course' }).getByLabel('Part 2: Three differences'),
  ).toBeChecked();
  await expect(page).toHaveURL(/\?part=Part\+2%3A\+Three\+differences$/);
});

test('filters narrow the results and are kept in the address', async ({ page }) => {
  await page.goto('/search/?q=risk');
  await expect(status(page)).toHaveText(/results for “risk”$/);
  await loadResults(page.locator('search-page [data-search-results]'));
  const all = await results(page).count();
  const kinds = await results(page).locator(':scope > p.muted').allTextContents();
  expect(kinds.some((k) => k.includes('Lesson'))).toBe(true);
  expect(kinds.some((k) => k.includes('Case study'))).toBe(true);

  await page.getByRole('group', { name: 'Kind' }).getByLabel('Case study').check();
  await expect(page).toHaveURL(/[?&]kind=Case\+study/);
  await expect.poll(() => results(page).count()).toBeLessThan(all);
  for (const details of await results(page).locator(':scope > p.muted').allTextContents()) {
    expect(details).toContain('Case study');
  }
  const caseStudies = await results(page).count();
  expect(caseStudies).toBeGreaterThan(0);

  // Two kinds: either one matches.
  await page.getByRole('group', { name: 'Kind' }).getByLabel('Lesson').check();
  await expect.poll(() => results(page).count()).toBeGreaterThan(caseStudies);

  // Across groups both must match.
  await page.getByRole('group', { name: 'Part of the course' }).getByLabel('Part 2: Three differences').check();
  await expect(page).toHaveURL(/part=Part\+2%3A\+Three\+differences/);
  // The address changes before the new results arrive: wait until every result shown is in Part 2.
  await expect
    .poll(async () => {
      const details = await results(page).locator(':scope > p.muted').allTextContents();
      return details.length > 0 && details.every((d) => d.includes('Part 2: Three differences'));
    })
    .toBe(true);
});

test('filters in a shared address are applied and shown as checked', async ({ page }) => {
  await page.goto('/search/?q=crisis&kind=Glossary');
  await expect(page.getByRole('group', { name: 'Kind' }).getByLabel('Glossary')).toBeChecked();
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first().getByRole('link', { name: 'Crisis' })).toHaveAttribute('href', /#crisis$/);
});

test('the header button and the shortcuts go to this page’s field instead of opening the dialog', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search lessons and glossary' })).toBeFocused();
  await page.locator('main').focus();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: 'Search lessons and glossary' })).toBeFocused();
  await expect(page.getByRole('dialog')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search is a link to /search/, which explains and links to the parts instead', async ({ page }) => {
    await page.goto('/lessons/tim-cook/');
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Course outline' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Part 1. Foundations' })).toHaveAttribute(
      'href',
      '/parts/foundations/',
    );
    // Parts, not every lesson: the page does not grow with the course.
    await expect(page.locator('main li[data-lesson-id]')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Glossary', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'The glossary' })).toHaveAttribute('href', '/glossary/');
  });
});
