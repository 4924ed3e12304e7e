/**
 * The look and feel's behaviour (issue 12): the header in one row with the current section marked,
 * tap targets of at least 44 px on a phone, the disclosures, "On this page" with its current
 * section and unique anchors, check marks that never wrap at 320 px, and axe with the phone menu open.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, axeViolations, gotoWithTheme, type Theme } from './fixtures';
import { answerAll, builtHtml, readCheck, twoWrong, checkButton, upgraded, richestLesson } from './check-helpers';
import { lessonPages } from './site-pages';

const PHONE = { width: 390, height: 844 };

test('the header is one row on a phone, and marks the section the page belongs to', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const lesson = lessonPages()[0]!;
  await page.goto(lesson);
  const banner = page.getByRole('banner');
  const tops = await banner
    .locator('.brand, .search-control, .site-menu > summary')
    .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(tops).toHaveLength(3);
  expect(new Set(tops).size, `tops ${tops.join(', ')}`).toBe(1);

  // The links sit in the closed Menu on a phone: found by text, not by role.
  const link = (name: string) => page.locator('nav[aria-label="Site"] a', { hasText: name });
  await expect(link('Lessons')).toHaveAttribute('aria-current', 'true');
  await expect(link('Glossary')).not.toHaveAttribute('aria-current');
  await page.goto('/glossary/');
  await expect(link('Glossary')).toHaveAttribute('aria-current', 'page');
  await expect(link('Lessons')).not.toHaveAttribute('aria-current');
});

test('on a phone every control of the header, menu and sidebars is at least 44 by 44 px', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(lessonPages()[0]!);
  const small = async (selector: string) =>
    page.locator(selector).evaluateAll((els) =>
      els
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 43.5 || r.width < 43.5)
        .map(({ e, r }) => `${e.textContent!.trim()} (${Math.round(r.width)}×${Math.round(r.height)})`),
    );
  await expect.poll(() => small('.site-header :is(a, button, summary)')).toEqual([]);

  await page.getByText('Menu', { exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
  expect(await small('.site-menu :is(a, select)')).toEqual([]);
  await page.getByText('Menu', { exact: true }).click();

  for (const name of ['Course outline', 'On this page']) {
    const nav = page.getByRole('navigation', { name });
    expect(await small(`nav[aria-label="${name}"] summary, [aria-labelledby="toc-title"] summary`)).toEqual([]);
    await nav.locator('summary').click();
    await expect(nav.locator('details')).toHaveAttribute('open', '');
    // Rows are full width; their height is what a thumb needs.
    const rows = await nav
      .locator('a')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height).filter((h) => h < 43.5));
    expect(rows, `${name}: rows under 44 px`).toEqual([]);
    await nav.locator('summary').click();
    await expect(nav.locator('details')).not.toHaveAttribute('open', '');
  }
});

test('the sidebar disclosures are buttons with a chevron that turns when open; on wide screens the lists show', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(lessonPages()[0]!);
  const summary = page.getByRole('navigation', { name: 'Course outline' }).locator('summary');
  const chevron = () => summary.evaluate((s) => getComputedStyle(s, '::after').transform);
  const closed = await chevron();
  await summary.click();
  expect(await chevron()).not.toBe(closed);
  expect(await summary.evaluate((s) => getComputedStyle(s).borderTopStyle)).toBe('solid');

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  await expect(summary).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Course outline' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'On this page' })).toBeVisible();
});

test('"On this page": unique anchors, the takeaways and the check listed, the section being read marked', async ({
  page,
}) => {
  for (const path of lessonPages()) {
    await page.goto(path);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      `${path}: repeated ids`,
    ).toEqual([]);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const hrefs = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.slice(-2)).toEqual(['#takeaways-heading', '#check-heading']);
    for (const href of hrefs) await expect(page.locator(href), `${path}: ${href}`).toHaveCount(1);
  }

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(lessonPages()[0]!);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.locator('[aria-current]')).toHaveCount(0);
  const second = toc.locator('a').nth(1);
  const target = (await second.getAttribute('href'))!;
  await page.locator(target).evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + scrollY - 10));
  await expect(second).toHaveAttribute('aria-current', 'true');
  await expect(toc.locator('[aria-current]')).toHaveCount(1);
  await page
    .locator('#check-heading')
    .evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + scrollY - 10));
  await expect(toc.locator('a[href="#check-heading"]')).toHaveAttribute('aria-current', 'true');
});

test('at 320 px the marks after a graded option are one line each and stay inside their option', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(richestLesson());
  await upgraded(page);
  const key = await readCheck(page);
  await answerAll(page, key, twoWrong(key));
  await checkButton(page).click();
  const marks = page.locator('.check-mark');
  await expect(marks.first()).toBeVisible();
  const problems = await marks.evaluateAll((els) =>
    els
      .map((m) => {
        const label = m.closest('label, li')!.getBoundingClientRect();
        const r = m.getBoundingClientRect();
        const lines = m.getClientRects().length;
        return lines > 1 || r.right > label.right + 0.5 ? `${m.textContent} (${lines} lines)` : '';
      })
      .filter(Boolean),
  );
  expect(problems).toEqual([]);
});

for (const theme of ['light', 'dark'] as Theme[]) {
  test(`axe: the phone menu and sidebars open, ${theme}`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await gotoWithTheme(page, lessonPages()[0]!, theme);
    await page.getByRole('navigation', { name: 'Course outline' }).locator('summary').click();
    await page.getByRole('navigation', { name: 'On this page' }).locator('summary').click();
    await page.getByText('Menu', { exact: true }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('each check question shows its number and what kind of answer it wants', async ({ page }) => {
  // Written out here rather than imported, so a changed label is a deliberate change to this test too.
  const labels: Record<string, string> = {
    single: 'Choose one',
    multiple: 'Choose all that apply',
    'true-false': 'True or false',
    'lead-or-manage': 'Lead or manage?',
    order: 'Put in order',
    write: 'Write',
  };
  const expectLines = (where: string, lines: { kind: string; line: string }[]) => {
    expect(lines.length, where).toBeGreaterThan(0);
    lines.forEach(({ kind, line }, i) =>
      expect(line, `${where}, question ${i + 1}`).toMatch(
        new RegExp(`^Question ${i + 1} of ${lines.length} · ${labels[kind]!.replace('?', '\\?')}( · |$)`),
      ),
    );
  };
  // As a learner sees it, on the final check (every kind of question)…
  await page.goto('/final-check/');
  const shown = await page.locator('lesson-check fieldset[data-kind]').evaluateAll((qs) =>
    qs.map((q) => ({
      kind: (q as HTMLElement).dataset.kind!,
      line: q.querySelector(':scope > legend > span')!.textContent!.replace(/\s+/g, ' ').trim(),
    })),
  );
  expect(new Set(shown.map((q) => q.kind))).toEqual(new Set(Object.keys(labels)));
  expectLines('/final-check/', shown);
  // …and in every lesson's built page (no browser needed: the line is in the HTML).
  for (const path of lessonPages()) {
    const lines = [
      ...builtHtml(path).matchAll(
        /<fieldset class="check-question[^"]*"[^>]*data-kind="([a-z-]+)"><legend[^>]*><span[^>]*>(.*?)<\/span>/g,
      ),
    ].map((m) => ({
      kind: m[1]!,
      line: m[2]!
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    }));
    expectLines(path, lines);
  }
});

test('a lesson opens with a header block: part, title, "Lesson N of M", minutes and description', async ({ page }) => {
  const lessons = lessonPages();
  const metaLine = /^(?:Lesson|Case study) (\d+) of (\d+) · about \d+ minutes?$/;
  await page.goto(richestLesson());
  const header = page.locator('article > header');
  await expect(header.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(
    header.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: /^Part \d+: / }),
  ).toHaveCount(1);
  await expect(header.locator('h1 + p')).toHaveText(metaLine);
  expect((await header.locator('h1 + p + p').textContent())!.trim().length).toBeGreaterThan(20);
  // Every lesson has its own N, and M is the number of lessons (read from the built pages: no browser needed).
  const numbers = lessons.map((path) => {
    const html = builtHtml(path);
    const meta = /<\/h1><p[^>]*>([^<]*)<\/p>/
      .exec(html.slice(html.indexOf('<article')))?.[1]
      ?.replace(/\s+/g, ' ')
      .trim();
    const match = metaLine.exec(meta ?? '');
    expect(match, `${path}: "${meta}"`).not.toBeNull();
    expect(Number(match![2])).toBe(lessons.length);
    return Number(match![1]);
  });
  expect(numbers.sort((a, b) => a - b)).toEqual(lessons.map((_, i) => i + 1));
});

for (const width of [390, 1024, 1280]) {
  test(`the lesson header lines up with the content column at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(richestLesson());
    const edges = await page.evaluate(() =>
      [
        'article > header',
        'article > header h1',
        '.objectives',
        '.lesson-body',
        '.lesson-body > p',
        '.lesson-check',
      ].map((selector) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return { selector, left: Math.round(r.left * 2) / 2, right: Math.round(r.right * 2) / 2 };
      }),
    );
    const [header, ...rest] = edges;
    for (const e of rest) expect(e.left, `${e.selector} starts where the header does`).toBe(header!.left);
    const body = edges.find((e) => e.selector === '.lesson-body')!;
    expect(header!.right, 'the header is as wide as the body').toBe(body.right);
  });
}

test('the course home says what a learner will be able to do, in a handful of points', async ({ page }) => {
  await page.goto('/');
  const section = page.getByRole('region', { name: 'What you’ll be able to do' });
  await expect(section.getByRole('heading', { level: 2 })).toBeVisible();
  const items = await section.getByRole('listitem').allTextContents();
  expect(items.length).toBeGreaterThanOrEqual(3);
  expect(items.length).toBeLessThanOrEqual(6);
  for (const item of items) expect(item.trim().length).toBeGreaterThan(20);
  // Between the hero and the outline.
  const top = async (name: string) =>
    (await page.getByRole('heading', { name, level: name === 'Lead & Manage' ? 1 : 2 }).boundingBox())!.y;
  expect(await top('What you’ll be able to do')).toBeGreaterThan(await top('Lead & Manage'));
  expect(await top('What you’ll be able to do')).toBeLessThan(await top('Course outline'));
});

test('after grading, the learner’s own choices are drawn in the accent, not greyed out like the rest', async ({
  page,
}) => {
  await page.goto(richestLesson());
  await upgraded(page);
  const key = await readCheck(page);
  await answerAll(page, key, twoWrong(key));
  await checkButton(page).click();
  await expect(page.locator('.check-mark').first()).toBeVisible();
  const looks = await page.locator('lesson-check fieldset[data-kind]:disabled input').evaluateAll((inputs) => {
    const accent = getComputedStyle(document.querySelector('.btn')!).backgroundColor;
    return (inputs as HTMLInputElement[]).map((i) => ({
      checked: i.checked,
      drawn: getComputedStyle(i).appearance === 'none' && getComputedStyle(i).backgroundColor === accent,
    }));
  });
  expect(looks.filter((l) => l.checked).length).toBeGreaterThan(2);
  expect(looks.filter((l) => l.checked !== l.drawn)).toEqual([]);
});

test('glossary: "Used in" chips start at one edge however they wrap, on a phone too', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/glossary/');
  const offsets = await page.locator('dd.used-in').evaluateAll((dds) =>
    dds.flatMap((dd) => {
      const edge = dd.getBoundingClientRect().left;
      const lefts = [...dd.querySelectorAll('a')].map((a) => a.getBoundingClientRect());
      // The first chip of each row starts at the edge: a chip lower than the one before it opens a row.
      return lefts.filter((r, i) => i === 0 || r.top > lefts[i - 1]!.top + 1).map((r) => Math.round(r.left - edge));
    }),
  );
  expect(offsets.length).toBeGreaterThan(0);
  expect(new Set(offsets)).toEqual(new Set([0]));
});

/**
 * The header is never painted half-parsed. Chromium may paint whatever it has parsed when its parser
 * yields (on its time budget, so on busy machines, with every script blocked too); a header painted
 * without its menu then had its search button and menu moved sideways by the rest (a layout shift of
 * up to 0.002 on some loads). Here the page's HTML stops mid-header for 0.7 s, which made that paint
 * happen on nearly every load, and the rest follows: nothing may move.
 */
