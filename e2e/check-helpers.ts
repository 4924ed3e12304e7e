/**
 * What the check specs share: finding lessons whose check has a given kind of question (in the
 * built pages, so the tests follow the content as it is rewritten), reading each question's
 * answer key from the page, and answering like a learner: choices by their text, steps with the
 * Up and Down buttons, written answers by typing. Never by position: options and steps are
 * shuffled for each attempt.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { lessonPages } from './site-pages';

const DIST = new URL('../dist/', import.meta.url).pathname;

/** The built HTML of a page path such as /lessons/x/. */
export function builtHtml(path: string): string {
  return readFileSync(`${DIST}${path.replace(/^\//, '')}index.html`, 'utf8');
}

/** Lesson pages whose check has every one of `kinds`, in course order of their files. */
export function lessonsWith(...kinds: string[]): string[] {
  return lessonPages().filter((path) => {
    const html = builtHtml(path);
    return kinds.every((kind) => html.includes(`data-kind="${kind}"`));
  });
}

/** The lesson used for the general tests: the one whose check has the most kinds of question. */
export function richestLesson(): string {
  const kindsOf = (path: string) =>
    new Set([...builtHtml(path).matchAll(/data-kind="([a-z-]+)"/g)].map((m) => m[1])).size;
  return [...lessonPages()].sort((a, b) => kindsOf(b) - kindsOf(a))[0]!;
}

export interface PageQuestion {
  id: string;
  kind: string;
  /** 1-based, as "Question N of M" says. */
  number: number;
  /** Choice questions: every choice in the order shown, with its text and whether it is right. */
  choices: { id: string; text: string; correct: boolean }[];
  /** Order questions: the steps in the right order. */
  steps: { id: string; text: string }[];
  /** Written answers: how many criteria. */
  criteria: number;
}

/** Every question of the page's check with its answer key, read from the page (the "Show answer" lists). */
export async function readCheck(page: Page): Promise<PageQuestion[]> {
  const questions = await page.locator('lesson-check fieldset[data-kind]').evaluateAll((fieldsets) =>
    fieldsets.map((f, i) => {
      const fieldset = f as HTMLElement;
      const answers = [...fieldset.querySelectorAll<HTMLElement>('.check-answer [data-choice]')];
      return {
        id: fieldset.id.slice(2),
        kind: fieldset.dataset.kind!,
        number: i + 1,
        choices: [...fieldset.querySelectorAll<HTMLInputElement>('.check-options input')].map((input) => ({
          id: input.value,
          // The option's own text, without the mark the feedback may have added.
          text: input.nextElementSibling!.firstChild?.textContent?.trim() ?? '',
          correct: answers.some((a) => a.dataset.choice === input.value && a.hasAttribute('data-correct')),
        })),
        steps: [...fieldset.querySelectorAll<HTMLElement>('.check-answer [data-step]')].map((li) => ({
          id: li.dataset.step!,
          text: li.textContent!.trim(),
        })),
        criteria: fieldset.querySelectorAll('.check-criteria input').length,
      };
    }),
  );
  expect(questions.length, 'the check has questions').toBeGreaterThan(0);
  for (const q of questions) {
    if (q.kind === 'order') expect(q.steps.length, `${q.id} has steps`).toBeGreaterThanOrEqual(3);
    else if (q.kind === 'write') expect(q.criteria, `${q.id} has criteria`).toBeGreaterThanOrEqual(3);
    else
      expect(
        q.choices.some((c) => c.correct),
        `${q.id} has a right answer`,
      ).toBe(true);
  }
  return questions;
}

/** Graded questions (written answers are not). */
export const graded = (key: PageQuestion[]) => key.filter((q) => q.kind !== 'write');

export const question = (page: Page, q: PageQuestion) => page.locator(`#q-${q.id}`);
export const status = (page: Page) => page.locator('lesson-check [data-part="status"]');
export const savedLine = (page: Page) => page.locator('lesson-check [data-part="saved"]');
export const checkButton = (page: Page) => page.getByRole('button', { name: 'Check answers' });
export const tryAgain = (page: Page) => page.getByRole('button', { name: 'Try again' });
export const today = (page: Page) => page.evaluate(() => new Date().toLocaleDateString('en-GB', { dateStyle: 'long' }));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A choice's input, found by its text (the accessible name may start with a letter such as "B."). */
export function choiceInput(page: Page, q: PageQuestion, choiceId: string): Locator {
  const text = q.choices.find((c) => c.id === choiceId)!.text;
  const role = q.kind === 'multiple' ? 'checkbox' : 'radio';
  return question(page, q).getByRole(role, { name: new RegExp(`^(?:[A-F]\\.\\s*)?${escape(text)}`) });
}

