/**
 * /review/: questions missed in a lesson's check come up for practice and leave after a right
 * answer; questions answered right come back when due (the clock moved a week); the list can be
 * cleared; review answers never change a lesson's saved result; the home page counts what is to
 * review. Keyboard only, axe in both themes, without JavaScript and with storage blocked.
 * Question ids are read from the built question fragments, so the tests follow the content.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, gotoWithTheme } from './fixtures';
import {
  answerAll,
  builtHtml,
  checkButton,
  choiceInput,
  readCheck,
  rightAnswer,
  status,
  twoWrong,
  upgraded,
  wrongAnswer,
  type PageQuestion,
} from './check-helpers';
import { lessonPages } from './site-pages';

const KEY = 'lm-progress';
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2025, 4, 1, 9);

/** The graded question ids of a check (from its review answers file). */
function checkQuestions(id: string): string[] {
  const html = builtHtml(`/review/questions/${id}/answers/`);
  return [...html.matchAll(new RegExp(`id="q-${id}--([a-z0-9-]+)"`, 'g'))].map((m) => m[1]!);
}

/** The first lesson in the build, and the ids of its graded questions. */
function firstLesson(): { id: string; questions: string[] } {
  const id = lessonPages()[0]!.split('/')[2]!;
  return { id, questions: checkQuestions(id) };
}

/** Saved progress: the lesson attempted at `at` (an hour ago) with `wrong` missed, every graded question seen. */
function attempted(
  lesson: { id: string; questions: string[] },
  wrong: string[],
  at = new Date(Date.now() - 60 * 60 * 1000).toISOString(),
) {
  const attempt = { score: lesson.questions.length - wrong.length, total: lesson.questions.length, at, wrong };
  return {
    version: 5,
    lessons: {
      [lesson.id]: {
        best: attempt,
        latest: attempt,
        seen: Object.fromEntries(lesson.questions.map((q) => [q, at])),
      },
    },
  };
}

async function seed(page: Page, data: unknown) {
  await page.addInitScript(
    ([k, v]) => {
      // Only on the first load: later loads keep what the page saved.
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(k!, v!);
    },
    [KEY, JSON.stringify(data)],
  );
}

const toReview = (n: number) => `${n} ${n === 1 ? 'question' : 'questions'} to review`;
const saved = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
const countLine = (page: Page) => page.locator('review-page [data-part="count"]');
const practice = (page: Page) => page.locator('review-page lesson-check[data-ready]');

/**
 * The round's questions with their answer key. The answers come with the grading code, at the first
 * press or focus in the practice check: a press, then wait for the grading code.
 */
async function answerKey(page: Page): Promise<PageQuestion[]> {
  await page.locator('review-page lesson-check').dispatchEvent('pointerdown');
  await expect(page.locator('review-page lesson-check[data-upgraded]')).toHaveCount(1);
  return readCheck(page);
}

/** Opens /review/ and waits for its practice check to be ready; returns its questions. */
async function openReview(page: Page): Promise<PageQuestion[]> {
  await page.goto('/review/');
  await expect(practice(page)).toHaveCount(1);
  return answerKey(page);
}

/** Answers one question right or wrong (choice and order questions). */
async function answer(page: Page, q: PageQuestion, right: boolean) {
  if (q.kind === 'order') await answerAll(page, [q], right ? [] : [q]);
  else for (const id of right ? rightAnswer(q) : wrongAnswer(q)) await choiceInput(page, q, id).check();
}

