/**
 * The end-of-lesson check as a learner meets it, against the built site. Answers
 * are read from each page's own answer key (the "Show answer" list, data-correct),
 * so the tests follow the lesson content instead of hard-coding it.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, gotoWithTheme, type Theme } from './fixtures';
import { neededToPass } from '../src/lib/quiz/grade';

const LESSON_ID = 'what-management-is';
const LESSON = `/lessons/${LESSON_ID}/`;
const KEY = 'lm-progress';

interface QuestionKey {
  id: string;
  kind: string;
  /** Choice ids in display order. */
  choices: string[];
  correct: string[];
}

async function readKey(page: Page): Promise<QuestionKey[]> {
  const key = await page.locator('fieldset[data-question-id]').evaluateAll((fieldsets) =>
    fieldsets.map((f) => {
      const items = [...f.querySelectorAll<HTMLElement>('.check-answer [data-choice-id]')];
      return {
        id: (f as HTMLElement).dataset.questionId!,
        kind: (f as HTMLElement).dataset.kind!,
        choices: items.map((li) => li.dataset.choiceId!),
        correct: items.filter((li) => li.dataset.correct === 'true').map((li) => li.dataset.choiceId!),
      };
    }),
  );
  expect(key.length, 'the lesson has check questions').toBeGreaterThan(0);
  for (const q of key) expect(q.correct.length, `question ${q.id} has a correct answer`).toBeGreaterThan(0);
  return key;
}

/** A wrong answer: on "choose all that apply" a partial one (it must count as wrong), else a wrong option. */
function wrongAnswer(q: QuestionKey): string[] {
  if (q.kind === 'multiple' && q.correct.length > 1) return q.correct.slice(0, -1);
  const wrong = q.choices.find((c) => !q.correct.includes(c));
  if (!wrong) throw new Error(`question ${q.id} has no wrong option to choose`);
  return [wrong];
}

const question = (page: Page, q: QuestionKey) => page.locator(`#q-${q.id}`);
const option = (page: Page, q: QuestionKey, choice: string) =>
  question(page, q).locator(`.check-options [data-choice-id="${choice}"]`);

async function choose(page: Page, q: QuestionKey, choices: string[]) {
  for (const c of choices) await option(page, q, c).locator('input').check();
}

async function answerAll(page: Page, key: QuestionKey[], wrong: QuestionKey[] = []) {
  for (const q of key) await choose(page, q, wrong.includes(q) ? wrongAnswer(q) : q.correct);
}

const status = (page: Page) => page.locator('lesson-check [data-part="status"]');
const checkButton = (page: Page) => page.getByRole('button', { name: 'Check answers' });
const tryAgain = (page: Page) => page.getByRole('button', { name: 'Try again' });
const today = (page: Page) => page.evaluate(() => new Date().toLocaleDateString('en-GB', { dateStyle: 'long' }));

/** One wrong answer on a one-answer question and, when there is one, a partial "choose all" answer. */
function twoWrong(key: QuestionKey[]): QuestionKey[] {
  const single = key.find((q) => q.kind !== 'multiple')!;
  const multiple = key.find((q) => q.kind === 'multiple' && q.correct.length > 1);
  return multiple ? [single, multiple] : [single];
}