const stalledHeader = test.extend<{ stall: string }>({
  stall: '/lessons/',
  site: async ({ stall }, use, testInfo) => {
    const upstream = new URL(testInfo.project.use.baseURL!).origin;
    const server = createServer(async (request, response) => {
      const answer = await fetch(upstream + request.url!);
      const headers = Object.fromEntries(
        [...answer.headers].filter(([name]) => !/^(content-length|content-encoding|transfer-encoding)$/i.test(name)),
      );
      response.writeHead(answer.status, headers);
      const body = Buffer.from(await answer.arrayBuffer());
      const cut = body.indexOf('<details class="site-menu"');
      if (!request.url!.startsWith(stall) || cut < 0) return void response.end(body);
      response.write(body.subarray(0, cut));
      setTimeout(() => response.end(body.subarray(cut)), 700);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await use({ origin, base: '/', dist: 'dist', path: (p) => p });
    server.close();
  },
});

stalledHeader('a header whose HTML arrives in two parts is painted whole: nothing moves', async ({ page }) => {
  stalledHeader.slow();
  for (let load = 0; load < 3; load++) {
    await page.goto(lessonPages()[0]!);
    await expect(page.locator('.site-menu')).toHaveCount(1);
    const shifts = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          new PerformanceObserver((list) =>
            resolve(list.getEntries().map((e) => (e as unknown as { value: number }).value)),
          ).observe({
            type: 'layout-shift',
            buffered: true,
          });
          setTimeout(() => resolve([]), 300);
        }),
    );
    expect(shifts, `load ${load + 1}`).toEqual([]);
  }
});
