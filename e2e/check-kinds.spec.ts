/**
 * The check's newer parts, against the built site: order questions (Up and Down, announcements,
 * focus, feedback on the first misplaced step), written answers (saved as typed, back after a
 * reload, the self-check in the summary), shuffling per attempt (grading by text, a reload keeps
 * the order, pinned options stay, true/false and lead-or-manage never move) and "From earlier"
 * questions. Lessons are found by what their built checks hold, never named here.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, gotoWithTheme, type Theme } from './fixtures';
import { shuffle } from '../src/lib/quiz/shuffle';
import {
  answerAll,
  arrangeSteps,
  builtHtml,
  checkButton,
  graded,
  lessonsWith,
  moveButton,
  question,
  readCheck,
  shownSteps,
  status,
  tryAgain,
  upgraded,
  writeAnswer,
  type PageQuestion,
} from './check-helpers';
import { lessonPages } from './site-pages';

const KEY = 'lm-progress';

async function open(page: Page, path: string): Promise<PageQuestion[]> {
  await page.goto(path);
  await upgraded(page);
  return readCheck(page);
}

const first = (kind: string, key: PageQuestion[]) => key.find((q) => q.kind === kind)!;
const moves = (page: Page) => page.locator('lesson-check [data-part="moves"]');

test.describe('order questions', () => {
  const lesson = lessonsWith('order')[0];
  test.skip(!lesson, 'no lesson has an order question yet');

  test('Up and Down move a step, announce its new place and keep focus; the edges say so', async ({ page }) => {
    const key = await open(page, lesson!);
    const q = first('order', key);
    const shown = await shownSteps(page, q);
    const last = shown.at(-1)!;
    const lastText = q.steps.find((s) => s.id === last)!.text;

    await expect(moves(page)).toHaveAttribute('aria-live', 'polite');
    const up = moveButton(page, q, last, 'up');
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(up).toBeFocused();
    expect((await shownSteps(page, q)).indexOf(last)).toBe(shown.length - 2);
    const bare = lastText.replace(/\.$/, '');
    await expect(moves(page)).toHaveText(`“${bare}” is now step ${shown.length - 1} of ${shown.length}.`);

    // All the way up; at the top, Up stays focusable, says it cannot go further, and moves nothing.
    for (let i = 0; i < shown.length; i++) await page.keyboard.press('Space');
    expect((await shownSteps(page, q))[0]).toBe(last);
    await expect(up).toBeFocused();
    await expect(up).toHaveAttribute('aria-disabled', 'true');
    await expect(moves(page)).toHaveText(
      new RegExp(`^“${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}” is already first\\.`),
    );

    const down = moveButton(page, q, last, 'down');
    await down.focus();
    await page.keyboard.press('Enter');
    await expect(down).toBeFocused();
    expect((await shownSteps(page, q)).indexOf(last)).toBe(1);
  });

  test('graded right only when fully right; feedback names the first misplaced step and gives the order', async ({
    page,
  }) => {
    const key = await open(page, lesson!);
    const q = first('order', key);
    const right = q.steps.map((s) => s.id);
    // Right but for the last two steps, swapped.
    const almost = [...right.slice(0, -2), right.at(-1)!, right.at(-2)!];
    await arrangeSteps(page, q, almost);
    await answerAll(
      page,
      key.filter((k) => k !== q),
    );
    await checkButton(page).click();

    const total = graded(key).length;
    await expect(status(page)).toContainText(`You scored ${total - 1} of ${total}.`);
    const feedback = question(page, q).locator('.check-feedback');
    const bare = (id: string) => q.steps.find((s) => s.id === id)!.text.replace(/\.$/, '');
    await expect(feedback.locator('.check-verdict')).toHaveText('Not quite.');
    await expect(feedback).toContainText(
      `The first step out of place is number ${right.length - 1}: it should be “${bare(right.at(-2)!)}”, not “${bare(right.at(-1)!)}”.`,
    );
    await expect(feedback.locator('ol li')).toHaveText(q.steps.map((s) => s.text));
    const explanation = (await question(page, q).locator('.check-answer .check-explanation').textContent())!.trim();
    await expect(feedback).toContainText(explanation);
    await expect(question(page, q).locator('.check-steps .check-mark[data-mark="wrong"]')).toHaveCount(2);
    await expect(question(page, q).getByRole('button', { name: /^Move/ }).first()).toBeDisabled();

    await tryAgain(page).click();
    const again = await readCheck(page);
    const q2 = first('order', again);
    await arrangeSteps(page, q2, right);
    await answerAll(
      page,
      again.filter((k) => k.id !== q2.id && k.kind !== 'order'),
    );
    for (const other of again.filter((k) => k.kind === 'order' && k.id !== q2.id))
      await arrangeSteps(
        page,
        other,
        other.steps.map((s) => s.id),
      );
    await checkButton(page).click();
    await expect(question(page, q2).locator('.check-verdict')).toHaveText('Correct.');
    await expect(question(page, q2).locator('.check-feedback')).toContainText(explanation);
  });
});

test.describe('written answers', () => {
  const lesson = lessonsWith('write')[0];
  test.skip(!lesson, 'no lesson has a write question yet');

  test('the textarea is labelled by the prompt; the model answer and criteria are behind a disclosure', async ({
    page,
  }) => {
    const key = await open(page, lesson!);
    const q = first('write', key);
    const fieldset = question(page, q);
    const prompt = (await fieldset.locator(`#p-${q.id}`).textContent())!.trim();
    await expect(fieldset.getByRole('textbox', { name: prompt, exact: true })).toBeVisible();
    await expect(fieldset.locator('.check-model .check-criteria')).toBeHidden();
    await fieldset.getByText('Show model answer').click();
    await expect(fieldset.getByRole('group', { name: 'Which of these does your answer do?' })).toBeVisible();
    await expect(
      fieldset.getByRole('group', { name: 'Which of these does your answer do?' }).getByRole('checkbox'),
    ).toHaveCount(q.criteria);
  });

  test('the text and the ticked criteria survive a reload; the summary counts criteria, not score', async ({
    page,
  }) => {
    const key = await open(page, lesson!);
    const q = first('write', key);
    const text = 'Sort the shelves by Friday; done means every box is labelled.';
    await writeAnswer(page, q, text, 1);
    // Saved after a short pause in typing (and at once on leaving the field).
    await expect
      .poll(async () =>
        page.evaluate(
          ([k, id]) => JSON.parse(localStorage.getItem(k!) ?? '{}').lessons?.[id!]?.written,
          [KEY, lesson!.split('/')[2]],
        ),
      )
      .toMatchObject({ [q.id]: { text, met: [0] } });

    await page.reload();
    await upgraded(page);
    await expect(question(page, q).getByRole('textbox')).toHaveValue(text);
    await expect(question(page, q).locator('.check-criteria input:checked')).toHaveCount(1);

    // Unanswered until the model answer has been opened in this visit.
    const again = await readCheck(page);
    await answerAll(
      page,
      again.filter((k) => k.kind !== 'write'),
    );
    await checkButton(page).click();
    await expect(status(page)).toContainText('Not answered yet');
    await expect(question(page, q).locator('summary')).toBeFocused();

    await writeAnswer(page, q, text, q.criteria);
    for (const other of again.filter((k) => k.kind === 'write' && k.id !== q.id))
      await writeAnswer(page, other, 'Another answer.', 2);
    await checkButton(page).click();
    const total = graded(again).length;
    const written = again.filter((k) => k.kind === 'write');
    const criteria = written.reduce((n, k) => n + k.criteria, 0);
    const met = written.reduce((n, k) => n + (k.id === q.id ? k.criteria : Math.min(2, k.criteria)), 0);
    await expect(status(page)).toHaveText(
      `You scored ${total} of ${total}. You passed, so this lesson is marked complete. ${written.length === 1 ? 'Written answer' : 'Written answers'}: you met ${met} of ${criteria} criteria.`,
    );
    await expect(question(page, q).locator('.check-feedback')).toHaveText(
      `Your answer is saved in this browser. By your own check, it does ${q.criteria} of the ${q.criteria} things listed.`,
    );
    await expect(question(page, q).getByRole('textbox')).toBeDisabled();

    // Try again keeps the text and clears the self-check.
    await tryAgain(page).click();
    await expect(question(page, q).getByRole('textbox')).toHaveValue(text);
    await expect(question(page, q).locator('.check-criteria input:checked')).toHaveCount(0);
  });
});

test.describe('shuffling', () => {
  const lesson = lessonsWith('single')[0];
  test.skip(!lesson, 'no lesson has a single-choice question');

  /** Every list the learner sees, by question id: choice ids or step ids in the order shown. */
  const shownOrder = (page: Page) =>
    page
      .locator('lesson-check fieldset[data-kind]')
      .evaluateAll((fieldsets) =>
        Object.fromEntries(
          fieldsets.map((f) => [
            f.id.slice(2),
            [...f.querySelectorAll<HTMLElement>('.check-options input, .check-steps > li')].map(
              (el) => (el as HTMLInputElement).value || el.dataset.step,
            ),
          ]),
        ),
      );

  test('options follow the attempt seed; a reload keeps the order and Try again changes it', async ({ page }) => {
    await page.goto(lesson!);
    const authored = await page
      .locator('lesson-check fieldset[data-kind="single"], lesson-check fieldset[data-kind="multiple"]')
      .evaluateAll((fieldsets) =>
        fieldsets.map((f) => ({
          id: f.id.slice(2),
          options: [...f.querySelectorAll<HTMLElement>('.check-options li')].map((li) => ({
            id: li.querySelector('input')!.value,
            pinned: li.hasAttribute('data-pinned'),
          })),
        })),
      );
    await upgraded(page);
    const checkId = lesson!.split('/')[2];
    const seed = await page.evaluate((id) => sessionStorage.getItem(`lm-check-seed:${id}`), checkId);
    expect(seed).toBeTruthy();
    const order = await shownOrder(page);
    for (const q of authored) {
      const expected = shuffle(q.options, `${seed}:${q.id}`, (o) => o.pinned).map((o) => o.id);
      expect(order[q.id], q.id).toEqual(expected);
    }
    // True/false and lead-or-manage keep their fixed order.
    for (const [id, choices] of Object.entries(order)) {
      if (choices.includes('true')) expect(choices, id).toEqual(['true', 'false']);
      if (choices.includes('both')) expect(choices, id).toEqual(['leadership', 'management', 'both']);
    }

    await page.reload();
    await upgraded(page);
    expect(await shownOrder(page)).toEqual(order);

    // Answer by text in the shuffled order, and grading is right.
    const key = await readCheck(page);
    await answerAll(page, key);
    await checkButton(page).click();
    await expect(status(page)).toContainText(`You scored ${graded(key).length} of ${graded(key).length}.`);
    await tryAgain(page).click();
    const next = await page.evaluate((id) => sessionStorage.getItem(`lm-check-seed:${id}`), checkId);
    expect(next).toBeTruthy();
    expect(next).not.toBe(seed);
    for (const q of authored) {
      const expected = shuffle(q.options, `${next}:${q.id}`, (o) => o.pinned).map((o) => o.id);
      expect((await shownOrder(page))[q.id], q.id).toEqual(expected);
    }
  });

  test('a learner already answering when the code arrives keeps the order they see', async ({ page }) => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(/checkController/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(lesson!);
    const fieldset = page.locator('lesson-check fieldset[data-kind="single"]').first();
    await fieldset.scrollIntoViewIfNeeded();
    const before = await shownOrder(page);
    await fieldset.locator('.check-options input').first().check();
    release();
    await expect(page.locator('lesson-check[data-ready]')).toHaveCount(1);
    expect(await shownOrder(page)).toEqual(before);
    await expect(fieldset.locator('.check-options input').first()).toBeChecked();
  });

  test('pinned options keep their authored place', async ({ page }) => {
    const pinnedLesson = lessonsWith('single').find((path) => builtHtml(path).includes('data-pinned'));
    test.skip(!pinnedLesson, 'no question pins an option yet');
    await page.goto(pinnedLesson!);
    const authored = await page
      .locator('lesson-check li[data-pinned]')
      .evaluateAll((lis) =>
        lis.map((li) => ({ value: li.querySelector('input')!.value, at: [...li.parentElement!.children].indexOf(li) })),
      );
    await upgraded(page);
    for (let attempt = 0; attempt < 3; attempt++) {
      for (const { value, at } of authored) {
        const now = await page
          .locator(`lesson-check li[data-pinned]:has(input[value="${value}"])`)
          .evaluate((li) => [...li.parentElement!.children].indexOf(li));
        expect(now).toBe(at);
      }
      await page.evaluate(() => sessionStorage.clear());
      await page.reload();
      await upgraded(page);
    }
  });

  test('without JavaScript the options show in the authored order', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(lesson!);
    const letters = await page
      .locator('lesson-check fieldset[data-kind="single"]')
      .first()
      .locator('.check-answer [data-choice] strong')
      .allTextContents();
    expect(letters).toEqual(['A', 'B', 'C', 'D', 'E', 'F'].slice(0, letters.length));
    const shown = await page
      .locator('lesson-check fieldset[data-kind="single"]')
      .first()
      .locator('.check-options input')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    const answers = await page
      .locator('lesson-check fieldset[data-kind="single"]')
      .first()
      .locator('.check-answer [data-choice]')
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.choice));
    expect(shown).toEqual(answers);
    await context.close();
  });
});

