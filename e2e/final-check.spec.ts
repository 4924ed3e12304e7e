/**
 * The final course check at /final-check/: linked from the home page and the last lesson, labelled
 * with the lesson each question draws on, completed with the same component as a lesson's check,
 * and remembered (saved under "final-check"). Skipped when the course has no final check
 * (content/final-check.yaml), in which case no page is built.
 */
import { existsSync } from 'node:fs';
import { test, expect, axeViolations, gotoWithTheme } from './fixtures';
import {
  answerAll,
  checkButton,
  criteriaLine,
  graded,
  readCheck,
  savedLine,
  status,
  today,
  twoWrong,
  upgraded,
} from './check-helpers';
import { lessonPages } from './site-pages';

const PATH = '/final-check/';
const built = existsSync(new URL('../dist/final-check/index.html', import.meta.url));

test.describe('final check', () => {
  test.skip(!built, 'the course has no final check (content/final-check.yaml)');

  test('is linked from the home page and from the last lesson', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Final check' }).click();
    await expect(page).toHaveURL(new RegExp(`${PATH}$`));
    await expect(page.locator('h1')).toHaveText('Final check');

    await page.goto('/');
    const last = await page.locator('li[data-lesson-id]').last().getAttribute('data-lesson-id');
    expect(lessonPages()).toContain(`/lessons/${last}/`);
    await page.goto(`/lessons/${last}/`);
    const next = page
      .getByRole('navigation', { name: 'Previous and next lesson' })
      .getByRole('link', { name: /Final check/ });
    await expect(next).toContainText('That was the last lesson. Next:');
    await next.click();
    await expect(page).toHaveURL(new RegExp(`${PATH}$`));
  });

  test('every question names the lesson it draws on, with a link to it', async ({ page }) => {
    await page.goto(PATH);
    const legends = page.locator('lesson-check fieldset[data-kind] > legend');
    const count = await legends.count();
    expect(count).toBeGreaterThanOrEqual(15);
    for (let i = 0; i < count; i++) {
      // The number, the kind ("True or false"…), then the lesson.
      await expect(legends.nth(i)).toContainText(new RegExp(`Question ${i + 1} of ${count} · [^·]+ · Lesson: `));
      expect(lessonPages()).toContain(await legends.nth(i).getByRole('link').getAttribute('href'));
    }
  });

  test('can be completed, is remembered, and a failed retry keeps the pass', async ({ page }) => {
    test.slow(); // answers every question twice
    await page.goto(PATH);
    await upgraded(page);
    // The grading code comes at the first focus or press in the check, as a learner's would; the
    // order question's Up and Down buttons are named after their steps once it has.
    await page.locator('lesson-check fieldset button, lesson-check fieldset input').first().focus();
    await expect(page.locator('lesson-check[data-upgraded]')).toHaveCount(1);
    const key = await readCheck(page);
    const total = graded(key).length;
    await answerAll(page, key);
    await checkButton(page).click();
    await expect(status(page)).toHaveText(
      `You scored ${total} of ${total}. You passed, so the final check is marked complete.${criteriaLine(key, 2)}`,
    );
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('lm-progress')))!);
    expect(saved.lessons['final-check'].best.score).toBe(total);

    await page.reload();
    await upgraded(page);
    const date = await today(page);
    await expect(savedLine(page)).toHaveText(`You passed on ${date} with ${total} of ${total}.`);
    await page.getByRole('button', { name: 'Try again' }).click();
    const again = await readCheck(page);
    await answerAll(page, again, twoWrong(again));
    await checkButton(page).click();
    await expect(status(page)).toContainText(`You scored ${total - twoWrong(again).length} of ${total}.`);
    await expect(savedLine(page)).toHaveText(`You passed on ${date} with ${total} of ${total}.`);
  });

  test('with the page: the options in order and a returning learner’s result, without the grading code', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    // Layout shifts of the check itself (the header's own sub-pixel move is not the check's: check.spec.ts).
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; sources: { node?: Node | null }[] }[]) {
          const inCheck = (n?: Node | null) =>
            !!n && !!(n instanceof Element ? n : n.parentElement)?.closest('lesson-check');
          if (e.sources.some((s) => inCheck(s.node))) w.__cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const at = new Date().toISOString();
    await page.addInitScript(
      (saved) => localStorage.setItem('lm-progress', saved),
      JSON.stringify({
        version: 4,
        lessons: { 'final-check': { best: { score: 15, total: 17, at }, latest: { score: 15, total: 17, at } } },
      }),
    );
    await page.goto(PATH, { waitUntil: 'networkidle' });
    await expect(page.locator('lesson-check[data-ready]')).toHaveCount(1);
    await expect(savedLine(page)).toHaveText(`You passed on ${await today(page)} with 15 of 17.`);
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.locator('lesson-check [data-shuffle]').first()).toBeVisible();
    expect(
      requested.filter((u) => /checkController/.test(u)),
      'no grading code before the learner uses the check',
    ).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls), 'layout shift in the check').toBe(
      0,
    );
  });

  test('answers given and "Check answers" pressed while the grading code is on its way are graded when it arrives', async ({
    page,
  }) => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(/checkController/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(PATH);
    await expect(page.locator('lesson-check[data-ready]')).toHaveCount(1);
    const key = await readCheck(page);
    // Everything a learner can do without the grading code: choices, written answers and their
    // self-check (order questions need it to move a step: left as dealt, so wrong).
    const orders = key.filter((q) => q.kind === 'order');
    await answerAll(page, key, orders);
    await checkButton(page).click();
    await expect(page.locator('lesson-check[data-upgraded]')).toHaveCount(0);
    release();
    const total = graded(key).length;
    await expect(status(page)).toContainText(`You scored ${total - orders.length} of ${total}.`);
    // The written answers typed before the code arrived are saved too.
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('lm-progress')))!);
    for (const q of key.filter((k) => k.kind === 'write'))
      expect(saved.lessons['final-check'].written[q.id].text, q.id).toBe(`My answer to ${q.id}.`);
  });

  test('keyboard: tabbing into the check loads its grading code; Space answers, Enter checks', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.locator('lesson-check[data-ready]')).toHaveCount(1);
    const first = page.locator('lesson-check fieldset[data-kind] input').first();
    await first.focus();
    await expect(page.locator('lesson-check[data-upgraded]')).toHaveCount(1);
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await checkButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(status(page)).toContainText('Answer every question before checking.');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe, ${theme} theme: before answering and after a wrong attempt`, async ({ page }) => {
      test.slow(); // two axe runs over the longest page
      await gotoWithTheme(page, PATH, theme);
      await upgraded(page);
      expect(await axeViolations(page), 'before answering').toEqual([]);
      const key = await readCheck(page);
      await answerAll(page, key, [...twoWrong(key), ...key.filter((q) => q.kind === 'order')]);
      await checkButton(page).click();
      await expect(status(page)).toContainText('You scored');
      expect(await axeViolations(page), 'after a wrong attempt').toEqual([]);
    });
  }
});