/** The ids of the steps of an order question in the order shown. */
export const shownSteps = (page: Page, q: PageQuestion) =>
  question(page, q)
    .locator('.check-steps > li')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.step!));

/** A step's Up or Down button, found by the step's text. */
export function moveButton(page: Page, q: PageQuestion, stepId: string, direction: 'up' | 'down'): Locator {
  const text = q.steps.find((s) => s.id === stepId)!.text;
  return question(page, q).getByRole('button', { name: `Move ${direction}: ${text}`, exact: true });
}

/** Puts the steps in `order` with the mouse (Up buttons), one step at a time from the top. */
export async function arrangeSteps(page: Page, q: PageQuestion, order: string[]): Promise<void> {
  for (const [target, id] of order.entries()) {
    let at = (await shownSteps(page, q)).indexOf(id);
    for (; at > target; at--) await moveButton(page, q, id, 'up').click();
  }
  expect(await shownSteps(page, q)).toEqual(order);
}

export const rightAnswer = (q: PageQuestion) => q.choices.filter((c) => c.correct).map((c) => c.id);

/** A wrong answer: on "choose all that apply" a partial one (it must count as wrong), else a wrong option. */
export function wrongAnswer(q: PageQuestion): string[] {
  const right = rightAnswer(q);
  if (q.kind === 'multiple' && right.length > 1) return right.slice(0, -1);
  const wrong = q.choices.find((c) => !c.correct);
  if (!wrong) throw new Error(`question ${q.id} has no wrong option to choose`);
  return [wrong.id];
}

/** A written answer: some text, the model answer opened and the first `met` criteria ticked. */
export async function writeAnswer(page: Page, q: PageQuestion, text: string, met: number): Promise<void> {
  await question(page, q).getByRole('textbox').fill(text);
  const model = question(page, q).locator('details.check-model');
  if (!(await model.evaluate((d) => (d as HTMLDetailsElement).open))) await model.locator('summary').click();
  const boxes = model.getByRole('checkbox');
  for (let i = 0; i < q.criteria; i++) await boxes.nth(i).setChecked(i < met);
}

/**
 * Answers every question: right, except those in `wrong` (a wrong choice, or the steps left in
 * their scrambled order, where no step is in its place). Written answers tick `met` criteria.
 */
export async function answerAll(page: Page, key: PageQuestion[], wrong: PageQuestion[] = [], met = 2): Promise<void> {
  for (const q of key) {
    if (q.kind === 'write') await writeAnswer(page, q, `My answer to ${q.id}.`, Math.min(met, q.criteria));
    else if (q.kind === 'order') {
      if (!wrong.includes(q))
        await arrangeSteps(
          page,
          q,
          q.steps.map((s) => s.id),
        );
    } else for (const id of wrong.includes(q) ? wrongAnswer(q) : rightAnswer(q)) await choiceInput(page, q, id).check();
  }
}

/** One wrong answer on a one-answer question and, when there is one, a partial "choose all" answer. */
export function twoWrong(key: PageQuestion[]): PageQuestion[] {
  const single = key.find((q) => q.kind === 'single' || q.kind === 'true-false' || q.kind === 'lead-or-manage')!;
  const multiple = key.find((q) => q.kind === 'multiple' && rightAnswer(q).length > 1);
  return multiple ? [single, multiple] : [single];
}

/** The criteria line the score ends with when the check has written answers, for `met` ticked in each. */
export function criteriaLine(key: PageQuestion[], met: number): string {
  const written = key.filter((q) => q.kind === 'write');
  if (written.length === 0) return '';
  const total = written.reduce((n, q) => n + q.criteria, 0);
  const ticked = written.reduce((n, q) => n + Math.min(met, q.criteria), 0);
  return ` ${written.length === 1 ? 'Written answer' : 'Written answers'}: you met ${ticked} of ${total} criteria.`;
}

/**
 * Waits for the check to be ready for the learner: on a lesson its code loads when the check comes
 * near the screen; on the final check the options are ordered with the page and the grading code
 * loads at the first press or focus in the check (a press made before it arrives is replayed).
 */
export async function upgraded(page: Page): Promise<void> {
  await page.locator('lesson-check').scrollIntoViewIfNeeded();
  await expect(page.locator('lesson-check[data-ready]')).toHaveCount(1);
}
