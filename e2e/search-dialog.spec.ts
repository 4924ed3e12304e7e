/**
 * The search dialog from the header: keyboard first (shortcuts, arrows, Enter, Escape), results
 * as you type with excerpts and sections, a polite count, and nothing loaded before it is used.
 */
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';
import { PENDING, watchShifts } from './search-helpers';

const LESSON = '/lessons/what-management-is/';

function dialog(page: Page) {
  return page.getByRole('dialog', { name: 'Search the course' });
}
function resultLinks(page: Page) {
  return dialog(page).locator('[data-search-results] > li > a');
}
/** Opens search with the shortcut and waits for the field, so no typed key is lost while it loads. */
async function openSearch(page: Page, keys = 'Control+k') {
  await page.keyboard.press(keys);
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
}

test('keyboard only: Ctrl+K opens, typing searches, arrows move, Enter opens, Escape returns focus', async ({
  page,
}) => {
  await page.goto(LESSON);
  // Put focus somewhere in the page the way a keyboard user would.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const before = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    el.dataset.focusedBefore = 'yes';
    return el.tagName;
  });
  expect(before).not.toBe('BODY');

  await openSearch(page);
  const input = dialog(page).getByRole('searchbox', { name: 'Search lessons and glossary' });

  await page.keyboard.type('risk');
  await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results for “risk”$/);
  const links = dialog(page).locator('a[data-search-nav]:visible');
  expect(await links.count()).toBeGreaterThan(2);

  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();

  // Typing while a result has focus refines the query.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('s');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('risks');

  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('[data-focused-before="yes"]')).toBeFocused();

  // Opening again keeps the last search; Enter on a result follows it.
  await openSearch(page);
  await expect(input).toHaveValue('risks');
  await expect(dialog(page).getByRole('status')).toHaveText(/results for “risks”$/);
  await page.keyboard.press('ArrowDown');
  const href = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new URL(href!.replace(/\?.*$/, ''), page.url()).href);
});

test('the dialog is built on first use, and keys typed while its code loads are kept', async ({ page }) => {
  await page.goto(LESSON);
  // The closed dialog is not in the page: its markup comes with its code.
  await expect(page.locator('search-dialog, dialog')).toHaveCount(0);
  // Hold the dialog's code back, as a slow connection would.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/searchDialog\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });

  // Escape while it loads: the learner changed their mind, so nothing opens.
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Escape');
  // Then open again and type at once, before the dialog exists.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('risk');
  await expect(dialog(page)).toHaveCount(0);
  release();
  const input = dialog(page).getByRole('searchbox');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('risk');
  await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results for “risk”$/);
  await expect(dialog(page)).toHaveCount(1);
});

test('"/" and Cmd+K open search too, but not while typing in a field', async ({ page }) => {
  await page.goto(LESSON);
  await page.getByLabel('Theme').focus();
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeHidden();

  await page.locator('main').focus();
  await openSearch(page, '/');
  // Inside the search field "/" is just a character.
  await page.keyboard.type('a/b');
  await expect(dialog(page).getByRole('searchbox')).toHaveValue('a/b');
  await page.keyboard.press('Escape');

  await expect(dialog(page)).toBeHidden();
  await openSearch(page, 'Meta+k');
});

test('the header control is a button that opens the dialog, and Close closes it', async ({ page }) => {
  await page.goto(LESSON);
  const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
  await expect(button).toHaveAttribute('aria-haspopup', 'dialog');
  await button.click();
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
});