test.describe('review', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a missed question comes up, and leaves after a right answer; the lesson result stays', async ({ page }) => {
    // Missed for real, in the lesson's own check.
    const lessonPath = lessonPages()[0]!;
    const lessonId = lessonPath.split('/')[2]!;
    await page.goto(lessonPath);
    await upgraded(page);
    const key = await readCheck(page);
    const wrong = twoWrong(key);
    await answerAll(page, key, wrong);
    await checkButton(page).click();
    await expect(status(page)).toContainText('You scored');
    const before = (await saved(page)).lessons[lessonId];

    await page.goto('/');
    const link = page.getByRole('link', { name: toReview(wrong.length) });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/review\/$/);
    await expect(practice(page)).toHaveCount(1);
    // Nothing loads the answers or the grading code before the learner uses the check.
    await expect(page.locator('review-page .check-answer')).toHaveCount(0);
    const review = await answerKey(page);
    expect(review.map((q) => q.id)).toEqual(wrong.map((q) => `${lessonId}--${q.id}`));
    await expect(countLine(page)).toHaveText(`${toReview(wrong.length)}.`);
    // Its number here, what kind of answer it wants (as in a lesson), why it is here and its lesson.
    await expect(page.locator('review-page fieldset legend').first()).toContainText(
      new RegExp(`^Question 1 of ${wrong.length} · [^·]+ · Missed last time · Lesson:`),
    );

    // One right, the others wrong: the same feedback as in a lesson.
    for (const [i, q] of review.entries()) await answer(page, q, i === 0);
    await checkButton(page).click();
    const practiceStatus = page.locator('review-page [data-part="status"]');
    await expect(practiceStatus).toContainText(`You got 1 of ${review.length} right`);
    await expect(page.locator(`#q-${review[0]!.id} .check-verdict`)).toHaveText('Correct.');
    await expect(page.locator(`#q-${review[1]!.id} .check-verdict`)).toHaveText('Not quite.');

    // Review answers never touch the lesson's best or latest attempt.
    const after = (await saved(page)).lessons[lessonId];
    expect(after.best).toEqual(before.best);
    expect(after.latest).toEqual(before.latest);
    expect(Object.keys(after.review).sort()).toEqual(review.map((q) => q.id.split('--')[1]).sort());

    // The next round asks only what is still missed; answered right, nothing is left.
    await page.getByRole('button', { name: 'Continue reviewing' }).click();
    // A new round replaces the check: wait for its questions, the first of them focused.
    await expect(page.locator('review-page fieldset[data-kind]')).toHaveCount(review.length - 1);
    await expect(page.locator('review-page fieldset[data-kind] :focus')).toHaveCount(1);
    await expect(practice(page)).toHaveCount(1);
    const rest = await answerKey(page);
    expect(rest.map((q) => q.id)).toEqual(review.slice(1).map((q) => q.id));
    for (const q of rest) await answer(page, q, true);
    await checkButton(page).click();
    await expect(page.locator('review-page [data-part="status"]')).toContainText('Nothing left to review for now.');
    await expect(page.getByRole('button', { name: 'Continue reviewing' })).toBeHidden();

    await page.reload();
    await expect(countLine(page)).toHaveText('Nothing to review right now.');
    await page.goto(lessonPath);
    await upgraded(page);
    await expect(page.locator('lesson-check [data-part="saved"]')).toHaveText(
      new RegExp(`^Your best score so far is ${before.best.score} of ${before.best.total}|^You passed`),
    );
    await page.goto('/');
    await expect(page.getByRole('link', { name: /questions? to review/ })).toBeHidden();
  });

  test('questions answered right come back when a week has passed', async ({ page }) => {
    const lesson = firstLesson();
    await seed(page, attempted(lesson, [], new Date(T0).toISOString()));
    await page.clock.install({ time: new Date(T0 + 6 * DAY) });
    await page.goto('/review/');
    await expect(countLine(page)).toHaveText('Nothing to review right now.');
    await expect(page.getByRole('link', { name: 'Go to the lessons' })).toBeVisible();

    await page.clock.setSystemTime(new Date(T0 + 7 * DAY + 60_000));
    await page.reload();
    await expect(practice(page)).toHaveCount(1);
    const shown = Math.min(lesson.questions.length, 10);
    // Those below the first screen come at the first scroll.
    await page.mouse.wheel(0, 100);
    await expect(page.locator('review-page fieldset[data-kind]')).toHaveCount(shown);
    await expect(page.locator('review-page fieldset legend').first()).toContainText('Due for review');
    await page.goto('/');
    await expect(page.getByRole('link', { name: toReview(lesson.questions.length) })).toBeVisible();
  });

  test('the list can be cleared, after a confirmation', async ({ page }) => {
    const lesson = firstLesson();
    await seed(page, attempted(lesson, lesson.questions.slice(0, 2)));
    await openReview(page);
    await page.getByRole('button', { name: 'Clear the list…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear the list?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep the list' }).click();
    await expect(page.locator('review-page fieldset[data-kind]')).toHaveCount(2);

    await page.getByRole('button', { name: 'Clear the list…' }).click();
    await dialog.getByRole('button', { name: 'Clear the list' }).click();
    await expect(countLine(page)).toHaveText('Nothing to review right now.');
    await expect(countLine(page)).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'The list is cleared' })).toBeVisible();
    const after = (await saved(page)).lessons[lesson.id];
    expect(after.latest.wrong).toEqual(lesson.questions.slice(0, 2));
    await page.goto('/');
    await expect(page.getByRole('link', { name: /questions? to review/ })).toBeHidden();
  });

  test('keyboard only: answer, check and hear the result', async ({ page }) => {
    const lesson = firstLesson();
    await seed(page, attempted(lesson, lesson.questions.slice(0, 1)));
    await page.goto('/review/');
    await expect(practice(page)).toHaveCount(1);
    // From the top of the page to the question's options: focus there loads the grading code.
    await page.locator('#main').focus();
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.closest('fieldset') !== null)) && guard++ < 40) {
      await page.keyboard.press('Tab');
    }
    await expect(page.locator('review-page lesson-check[data-upgraded]')).toHaveCount(1);
    const [q] = await readCheck(page);
    expect(q!.kind).not.toBe('order');
    const right = rightAnswer(q!);
    for (const id of right) {
      const input = choiceInput(page, q!, id);
      // Radios: arrow keys move through the group and check; checkboxes: Tab, then Space.
      while (!(await input.evaluate((el) => el === document.activeElement)) && guard++ < 60) {
        await page.keyboard.press(q!.kind === 'multiple' ? 'Tab' : 'ArrowDown');
      }
      if (!(await input.isChecked())) await page.keyboard.press('Space');
    }
    await expect(page.getByRole('button', { name: 'Check answers' })).toBeVisible();
    while (!(await checkButton(page).evaluate((el) => el === document.activeElement)) && guard++ < 80) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect(page.locator('review-page [role="status"][aria-live="polite"]').last()).toContainText(
      'You got it right',
    );
    await expect(page.locator('review-page [data-part="result"]')).toBeFocused();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe: no WCAG 2.2 AA violations with questions and after checking (${theme})`, async ({ page }) => {
      const lesson = firstLesson();
      await seed(page, attempted(lesson, lesson.questions.slice(0, 2)));
      await gotoWithTheme(page, '/review/', theme);
      await expect(practice(page)).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
      const questions = await answerKey(page);
      for (const [i, q] of questions.entries()) await answer(page, q, i === 0);
      await checkButton(page).click();
      await expect(page.locator('review-page [data-part="status"]')).toContainText('You got 1 of 2 right');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Clear the list…' }).click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('with storage blocked: a notice, and nothing breaks', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/review/');
    await expect(page.locator('review-page [data-part="page-notice"]')).toHaveText(
      /not letting the site keep progress/,
    );
    await expect(page.locator('review-page [data-part="practice"]')).toBeHidden();
    await page.goto('/');
    await expect(page.getByRole('link', { name: /questions? to review/ })).toBeHidden();
  });

  test('unreadable saved progress: a notice, and what could be read is reviewed', async ({ page }) => {
    const lesson = firstLesson();
    const data = attempted(lesson, lesson.questions.slice(0, 1));
    await seed(page, { ...data, lessons: { ...data.lessons, 'broken-one': { best: 'full marks' } } });
    await openReview(page);
    await expect(page.locator('review-page [data-part="page-notice"]')).toHaveText(/could not be read/);
    await expect(page.locator('review-page fieldset[data-kind]')).toHaveCount(1);
  });

  test('a round from several checks: the first screen at once, the rest at the first scroll, nothing shifts', async ({
    page,
    watch,
  }) => {
    // The question that has left its check is asked for and not found: the browser logs the 404.
    watch.allow(/status of 404 .*\/review\/questions\/final-check\/zz-gone\//);
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) w.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Three lessons and the final check, two questions missed in each, and one that has left its
    // check since (the last of the round, so it is found missing only when the rest loads).
    const checks = [
      ...lessonPages()
        .slice(0, 3)
        .map((p) => p.split('/')[2]!),
      'final-check',
    ];
    const lessons = Object.fromEntries(
      checks.map((id, i) => {
        const at = new Date(Date.now() - (10 - i) * 60 * 60 * 1000).toISOString();
        const wrong = [...checkQuestions(id).slice(0, 2), ...(i === 3 ? ['zz-gone'] : [])];
        const attempt = { score: 0, total: wrong.length, at, wrong };
        return [id, { best: attempt, latest: attempt }];
      }),
    );
    await seed(page, { version: 5, lessons });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/review/', { waitUntil: 'networkidle' });
    await expect(practice(page)).toHaveCount(1);
    const loaded = await page.locator('review-page fieldset[data-kind]').count();
    expect(loaded).toBeGreaterThan(0);
    expect(loaded).toBeLessThan(9);
    expect(requested.filter((u) => u.startsWith('/review/questions/'))).toHaveLength(loaded);
    await expect(page.locator('review-page .review-placeholder').first()).toHaveText(
      `Question ${loaded + 1} of 9 is loading.`,
    );
    await expect(countLine(page)).toHaveText(`${toReview(9)}.`);

    await page.mouse.wheel(0, 100);
    await expect(page.locator('review-page .review-placeholder')).toHaveCount(0);
    await expect(page.locator('review-page fieldset[data-kind]')).toHaveCount(8);
    await expect(countLine(page)).toHaveText(`${toReview(8)}.`);
    await expect(page.locator('review-page fieldset legend').last()).toContainText(/^Question 8 of 8 · /);
    await expect(page.locator('review-page fieldset legend').first()).toContainText(/^Question 1 of 8 · /);
    // The missing question leaves the saved review list for good (and the home page's count).
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('lm-progress')!));
    expect(saved.lessons['final-check'].latest.wrong).toEqual(checkQuestions('final-check').slice(0, 2));
    expect(
      requested.filter((u) => /answers|checkController/.test(u)),
      'no answers before a focus or press',
    ).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls), 'layout shift').toBe(0);
    // And the grading works on them all.
    const key = await answerKey(page);
    expect(key).toHaveLength(8);
  });

  test('the question fragments are out of the sitemap and the search index, and kept from indexing', async ({
    request,
  }) => {
    const lesson = firstLesson();
    expect(lesson.questions.length).toBeGreaterThan(0);
    // A file per question, without its answer (loaded with the grading code, a file per check).
    for (const question of lesson.questions) {
      const html = builtHtml(`/review/questions/${lesson.id}/${question}/`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).not.toContain('data-pagefind-body');
      expect(html.match(/<fieldset /g)).toHaveLength(1);
      expect(html).toContain(`id="q-${lesson.id}--${question}"`);
      expect(html).not.toContain('check-answer');
      // Read by the page's script, never run: no policy of its own (the host sends one).
      expect(html).not.toContain('content-security-policy');
    }
    const answers = builtHtml(`/review/questions/${lesson.id}/answers/`);
    expect(answers).toContain('<meta name="robots" content="noindex">');
    expect(answers).not.toContain('data-pagefind-body');
    expect(answers).not.toContain('data-kind="write"');
    expect(answers.match(/class="check-answer"/g)).toHaveLength(lesson.questions.length);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).toContain('/review/</loc>');
    expect(sitemap).not.toContain('/review/questions/');
  });
});

test('a result saved before the check changed keeps its total and pass, and says the check changed', async ({
  page,
}) => {
  const lesson = firstLesson();
  const old = lesson.questions.length + 1;
  const at = new Date(Date.now() - DAY).toISOString();
  const attempt = { score: old, total: old, at };
  await seed(page, { version: 5, lessons: { [lesson.id]: { best: attempt, latest: attempt } } });
  await page.goto(`/lessons/${lesson.id}/`);
  await upgraded(page);
  await expect(page.locator('lesson-check [data-part="saved"]')).toHaveText(
    new RegExp(
      `^You passed on .+ with ${old} of ${old}\\. The check has changed since: it now has ${lesson.questions.length} questions, and your pass still counts\\.$`,
    ),
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says review needs JavaScript and links to the course outline', async ({ page }) => {
    await page.goto('/review/');
    await expect(page.getByText(/Review needs JavaScript, which is off or blocked/)).toBeVisible();
    await expect(page.locator('#main').getByText(/kept in this browser only/)).toBeVisible();
    await page.locator('#main').getByRole('link', { name: 'the course outline' }).click();
    await expect(page).toHaveURL(/\/#outline$/);
    await expect(page.getByRole('heading', { name: 'Course outline' })).toBeVisible();
    await expect(page.locator('review-page')).toBeHidden();
  });
});

test.describe('under a base path', () => {
  test.use({ siteBuild: 'course' });
  test('the questions load from /course/review/questions/', async ({ page, site }) => {
    const lesson = firstLesson();
    await seed(page, attempted(lesson, lesson.questions.slice(0, 1)));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(site.path('/review/'));
    await expect(practice(page)).toHaveCount(1);
    expect(requests).toContain(`/course/review/questions/${lesson.id}/${lesson.questions[0]}/`);
    await answerKey(page);
    expect(requests).toContain(`/course/review/questions/${lesson.id}/answers/`);
    await expect(page.locator('review-page fieldset legend a').first()).toHaveAttribute('href', /^\/course\/lessons\//);
  });
});