test.describe('lesson check', () => {
  test('full marks are remembered after a reload and on the home page', async ({ page }) => {
    await page.goto(LESSON);
    const key = await readKey(page);
    await answerAll(page, key);
    await checkButton(page).click();

    await expect(status(page)).toHaveText(
      `You scored ${key.length} of ${key.length}. You passed, so this lesson is marked complete.`,
    );
    await expect(page.locator('lesson-check [data-part="result"]')).toBeFocused();
    for (const q of key) await expect(question(page, q).locator('.check-verdict')).toHaveText('Correct.');
    await expect(checkButton(page)).toBeHidden();

    await page.reload();
    const saved = page.locator('lesson-check [data-part="saved"]');
    await expect(saved).toHaveText(
      `You passed this check on ${await today(page)} with ${key.length} of ${key.length}.`,
    );
    await expect(tryAgain(page)).toBeVisible();
    await expect(page.locator('lesson-check .check-notice:visible')).toHaveCount(0);
    await tryAgain(page).click();
    await expect(question(page, key[0]!).locator('input').first()).toBeFocused();

    await page.goto('/');
    await expect(page.locator(`li[data-lesson-id="${LESSON_ID}"] .lesson-status`)).toHaveText('Completed');
    await expect(
      page.locator(`li[data-lesson-id]:not([data-lesson-id="${LESSON_ID}"]) .lesson-status:not(:empty)`),
    ).toHaveCount(0);
  });

  test('a pass stays a pass after a failed retry; the latest attempt is shown too', async ({ page }) => {
    await page.goto(LESSON);
    const key = await readKey(page);
    await answerAll(page, key);
    await checkButton(page).click();
    await tryAgain(page).click();
    await answerAll(page, key, key);
    await checkButton(page).click();

    const date = await today(page);
    await expect(status(page)).toContainText('You scored 0 of');
    await expect(page.locator('lesson-check [data-part="saved"]')).toHaveText(
      `You passed this check on ${date} with ${key.length} of ${key.length}.`,
    );
    await page.reload();
    await expect(page.locator('lesson-check [data-part="saved"]')).toHaveText(
      `You passed this check on ${date} with ${key.length} of ${key.length}. Your latest attempt, on ${date}: 0 of ${key.length}.`,
    );
    await page.goto('/');
    await expect(page.locator(`li[data-lesson-id="${LESSON_ID}"] .lesson-status`)).toHaveText('Completed');
  });

  test('a wrong answer says "Not quite", explains the choice and gives the right answer; Try again resets', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const key = await readKey(page);
    const wrong = twoWrong(key);
    await answerAll(page, key, wrong);
    await checkButton(page).click();

    const score = key.length - wrong.length;
    const passed = score >= neededToPass(key.length);
    await expect(status(page)).toContainText(`You scored ${score} of ${key.length}.`);
    if (!passed)
      await expect(status(page)).toContainText(`The pass mark is ${neededToPass(key.length)} of ${key.length}`);

    const [single, multiple] = wrong as [QuestionKey, QuestionKey | undefined];
    const chosen = wrongAnswer(single)[0]!;
    const feedback = question(page, single).locator('.check-feedback');
    const explanation = await question(page, single)
      .locator(`.check-answer [data-choice-id="${chosen}"] .check-explanation`)
      .textContent();
    const rightAnswer = await question(page, single).locator('.check-answer-text').textContent();
    await expect(feedback.locator('p').first()).toHaveText('Not quite.');
    await expect(feedback).toContainText(explanation!.trim());
    await expect(feedback).toContainText(`The right answer: ${rightAnswer!.trim()}`);
    await expect(option(page, single, chosen).locator('.check-mark')).toHaveText('Your choice: not correct');
    await expect(option(page, single, single.correct[0]!).locator('.check-mark')).toHaveText(
      'Correct answer, not chosen',
    );

    if (multiple) {
      // A partial selection counts as wrong, and the option left out is named.
      await expect(question(page, multiple).locator('.check-verdict')).toHaveText('Not quite.');
      await expect(option(page, multiple, multiple.correct.at(-1)!).locator('.check-mark')).toHaveText(
        'Correct answer, not chosen',
      );
      await expect(option(page, multiple, multiple.correct[0]!).locator('.check-mark')).toHaveText(
        'Your choice: correct',
      );
    }
    const right = key.find((q) => !wrong.includes(q))!;
    await expect(question(page, right).locator('.check-verdict')).toHaveText('Correct.');

    await tryAgain(page).click();
    await expect(question(page, key[0]!).locator('input').first()).toBeFocused();
    await expect(page.locator('lesson-check input:checked')).toHaveCount(0);
    await expect(page.locator('lesson-check .check-feedback:visible')).toHaveCount(0);
    await expect(page.locator('lesson-check .check-mark:not(:empty)')).toHaveCount(0);
    await expect(page.locator('lesson-check fieldset[data-result]')).toHaveCount(0);
    await expect(page.locator('lesson-check fieldset:disabled')).toHaveCount(0);
    await expect(status(page)).toHaveText('');
    await expect(checkButton(page)).toBeVisible();
  });

  test('keyboard only: Tab into the questions, arrows and Space, Tab to Check answers, Enter', async ({ page }) => {
    await page.goto(LESSON);
    const key = await readKey(page);
    await expect(status(page)).toHaveAttribute('aria-live', 'polite');
    await expect(status(page)).toHaveAttribute('role', 'status');
    await expect(status(page)).toHaveText('');

    const first = question(page, key[0]!).locator('input').first();
    for (let i = 0; i < 300 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    for (const q of key) {
      const inputs = question(page, q).locator('input');
      await expect(inputs.first()).toBeFocused();
      if (q.kind === 'multiple') {
        for (const [i, choice] of q.choices.entries()) {
          if (i > 0) await page.keyboard.press('Tab');
          await expect(inputs.nth(i)).toBeFocused();
          if (q.correct.includes(choice)) await page.keyboard.press('Space');
        }
      } else {
        const target = q.choices.indexOf(q.correct[0]!);
        if (target === 0) await page.keyboard.press('Space');
        for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
        await expect(inputs.nth(target)).toBeChecked();
      }
      await page.keyboard.press('Tab');
    }
    await expect(checkButton(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText(
      `You scored ${key.length} of ${key.length}. You passed, so this lesson is marked complete.`,
    );
    await expect(page.locator('lesson-check [data-part="result"]')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(tryAgain(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(question(page, key[0]!).locator('input').first()).toBeFocused();
  });

  test('unanswered questions are named with links and focused; nothing is graded', async ({ page }) => {
    await page.goto(LESSON);
    const key = await readKey(page);
    expect(key.length, 'this test needs at least 3 questions').toBeGreaterThanOrEqual(3);
    await choose(page, key[0]!, key[0]!.correct);
    await choose(page, key[2]!, key[2]!.correct);
    await checkButton(page).click();

    const missing = key.map((q, i) => ({ q, n: i + 1 })).filter(({ n }) => n !== 1 && n !== 3);
    await expect(status(page)).toHaveText(
      `Answer every question before checking. Not answered yet: ${missing.map(({ n }) => `Question ${n}`).join(', ')}.`,
    );
    const links = status(page).getByRole('link');
    await expect(links).toHaveCount(missing.length);
    for (const [i, { q, n }] of missing.entries()) {
      await expect(links.nth(i)).toHaveText(`Question ${n}`);
      await expect(links.nth(i)).toHaveAttribute('href', `#q-${q.id}`);
    }
    await expect(question(page, key[1]!).locator('input').first()).toBeFocused();
    await expect(page.locator('lesson-check fieldset[data-result]')).toHaveCount(0);
    await expect(page.locator('lesson-check .check-feedback:visible')).toHaveCount(0);
    await expect(checkButton(page)).toBeVisible();
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();

    await links.nth(1).click();
    await expect(page).toHaveURL(new RegExp(`#q-${missing[1]!.q.id}$`));
  });

  const broken: [string, string, RegExp][] = [
    ['garbage', '{"version":2,"lessons":', /could not be read/],
    ['a wrong shape', JSON.stringify({ version: 2, lessons: [1, 2, 3] }), /could not be read/],
    ['a future version', JSON.stringify({ version: 99, lessons: {}, streak: 4 }), /newer version of this site/],
  ];
  for (const [what, raw, notice] of broken) {
    test(`saved progress with ${what}: a notice, and the check still works`, async ({ page }) => {
      await page.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [KEY, raw]);
      await page.goto(LESSON);
      await expect(page.locator('lesson-check .check-notice:visible')).toHaveText(notice);
      const key = await readKey(page);
      await answerAll(page, key);
      await checkButton(page).click();
      await expect(status(page)).toContainText(`You scored ${key.length} of ${key.length}.`);
      const stored = await page.evaluate((k) => localStorage.getItem(k), KEY);
      // Unreadable data is replaced by a good record; a newer version's data is left alone.
      if (what === 'a future version') expect(stored).toBe(raw);
      else expect(JSON.parse(stored!).lessons[LESSON_ID].best.score).toBe(key.length);
    });
  }

  test('storage that throws on access: a notice, and the check still grades', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(LESSON);
    await expect(page.locator('lesson-check .check-notice:visible')).toHaveText(/not letting the site save progress/);
    const key = await readKey(page);
    await answerAll(page, key);
    await checkButton(page).click();
    await expect(status(page)).toContainText(`You scored ${key.length} of ${key.length}.`);
    await page.goto('/');
    await expect(page.locator('.lesson-status:not(:empty)')).toHaveCount(0);
  });

  test('full storage (QuotaExceededError): the result is shown and a notice says it was not saved', async ({
    page,
  }) => {
    await page.addInitScript((k) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name: string, value: string) {
        if (name === k) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, name, value);
      };
    }, KEY);
    await page.goto(LESSON);
    await expect(page.locator('lesson-check .check-notice:visible')).toHaveCount(0);
    const key = await readKey(page);
    await answerAll(page, key);
    await checkButton(page).click();
    await expect(status(page)).toContainText(`You scored ${key.length} of ${key.length}.`);
    await expect(page.locator('lesson-check .check-notice:visible')).toHaveText(/storage is full/);
  });

  test('a pass in another tab shows up on an open home page', async ({ page, context }) => {
    const home = await context.newPage();
    await home.goto('/');
    const status = home.locator(`li[data-lesson-id="${LESSON_ID}"] .lesson-status`);
    await expect(status).toHaveText('');
    await page.goto(LESSON);
    await answerAll(page, await readKey(page));
    await checkButton(page).click();
    await expect(status).toHaveText('Completed');
  });

  test('without JavaScript: every question and its "Show answer" disclosure are there', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(LESSON);
    const fieldsets = page.locator('fieldset[data-question-id]');
    const count = await fieldsets.count();
    expect(count).toBeGreaterThan(0);
    await expect(page.locator('details.check-answer > summary', { hasText: 'Show answer' })).toHaveCount(count);
    for (let i = 0; i < count; i++) {
      const fieldset = fieldsets.nth(i);
      await expect(fieldset.locator('legend')).toContainText(`Question ${i + 1} of ${count}`);
      await expect(fieldset.locator('input').first()).toBeVisible();
      await expect(fieldset.locator('summary')).toBeVisible();
    }
    const firstAnswer = fieldsets.first().locator('details.check-answer');
    await firstAnswer.locator('summary').click();
    await expect(firstAnswer.locator('.check-answer-text')).toBeVisible();
    await expect(firstAnswer.locator('[data-correct="true"]').first()).toBeVisible();
    await expect(checkButton(page)).toBeHidden();
    await context.close();
  });

  test('upgrading moves nothing on the lesson page or the home page', async ({ page }) => {
    // Tall enough that the whole check is on screen: any shift would count.
    await page.setViewportSize({ width: 1280, height: 8000 });
    const shifts = async () => {
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      return page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) =>
              resolve(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0)),
            ).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(0), 500);
          }),
      );
    };
    await page.goto(LESSON);
    await expect(checkButton(page)).toBeVisible();
    expect(await shifts()).toBe(0);

    await answerAll(page, await readKey(page));
    await checkButton(page).click();
    await page.goto('/');
    await expect(page.locator(`li[data-lesson-id="${LESSON_ID}"] .lesson-status`)).toHaveText('Completed');
    expect(await shifts()).toBe(0);
  });

  for (const theme of ['light', 'dark'] as Theme[]) {
    test.describe(`axe, ${theme} theme`, () => {
      test('before any answer', async ({ page }) => {
        await gotoWithTheme(page, LESSON, theme);
        await expect(checkButton(page)).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });

      test('after a wrong attempt', async ({ page }) => {
        await gotoWithTheme(page, LESSON, theme);
        const key = await readKey(page);
        await answerAll(page, key, twoWrong(key));
        await checkButton(page).click();
        await expect(question(page, twoWrong(key)[0]!).locator('.check-verdict')).toHaveText('Not quite.');
        expect(await axeViolations(page)).toEqual([]);
      });

      test('after passing, and when coming back', async ({ page }) => {
        await gotoWithTheme(page, LESSON, theme);
        await answerAll(page, await readKey(page));
        await checkButton(page).click();
        await expect(status(page)).toContainText('You passed');
        expect(await axeViolations(page), 'after passing').toEqual([]);
        await page.reload();
        await expect(page.locator('lesson-check [data-part="saved"]')).toBeVisible();
        expect(await axeViolations(page), 'coming back').toEqual([]);
      });

      test('home page with a completed lesson', async ({ page }) => {
        await gotoWithTheme(page, LESSON, theme);
        await answerAll(page, await readKey(page));
        await checkButton(page).click();
        await page.goto('/');
        await expect(page.locator(`li[data-lesson-id="${LESSON_ID}"] .lesson-status`)).toHaveText('Completed');
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }
});