test('results show title, part, an excerpt with the words marked, and links to matching sections', async ({ page }) => {
  await page.goto(LESSON);
  await openSearch(page);
  await page.keyboard.type('standing still');
  const first = dialog(page).locator('[data-search-results] > li').first();
  await expect(first.locator(':scope > a')).toHaveText('The second difference: risk');
  await expect(first).toContainText('Part 2: Three differences · Lesson');
  await expect(first.locator('mark').first()).toHaveText(/^(standing|still)$/i);
  const section = first.getByRole('link', { name: 'The risk of standing still' });
  await expect(section).toHaveAttribute('href', '/lessons/difference-risk/#the-risk-of-standing-still');
  // Each glossary term is a result of its own, linking to its anchor, after the lesson that teaches it.
  await dialog(page).getByRole('searchbox').fill('risk appetite');
  await expect(resultLinks(page).first()).toHaveText('The second difference: risk');
  const term = dialog(page)
    .locator('[data-search-results] > li')
    .filter({ has: page.getByRole('link', { name: 'Risk appetite', exact: true }) });
  await expect(term).toHaveCount(1);
  await expect(term).toContainText('Glossary');
  await expect(term.locator(':scope > a')).toHaveAttribute('href', /\/glossary\/#risk-appetite$/);
  await expect(term.locator('ul')).toHaveCount(0);
});

test('the live region says only how many results there are', async ({ page }) => {
  await page.goto(LESSON);
  await openSearch(page);
  await page.keyboard.type('tim cook');
  const status = dialog(page).getByRole('status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText(/^\d+ results? for “tim cook”$/);
  await expect(resultLinks(page).first()).toBeVisible();
  const titles = await resultLinks(page).allTextContents();
  for (const title of titles) expect(await status.textContent()).not.toContain(title);
});

test('with nothing typed, or nothing found, it suggests lessons and glossary terms', async ({ page }) => {
  await page.goto(LESSON);
  await openSearch(page);
  const suggestions = dialog(page).locator('[data-search-empty]');
  await expect(suggestions.getByRole('heading', { name: 'Start with a lesson' })).toBeVisible();
  await expect(suggestions.getByRole('link', { name: 'What management is' })).toBeVisible();
  await expect(suggestions.locator('a[href^="/glossary/#"]').first()).toBeVisible();
  // The suggestions are part of the arrow-key path too.
  await page.keyboard.press('ArrowDown');
  await expect(suggestions.locator('a').first()).toBeFocused();

  await dialog(page).getByRole('searchbox').fill('xylophone');
  await expect(dialog(page).getByRole('status')).toHaveText('No results for “xylophone”');
  await expect(suggestions).toBeVisible();
  await expect(resultLinks(page)).toHaveCount(0);
});

test('a lesson page loads no search code or index until search is opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(LESSON, { waitUntil: 'networkidle' });
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  expect(requested.filter((p) => /searchDialog|render-results|highlightPage/.test(p))).toEqual([]);

  await openSearch(page);
  await page.keyboard.type('crisis');
  await expect(resultLinks(page).first()).toBeVisible();
  expect(requested).toContain('/pagefind/pagefind.js');
  // Without the worker Pagefind would fetch a second copy of its runtime.
  expect(requested).not.toContain('/pagefind/pagefind-worker.js');
});

test("opening search starts Pagefind's files at once, from the build's list, and fetches each once", async ({
  page,
}) => {
  await page.goto(LESSON, { waitUntil: 'networkidle' });
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  // The keys go in while the dialog's code loads (kept by the trigger): a cold first search.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('risk');
  await expect(resultLinks(page).first()).toBeVisible();

  const { pagefind } = (await (await page.request.get('/search/suggestions.json')).json()) as {
    pagefind: Record<string, { meta: string; wasm: string; filter: string; index: string[][] }>;
  };
  const files = pagefind.en!;
  // Preloaded by the dialog (rather than found one after another by Pagefind)...
  const preloads = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=fetch]')].map((l) => new URL(l.href).pathname),
  );
  const riskChunk = files.index.find(([from, to]) => from! <= 'ris' && `${to}\uffff` >= 'ris')![2]!;
  expect(preloads).toEqual(
    expect.arrayContaining([
      '/search/suggestions.json',
      ...[files.meta, files.wasm, files.filter, riskChunk].map((f) => `/pagefind/${f}`),
    ]),
  );
  // ...and each of them requested once: Pagefind's own fetch() took the preloaded response.
  const pagefindRequests = requested.filter((p) => p.startsWith('/pagefind/') || p === '/search/suggestions.json');
  expect(pagefindRequests.length, pagefindRequests.join(', ')).toBe(new Set(pagefindRequests).size);
  expect(pagefindRequests).toEqual(expect.arrayContaining(preloads));
});

