import { test, expect } from './fixtures';
import { builtPages, lessonPages, partPages } from './site-pages';

test('home lists every lesson in course order, grouped by part', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lead & Manage');
  const links = page.locator('#outline li[data-lesson-id] > a');
  const titles = await links.allTextContents();
  expect(titles.length).toBe(lessonPages().length);
  // Each card's link starts with the lesson's number (its badge).
  const numbers = titles.map((t) => Number(/^\s*(\d+)/.exec(t)?.[1]));
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  expect(numbers[0]).toBe(1);
  await expect(page.getByRole('link', { name: /Start the course/ })).toHaveAttribute('href', /^\/lessons\//);
});

test('every lesson page has one h1, the outline with itself marked current, and a table of contents', async ({
  page,
}) => {
  for (const path of lessonPages()) {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    const outline = page.getByRole('navigation', { name: 'Course outline' });
    await expect(outline.locator('[aria-current="page"]')).toHaveAttribute('href', path);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Course');
    await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Check your understanding' })).toBeVisible();
  }
});

test('previous and next links walk the whole course in order', async ({ page }) => {
  await page.goto('/');
  const expected = await page
    .locator('#outline li[data-lesson-id] > a')
    .evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, title: a.textContent!.replace(/^\d+\.?\s*/, '').trim() })),
    );
  await page.goto(expected[0]!.href);
  await expect(page.getByRole('link', { name: /^Previous:/ })).toHaveCount(0);
  for (let i = 1; i < expected.length; i++) {
    const next = page.getByRole('link', { name: `Next: ${expected[i]!.title}` });
    await next.click();
    await expect(page).toHaveURL(expected[i]!.href);
    await expect(page.getByRole('link', { name: `Previous: ${expected[i - 1]!.title}` })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: /^Next:/ })).toHaveCount(0);
});

test('keyboard alone gets from the home page to lesson 2', async ({ page }) => {
  await page.goto('/');
  // Skip link first, then Tab to the start button and on through the outline to lesson 2.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  const lesson2 = page.locator('#outline li[data-lesson-id] > a').nth(1);
  const href = await lesson2.getAttribute('href');
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await lesson2.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(lesson2).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href!);
  await expect(page.locator('h1')).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(lessonPages()[0]!);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('an unknown address shows the 404 page, which links to every part rather than listing every lesson', async ({
  page,
  watch,
}) => {
  watch.allow(/status of 404 .*\/no-such-page\//);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const parts = await page
    .locator('main li[data-part-id] h3 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([...parts].sort()).toEqual(partPages());
  await expect(page.locator('main li[data-lesson-id]')).toHaveCount(0);
});

test('each part has its own page: breadcrumb, outline with the part marked, and all its lessons', async ({ page }) => {
  await page.goto('/');
  const onHome = await page.locator('#outline li[data-part-id]').evaluateAll((parts) =>
    parts.map((p) => ({
      href: p.querySelector('h3 a')!.getAttribute('href')!,
      lessons: [...p.querySelectorAll('li[data-lesson-id] > a')].map((a) => a.getAttribute('href')),
    })),
  );
  expect(onHome.map((p) => p.href).sort()).toEqual(partPages());
  for (const part of onHome) {
    await page.goto(part.href);
    await expect(page.locator('h1')).toHaveCount(1);
    const heading = (await page.locator('h1').textContent())!;
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Course' }),
    ).toHaveAttribute('href', '/');
    await expect(
      page.getByRole('navigation', { name: 'Course outline' }).locator('[aria-current="page"]'),
    ).toHaveAttribute('href', part.href);
    const lessons = await page
      .locator('main li[data-lesson-id] > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // The same lessons, in the same order, as the home page lists under this part.
    expect(lessons).toEqual(part.lessons);
    // Each of them leads back here from its breadcrumb.
    await page.goto(lessons[0]!);
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: heading }),
    ).toHaveAttribute('href', part.href);
  }
});

// Both builds: at the root of a domain, and under a base path as on GitHub Pages (`npm run build:course`).
for (const siteBuild of ['root', 'course'] as const) {
  test.describe(`${siteBuild === 'root' ? 'the root' : 'the /course/'} build`, () => {
    test.use({ siteBuild });

    test('every internal link, in-page anchor and asset on every page resolves', async ({ page, request, site }) => {
      test.setTimeout(120_000);
      const fetched = new Map<string, { status: number; html: string }>();
      const get = async (target: string) => {
        if (!fetched.has(target)) {
          const response = await request.get(target, { maxRedirects: 0 });
          fetched.set(target, { status: response.status(), html: await response.text() });
        }
        return fetched.get(target)!;
      };
      const pages = builtPages(site.dist);
      expect(pages.length).toBeGreaterThan(5);
      for (const sitePath of pages) {
        if (sitePath === '/404.html') continue;
        const path = site.path(sitePath);
        await page.goto(path);
        // The canonical address names the site the build is for; links to it must resolve here too.
        const siteOrigin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
        const urls = await page
          .locator(
            'a[href], link[href], script[src], img[src], form[action], meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]',
          )
          .evaluateAll((els) =>
            els.map(
              (el) =>
                el.getAttribute('href') ??
                el.getAttribute('src') ??
                el.getAttribute('action') ??
                el.getAttribute('content')!,
            ),
          );
        for (const raw of urls) {
          const where = `${raw} on ${path}`;
          const url = new URL(raw, raw.startsWith('http') ? undefined : `${site.origin}${path}`);
          if (raw.startsWith('http') && url.origin !== siteOrigin) continue; // another site (a lesson's sources)
          expect(url.pathname.startsWith(site.base), `${where} stays under ${site.base}`).toBe(true);
          const { status, html } = await get(url.pathname + url.search);
          expect(status, where).toBe(200);
          const hash = decodeURIComponent(url.hash.slice(1));
          if (hash) expect(html, `#${hash} on ${url.pathname}, linked from ${path}`).toContain(`id="${hash}"`);
        }
      }
    });
  });
}
