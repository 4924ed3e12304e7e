/**
 * The self-assessment at /self-assessment/ as a learner meets it, against the built site. Each
 * statement's difference, side and wording direction are read from the page's own fieldsets, so
 * the scripted answers follow the content file rather than hard-coding its order.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, gotoWithTheme } from './fixtures';

const PAGE = '/self-assessment/';
const lesson = (id: string) => `/lessons/${id}/`;
const KEY = 'lm-self-assessment';

interface Statement {
  id: string;
  difference: string;
  side: 'leadership' | 'management';
  reverse: boolean;
}

async function statementsOf(page: Page): Promise<Statement[]> {
  const statements = await page.locator('fieldset[data-statement]').evaluateAll((fieldsets) =>
    fieldsets.map((f) => {
      const d = (f as HTMLElement).dataset;
      return { id: d.statement!, difference: d.difference!, side: d.side!, reverse: f.hasAttribute('data-reverse') };
    }),
  );
  expect(statements.length).toBeGreaterThanOrEqual(12);
  return statements as Statement[];
}

/**
 * The scripted answers: on focus every leadership statement "Strongly agree" (5) and every
 * management one "Strongly disagree" (1); on risk "Neither" (3) throughout; on communication the
 * other way round from focus. Reverse-worded statements get the same answer as their neighbours,
 * so they pull their side's score down: with 3 statements per side (one reversed) that gives
 * (5 + 5 + 1 − 3) / 12 = 67 and (1 + 1 + 5 − 3) / 12 = 33.
 */
const SCRIPT: Record<string, Record<Statement['side'], number>> = {
  focus: { leadership: 5, management: 1 },
  risk: { leadership: 3, management: 3 },
  communication: { leadership: 1, management: 5 },
};

async function answer(page: Page, statements: Statement[], skip: string[] = []) {
  for (const s of statements) {
    if (skip.includes(s.id)) continue;
    await page.locator(`#statement-${s.id} input[value="${SCRIPT[s.difference]![s.side]}"]`).check();
  }
}

const results = (page: Page) => page.locator('[data-part="results"]');
const seeResults = (page: Page) => page.getByRole('button', { name: 'See my results' });

test.use({ locale: 'en-GB', timezoneId: 'UTC' });

test('a scripted set of answers gives the expected scores, chart, reading and next steps', async ({ page }) => {
  await page.goto(PAGE);
  const statements = await statementsOf(page);
  expect(new Set(statements.map((s) => s.difference))).toEqual(new Set(Object.keys(SCRIPT)));
  await answer(page, statements);
  await seeResults(page).click();

  await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
  const table = page.getByRole('table', { name: 'Your scores, out of 100' });
  const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('Focus')).toHaveText(/Focus\s*67\s*33\s*Leadership/);
  await expect(row('Risk')).toHaveText(/Risk\s*50\s*50\s*Even/);
  await expect(row('Communication')).toHaveText(/Communication\s*33\s*67\s*Management/);
  await expect(row('Overall')).toHaveText(/Overall\s*50\s*50\s*Even/);

  // The chart is an image whose text alternative carries every number.
  const chart = results(page).getByRole('img');
  await expect(chart).toHaveAccessibleName(
    'Bar chart of your scores out of 100. Focus: leadership 67, management 33. ' +
      'Risk: leadership 50, management 50. Communication: leadership 33, management 67.',
  );
  expect(await chart.evaluate((svg) => svg.tagName.toLowerCase())).toBe('svg');

  await expect(results(page).getByRole('heading', { name: 'Your answers are fairly even' })).toBeVisible();
  await expect(results(page).getByRole('heading', { name: /You lean towards/ })).toHaveCount(0);
  // Next steps: the balanced profile's, then practice for the weaker side where a difference leans.
  const steps = results(page).locator('li:visible');
  await expect(steps.filter({ hasText: 'Focus, management side' })).toHaveCount(1);
  await expect(steps.filter({ hasText: 'Communication, leadership side' })).toHaveCount(1);
  await expect(steps.filter({ hasText: /^Risk,/ })).toHaveCount(0);
  await expect(steps.filter({ hasText: 'Focus, management side' }).getByRole('link')).toHaveAttribute(
    'href',
    lesson('difference-focus'),
  );
  await expect(steps.getByRole('link', { name: /choosing which side/ })).toHaveAttribute(
    'href',
    lesson('not-either-or'),
  );

  const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(saved.version).toBe(1);
  expect(saved.attempts).toHaveLength(1);
  expect(saved.attempts[0].scores).toEqual({
    focus: { leadership: 67, management: 33 },
    risk: { leadership: 50, management: 50 },
    communication: { leadership: 33, management: 67 },
  });
});

test('a clear lean shows that profile and the lessons for the weaker side', async ({ page }) => {
  await page.goto(PAGE);
  const statements = await statementsOf(page);
  // "Agree" to every management statement and "Disagree" to every leadership one.
  for (const s of statements)
    await page.locator(`#statement-${s.id} input[value="${s.side === 'management' ? 4 : 2}"]`).check();
  await seeResults(page).click();
  await expect(results(page).getByRole('heading', { name: 'You lean towards managing' })).toBeVisible();
  await expect(results(page).getByRole('link', { name: /what a leader works on/ })).toHaveAttribute(
    'href',
    lesson('what-leadership-is'),
  );
  await expect(results(page).locator('li:visible', { hasText: 'leadership side' })).toHaveCount(3);
});