test.describe('"From earlier" questions', () => {
  const lesson = lessonPages().find((path) => builtHtml(path).includes('From earlier:'));
  test.skip(!lesson, 'no lesson has a "From earlier" question yet');

  test('are labelled with the earlier lesson, link to it and count in the score', async ({ page }) => {
    const key = await open(page, lesson!);
    const legends = page.locator('lesson-check fieldset[data-kind] > legend', { hasText: 'From earlier:' });
    expect(await legends.count()).toBeGreaterThan(0);
    const link = legends.first().getByRole('link');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/lessons\/[a-z0-9-]+\/$/);
    expect(href).not.toBe(lesson);
    await answerAll(page, key);
    await checkButton(page).click();
    await expect(status(page)).toContainText(`You scored ${graded(key).length} of ${graded(key).length}.`);
    const title = (await link.textContent())!.trim();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator('h1')).toHaveText(title);
  });
});

for (const theme of ['light', 'dark'] as Theme[]) {
  test.describe(`axe on order and write questions, ${theme} theme`, () => {
    const lesson = lessonsWith('order', 'write')[0] ?? lessonsWith('order')[0] ?? lessonsWith('write')[0];
    test.skip(!lesson, 'no lesson has an order or write question yet');

    test('moved, model answer open, then graded wrong', async ({ page }) => {
      await gotoWithTheme(page, lesson!, theme);
      await upgraded(page);
      const key = await readCheck(page);
      const order = key.find((q) => q.kind === 'order');
      if (order) await moveButton(page, order, (await shownSteps(page, order)).at(-1)!, 'up').click();
      const write = key.find((q) => q.kind === 'write');
      if (write) await writeAnswer(page, write, 'A first try.', 1);
      expect(await axeViolations(page), 'while answering').toEqual([]);
      await answerAll(
        page,
        key,
        key.filter((q) => q.kind === 'order'),
      );
      await checkButton(page).click();
      await expect(status(page)).toContainText('You scored');
      expect(await axeViolations(page), 'after grading').toEqual([]);
    });
  });
}
