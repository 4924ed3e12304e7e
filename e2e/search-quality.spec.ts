/**
 * Search quality: every learner query in e2e/search-queries.ts finds its lesson in the top three,
 * through the real search page; and nothing the pages keep out of the index (the check and its
 * answer key) ever shows up in what search can return.
 */
import { test, expect } from './fixtures';
import { SEARCH_QUERIES } from './search-queries';
import { loadResults } from './search-helpers';
import { lessonPages } from './site-pages';

test.describe('learner queries find the right lesson in the top three', () => {
  for (const { query, lesson } of SEARCH_QUERIES) {
    test(`"${query}" → ${lesson}`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const status = page.locator('search-page').getByRole('status');
      await expect(status).toHaveText(/results? for/);
      await loadResults(page.locator('search-page [data-search-results]'), 3);
      const top = await page
        .locator('search-page [data-search-results] > li > a')
        .evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(top, `top three for "${query}"`).toContain(`/lessons/${lesson}/`);
    });
  }
});

/** Words only, as the index keeps them: lower case, no punctuation (so ’ and ' compare equal). */
const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const clean = (texts: string[]) => texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t.length >= 30);

test('the index holds the key takeaways but no answer key, navigation or footer', async ({ page }) => {
  // The answers, as each lesson page shows them inside its never-indexed check; and the takeaways,
  // which must be searchable (they also prove that a text in the index is found by this test).
  const answers: string[] = [];
  const takeaways: string[] = [];
  const navigation: string[] = [];
  for (const path of lessonPages()) {
    await page.goto(path);
    const found = clean(
      await page
        .locator('[data-pagefind-ignore="all"] details')
        .evaluateAll((els) => els.flatMap((el) => [...el.querySelectorAll('li, p')].map((n) => n.textContent ?? ''))),
    );
    expect(found.length, `${path} should have an answer key to check against`).toBeGreaterThan(0);
    // An order question's steps may quote the lesson word for word (its steps are what the lesson
    // teaches); such a text is in the index through the lesson, not through the check.
    const body = squash(await page.locator('.lesson-body').innerText());
    answers.push(...found.filter((text) => !body.includes(squash(text))));
    takeaways.push(...clean(await page.locator('.key-takeaways li').allTextContents()));
    navigation.push(
      ...(await page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link').allTextContents()),
    );
  }
  const footer = clean([(await page.locator('footer p').first().textContent()) ?? '']);
  expect(takeaways.length).toBeGreaterThanOrEqual(lessonPages().length * 2);
  expect(footer.length).toBe(1);

  // Everything search can show comes from these records: titles, excerpts and sections are cut from them.
  await page.goto('/search/');
  const indexed = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
    await pagefind.options({ noWorker: true });
    const all = await pagefind.search(null);
    const records = await Promise.all(all.results.map((r: { data: () => Promise<unknown> }) => r.data()));
    return records.map((r) => JSON.stringify(r));
  });
  expect(indexed.length).toBeGreaterThan(lessonPages().length - 1);
  const haystack = squash(indexed.join(' '));
  for (const takeaway of takeaways)
    expect(haystack, 'a key takeaway missing from the index').toContain(squash(takeaway));
  for (const answer of answers) expect(haystack, 'answer-key text in the search index').not.toContain(squash(answer));
  expect(haystack, 'footer text in the search index').not.toContain(squash(footer[0]!));
  expect(navigation.length).toBeGreaterThan(0);
  for (const link of navigation)
    expect(haystack, 'previous/next navigation in the search index').not.toContain(squash(link));

  // And through the UI: searching for an answer's own words shows none of it.
  const sample = answers[0]!;
  const words = squash(sample).split(' ').slice(1, 6).join(' ');
  await page.getByRole('searchbox', { name: 'Search lessons and glossary' }).fill(words);
  await expect(page.locator('search-page').getByRole('status')).toHaveText(/for “/);
  const shown = squash((await page.locator('search-page [data-search-results]').textContent()) ?? '');
  expect(shown).not.toContain(squash(sample));
});