test('attempts are kept with their dates, newest first, and shown again on return', async ({ page }) => {
  const earlier = {
    version: 1,
    attempts: [
      {
        at: '2025-05-03T09:30:00.000Z',
        answers: { 'who-does-what': 4 },
        scores: {
          focus: { leadership: 25, management: 75 },
          risk: { leadership: 25, management: 75 },
          communication: { leadership: 40, management: 70 },
        },
      },
    ],
  };
  // Seeded once: the init script runs again on reload, when the new attempt must not be overwritten.
  await page.addInitScript(
    ([k, v]) => localStorage.getItem(k!) ?? localStorage.setItem(k!, v!),
    [KEY, JSON.stringify(earlier)],
  );
  await page.clock.setFixedTime(new Date('2025-06-10T14:05:00Z'));
  await page.goto(PAGE);
  // A returning learner sees their latest result below the form, with its date.
  await expect(results(page)).toBeVisible();
  await expect(results(page).locator('[data-part="taken"]')).toHaveText('Taken on 3 May 2025 at 09:30.');
  await expect(results(page).getByRole('heading', { name: 'You lean towards managing' })).toBeVisible();

  await answer(page, await statementsOf(page));
  await seeResults(page).click();
  const history = page.getByRole('region', { name: 'Your attempts in this browser' });
  const rows = history.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveText(/10 June 2025 at 14:05 \(shown above\)\s*50\s*50\s*Even/);
  await expect(rows.nth(1)).toHaveText(/3 May 2025 at 09:30\s*30\s*73\s*Management/);
  await expect(rows.nth(0).locator('time')).toHaveAttribute('datetime', '2025-06-10T14:05:00.000Z');

  // Both are still there after a reload; the newest is the one shown.
  await page.reload();
  await expect(results(page).locator('[data-part="taken"]')).toHaveText('Taken on 10 June 2025 at 14:05.');
  await expect(history.locator('tbody tr')).toHaveCount(2);
});

test('unanswered statements are listed as links and nothing is scored', async ({ page }) => {
  await page.goto(PAGE);
  const statements = await statementsOf(page);
  const skipped = [statements[2]!.id, statements[9]!.id];
  await answer(page, statements, skipped);
  await seeResults(page).click();
  const missing = page.locator('[data-part="missing"]');
  await expect(missing).toBeFocused();
  await expect(missing).toContainText('2 are still unanswered');
  const links = missing.getByRole('link');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveText(/^Statement 3 of \d+/);
  await links.nth(1).click();
  await expect(page.locator(`#statement-${skipped[1]} input`).first()).toBeFocused();
  await expect(results(page)).toBeHidden();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
});

test('keyboard only: answer every statement with the arrow keys, get results, answer again', async ({ page }) => {
  // Some hundred key presses, each awaited.
  test.slow();
  await page.goto(PAGE);
  const statements = await statementsOf(page);
  const first = page.locator(`#statement-${statements[0]!.id} input`).first();
  for (let i = 0; i < 30 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  for (const s of statements) {
    // Tab lands on the group's first option; each arrow moves on one and selects it.
    const target = SCRIPT[s.difference]![s.side];
    if (target === 1) await page.keyboard.press('Space');
    for (let i = 1; i < target; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator(`#statement-${s.id} input[value="${target}"]`)).toBeChecked();
    await page.keyboard.press('Tab');
  }
  await expect(seeResults(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
  await expect(results(page).getByRole('img')).toHaveAccessibleName(/Focus: leadership 67, management 33/);

  const again = page.getByRole('button', { name: 'Answer again' });
  for (let i = 0; i < 20 && !(await again.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(first).toBeFocused();
  await expect(page.locator('fieldset[data-statement] input:checked')).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no violations before and after results (${theme})`, async ({ page }) => {
    // Two axe runs over ninety radio buttons: slow on a busy machine.
    test.slow();
    await gotoWithTheme(page, PAGE, theme);
    expect(await axeViolations(page)).toEqual([]);
    await answer(page, await statementsOf(page));
    await seeResults(page).click();
    await expect(results(page).getByRole('img')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('storage that throws on access: results still show, with a notice that they are not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(PAGE);
  await answer(page, await statementsOf(page));
  await seeResults(page).click();
  await expect(page.locator('[data-part="notice"]')).toHaveText(/not letting the site save anything/);
  await expect(results(page).getByRole('table', { name: 'Your scores, out of 100' })).toContainText('67');
});

test('corrupted saved attempts: a notice, and a new result replaces them', async ({ page }) => {
  await page.addInitScript((k) => localStorage.setItem(k, '{"version":1,"attempts":'), KEY);
  await page.goto(PAGE);
  await expect(page.locator('[data-part="notice"]')).toHaveText(/could not be read/);
  await expect(results(page)).toBeHidden();
  await answer(page, await statementsOf(page));
  await seeResults(page).click();
  const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(saved.attempts).toHaveLength(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the statements read, and the page says scoring needs JavaScript', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByText('Scoring needs JavaScript')).toBeVisible();
    await expect(page.locator('fieldset[data-statement]').first()).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Strongly agree' }).first()).toBeVisible();
    await expect(seeResults(page)).toBeHidden();
    await expect(page.getByText('not a validated instrument')).toBeVisible();
  });
});

test('linked from the home page and from lesson 9', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Take the self-assessment/ }).click();
  await expect(page).toHaveURL(PAGE);
  await page.goto(lesson('leader-or-manager'));
  await expect(page.locator('.lesson-body').getByRole('link', { name: 'self-assessment' })).toHaveAttribute(
    'href',
    PAGE,
  );
});
