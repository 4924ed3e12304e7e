/**
 * The learner's journey across pages: passing a check shows on the home page (count, bar, minutes,
 * each lesson's state), in the outline and at the top of the check; "Continue" returns to the last
 * lesson opened at the heading last read; a finished course says so; two tabs saving at the same
 * moment both keep their result. Lessons and titles are read from the built home page.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, gotoWithTheme, type Theme } from './fixtures';
import {
  answerAll,
  checkButton,
  graded,
  readCheck,
  savedLine,
  status,
  today,
  tryAgain,
  upgraded,
} from './check-helpers';
import { may2025 as at, passedProgress } from './progress-seed';

const KEY = 'lm-progress';

interface CourseLesson {
  id: string;
  title: string;
  minutes: number;
}

async function courseLessons(page: Page): Promise<CourseLesson[]> {
  await page.goto('/');
  const json = await page.locator('course-summary').getAttribute('data-lessons');
  return JSON.parse(json!) as CourseLesson[];
}

async function seed(page: Page, data: unknown) {
  await page.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(data)]);
}

const summaryLine = (page: Page) => page.locator('course-summary [data-part="line"]');
const cardStatus = (page: Page, id: string) => page.locator(`li[data-lesson-id="${id}"] .lesson-status`);
const continueButton = (page: Page) => page.locator('a[data-continue]');

test.describe('progress everywhere', () => {
  // Several pages and checks per test: give a loaded machine time.
  test.describe.configure({ timeout: 120_000 });
  test('passing a check updates the check, the outline and the home page', async ({ page }) => {
    const lessons = await courseLessons(page);
    const [first, second, third] = lessons as [CourseLesson, CourseLesson, CourseLesson];
    await expect(summaryLine(page)).toHaveText(`0 of ${lessons.length} lessons passed`);
    await expect(continueButton(page)).toHaveText(/Start the course/);
    await expect(cardStatus(page, first.id)).toHaveText('Not started');

    await page.goto(`/lessons/${first.id}/`);
    await upgraded(page);
    const key = await readCheck(page);
    const total = graded(key).length;
    await expect(page.locator('lesson-check')).toContainText(/Pass mark: 80%, \d+ of \d+/);
    await answerAll(page, key);
    await checkButton(page).click();
    await expect(status(page)).toContainText('You passed');
    const next = page.getByRole('link', { name: `Next lesson: ${second.title}` });
    await expect(next).toBeVisible();
    await expect(tryAgain(page)).toBeVisible();

    await next.click();
    await expect(page).toHaveURL(new RegExp(`/lessons/${second.id}/$`));
    const outlineLink = page
      .getByRole('navigation', { name: 'Course outline' })
      .locator(`a[data-lesson-id="${first.id}"]`);
    await expect(outlineLink).toHaveAttribute('data-passed', '');
    await expect(outlineLink).toContainText('(passed)');
    await expect(
      page.getByRole('navigation', { name: 'Course outline' }).locator(`a[data-lesson-id="${second.id}"]`),
    ).toHaveAttribute('aria-current', 'page');
    // The visit to lesson 2 is saved soon after the page loads (3 s at most, with no scroll or key).
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY)).toContain(`"${second.id}"`);

    await page.goto('/');
    await expect(summaryLine(page)).toHaveText(`1 of ${lessons.length} lessons passed`);
    await expect(page.locator('course-summary progress')).toHaveJSProperty('value', 1);
    const left = lessons.slice(1).reduce((sum, l) => sum + l.minutes, 0);
    await expect(page.locator('course-summary [data-part="more"]')).toHaveText(`about ${left} minutes left`);
    await expect(cardStatus(page, first.id)).toHaveText(`Passed, ${total} of ${total}`);
    await expect(cardStatus(page, second.id)).toHaveText('Opened');
    await expect(cardStatus(page, third.id)).toHaveText('Not started');
    await expect(continueButton(page)).toHaveText(`Continue: ${second.title}`);

    // A returning learner sees the result at the top of the check, with the way on.
    await page.goto(`/lessons/${first.id}/`);
    await upgraded(page);
    await expect(savedLine(page)).toHaveText(`You passed on ${await today(page)} with ${total} of ${total}.`);
    await expect(page.getByRole('link', { name: `Next lesson: ${second.title}` })).toBeVisible();
  });

  test('"On this page" ends with the key takeaways and the check', async ({ page }) => {
    const [first] = await courseLessons(page);
    await page.goto(`/lessons/${first!.id}/`);
    const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
    await expect(links.nth(-2)).toHaveText('Key takeaways');
    await expect(links.last()).toHaveText('Check your understanding');
  });

  test('the saved result at the top of the check moves nothing when it appears', async ({ page }) => {
    const [first] = await courseLessons(page);
    const offset = async () => {
      await page.goto(`/lessons/${first!.id}/`);
      await upgraded(page);
      return page
        .locator('lesson-check fieldset')
        .first()
        .evaluate((f) => f.getBoundingClientRect().top - f.closest('lesson-check')!.getBoundingClientRect().top);
    };
    const newcomer = await offset();
    // A pass on the check as it is now (a check changed since adds a second sentence: check.spec.ts).
    const total = await page.locator('lesson-check fieldset[data-kind]:not([data-kind="write"])').count();
    const attempt = { score: total, total, at: at(1) };
    await seed(page, { version: 4, lessons: { [first!.id]: { best: attempt, latest: attempt } } });
    const returning = await offset();
    await expect(savedLine(page)).toContainText('You passed on');
    expect(returning).toBe(newcomer);
  });

  test('Continue goes back to the last lesson opened, at the heading last read', async ({ page }) => {
    const lessons = await courseLessons(page);
    const lesson = lessons[2]!;
    await page.goto(`/lessons/${lesson.id}/`);
    const heading = page.locator('.lesson-body h2[id]').nth(1);
    const section = (await heading.getAttribute('id'))!;
    await heading.evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await expect
      .poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY), { timeout: 5000 })
      .toContain(`"section":"${section}"`);

    await page.goto('/');
    await expect(continueButton(page)).toHaveText(`Continue: ${lesson.title}`);
    await continueButton(page).click();
    await expect(page).toHaveURL(new RegExp(`/lessons/${lesson.id}/#${section}$`));
    await expect(heading).toBeInViewport();
  });

  test('a finished course says so on the home page, with the date', async ({ page }) => {
    const lessons = await courseLessons(page);
    const ids = lessons.map((l) => l.id);
    await seed(page, passedProgress([...ids, 'final-check']));
    await page.goto('/');
    await expect(summaryLine(page)).toHaveText(
      `Course complete: you finished it on ${await dayOf(page, ids.length + 1)}.`,
    );
    await expect(page.locator('course-summary progress')).toHaveJSProperty('value', lessons.length);
    const record = page.locator('course-summary [data-part="link"]');
    await expect(record).toHaveText('See your completion record');
    await expect(record).toHaveAttribute('href', '/certificate/');
    // Every lesson passed but not the final check: not complete yet.
    await seed(page, passedProgress(ids));
    await page.goto('/');
    await expect(summaryLine(page)).toHaveText(`${lessons.length} of ${lessons.length} lessons passed`);
  });

  test('two tabs submitting at the same moment both keep their result', async ({ context }) => {
    const probe = await context.newPage();
    const lessons = await courseLessons(probe);
    const [a, b] = [await context.newPage(), await context.newPage()];
    const keys = await Promise.all(
      [a, b].map(async (page, i) => {
        await page.goto(`/lessons/${lessons[i]!.id}/`);
        await upgraded(page);
        const key = await readCheck(page);
        await answerAll(page, key);
        return key;
      }),
    );
    expect(keys).toHaveLength(2);
    await Promise.all([a, b].map((page) => checkButton(page).click()));
    await Promise.all([a, b].map((page) => expect(status(page)).toContainText('You passed')));
    await expect
      .poll(async () => {
        const saved = JSON.parse((await probe.evaluate((k) => localStorage.getItem(k), KEY)) ?? '{}');
        return Object.keys(saved.lessons ?? {}).filter((id) => saved.lessons[id].best);
      })
      .toEqual(expect.arrayContaining([lessons[0]!.id, lessons[1]!.id]));
  });

  for (const theme of ['light', 'dark'] as Theme[]) {
    test(`axe: the home page with progress (${theme})`, async ({ page }) => {
      const lessons = await courseLessons(page);
      await seed(page, passedProgress([lessons[0]!.id], { extra: { [lessons[1]!.id]: { visit: { at: at(9) } } } }));
      await gotoWithTheme(page, '/', theme);
      await expect(summaryLine(page)).toHaveText(`1 of ${lessons.length} lessons passed`);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

/** The day of `at(day)` as the page writes it. */
function dayOf(page: Page, day: number) {
  return page.evaluate((iso) => new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long' }), at(day));
}