/** Each place of the dialog's result list: whether any of it is in the visible area, and whether it waits for its data. */
function places(page: Page) {
  return page.evaluate((pending) => {
    const list = document.querySelector('dialog [data-search-results]')!;
    const bottom = list.parentElement!.getBoundingClientRect().bottom;
    return [...list.children].map((li) => ({
      inView: li.getBoundingClientRect().top < bottom,
      pending: li.matches(pending),
    }));
  }, PENDING);
}

test('only the results in view load; the others load as they scroll into view, and nothing moves', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(LESSON);
  const fragments: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
  });
  await openSearch(page);
  await page.keyboard.type('risk');
  const items = dialog(page).locator('[data-search-results] > li');
  await expect(items).toHaveCount(5);
  await expect(resultLinks(page).first()).toBeVisible();
  const shifts = await watchShifts(page);

  await expect.poll(async () => (await places(page)).filter((p) => p.inView && p.pending)).toEqual([]);
  await page.waitForTimeout(500);
  const before = await places(page);
  const waiting = before.filter((p) => p.pending).length;
  expect(waiting, 'results below the fold wait until they are scrolled to').toBeGreaterThan(0);
  expect(before.filter((p) => p.pending && p.inView)).toEqual([]);
  expect(fragments, 'one fragment for each result shown, none for those below the fold').toHaveLength(5 - waiting);
  await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results for “risk”$/);

  await resultLinks(page).first().hover();
  await page.mouse.wheel(0, 3000);
  await expect(dialog(page).locator(PENDING)).toHaveCount(0);
  expect(fragments).toHaveLength(5);
  await expect(resultLinks(page)).toHaveCount(5);
  await expect(items.locator(':scope > p.muted')).toHaveCount(5);
  await expect(dialog(page).getByRole('link', { name: /^See all \d+ results, with filters$/ })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await shifts(), 'layout shifts while results load').toEqual([]);
});

test('nothing that arrives after the keys moves the hints line: not the suggestions, not the first results', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(LESSON);
  // The data comes well after the last key, as on a slow connection: a shift it causes then counts.
  const slow = (ms: number) => async (route: Route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  };
  await page.route(/\/pagefind\/fragment\//, slow(700));
  await page.route(/\/search\/suggestions\.json$/, slow(1500));
  await openSearch(page);
  const shifts = await watchShifts(page);
  await expect(dialog(page).getByRole('heading', { name: 'Start with a lesson' })).toBeVisible();
  await page.waitForTimeout(600);
  await page.keyboard.type('risk');
  await expect(resultLinks(page).first()).toBeVisible();
  await expect.poll(async () => (await places(page)).filter((p) => p.inView && p.pending)).toEqual([]);
  await page.waitForTimeout(300);
  expect(await shifts(), 'layout shifts as the suggestions and the results came').toEqual([]);
  // The hints are at the dialog's foot (within its border), where they were while the results loaded.
  const hints = (await dialog(page).locator('#search-dialog-keys').boundingBox())!;
  const box = (await dialog(page).boundingBox())!;
  expect(box.y + box.height - (hints.y + hints.height)).toBeLessThanOrEqual(2);
});

test('the arrow keys reach every result: a place still loading loads when reached and hands focus to its result', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(LESSON);
  await openSearch(page);
  await page.keyboard.type('tim cook');
  const items = dialog(page).locator('[data-search-results] > li');
  await expect(items).toHaveCount(5);
  await expect(resultLinks(page).first()).toBeVisible();
  await expect(dialog(page).locator(PENDING)).not.toHaveCount(0);

  const reached: string[] = [];
  for (let i = 0; i < 40 && reached.length < 5; i++) {
    await page.keyboard.press('ArrowDown');
    // Focus is never left on an empty place: the result that arrives takes it.
    await expect(dialog(page).locator('a:focus')).toHaveCount(1);
    const title = dialog(page).locator('[data-search-results] > li > a:focus');
    if ((await title.count()) === 1) reached.push((await title.textContent()) ?? '');
  }
  await expect(dialog(page).locator(PENDING)).toHaveCount(0);
  expect(reached).toEqual(await resultLinks(page).allTextContents());
  expect(new Set(reached).size).toBe(5);
});
