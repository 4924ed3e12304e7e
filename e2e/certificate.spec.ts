/**
 * /certificate/: before the course is finished it says what is left, with links; once finished it
 * shows the record (name typed and kept, date, best scores, the self-assessment profile, the
 * "self-issued" label) and prints on one A4 or Letter page. Axe in both themes, and without JavaScript.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, gotoWithTheme, type Theme } from './fixtures';
import { may2025 as at, passedProgress, seedOnce as seed } from './progress-seed';

interface Check {
  id: string;
  title: string;
}

async function checks(page: Page): Promise<Check[]> {
  await page.goto('/certificate/');
  return JSON.parse((await page.locator('completion-record').getAttribute('data-lessons'))!) as Check[];
}

const progressPassing = (ids: string[]) => passedProgress(ids, { score: 6 });

const record = (page: Page) => page.locator('completion-record [data-part="record"]');

test.describe('the completion record', () => {
  test.describe.configure({ timeout: 90_000 });

  test('before completion it lists what is left, with links, and shows no record', async ({ page }) => {
    const lessons = await checks(page);
    await seed(page, { 'lm-progress': progressPassing([lessons[0]!.id]) });
    await page.reload();
    const left = page.locator('completion-record [data-part="left"]');
    await expect(left).toBeVisible();
    await expect(left.getByRole('link', { name: lessons[0]!.title })).toBeHidden();
    await expect(left.getByRole('link', { name: lessons[1]!.title })).toBeVisible();
    await expect(left.getByRole('link', { name: 'Final check' })).toHaveAttribute('href', '/final-check/');
    await expect(record(page)).toBeHidden();
  });

  test('after completion it shows the record, keeps the name, and prints on one page', async ({ page }) => {
    const lessons = await checks(page);
    await seed(page, {
      'lm-progress': progressPassing([...lessons.map((l) => l.id), 'final-check']),
      'lm-self-assessment': {
        version: 1,
        attempts: [{ at: at(20), answers: {}, scores: { focus: { leadership: 58, management: 75 } } }],
      },
    });
    await page.reload();
    await expect(record(page)).toBeVisible();
    await expect(page.locator('completion-record [data-part="left"]')).toBeHidden();
    await expect(record(page)).toContainText('Self-issued; no account or exam supervision.');
    await expect(record(page).locator(`tr[data-check-id="${lessons[0]!.id}"] td`)).toHaveText('6 of 7');
    await expect(record(page).locator('tr[data-check-id="final-check"] td')).toHaveText('6 of 7');
    await expect(record(page).locator('[data-part="profile"]')).toContainText('leadership 58, management 75');
    const finished = await page.evaluate(
      (iso) => new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long' }),
      at(lessons.length + 1),
    );
    await expect(record(page).locator('[data-part="date"]')).toHaveText(finished);

    const name = page.getByLabel('Your name, as it should appear on the record');
    await name.fill('Ada Lovelace');
    await expect(record(page).locator('[data-part="name-shown"]')).toHaveText('Ada Lovelace');
    await page.reload();
    await expect(name).toHaveValue('Ada Lovelace');
    await expect(record(page).locator('[data-part="name-shown"]')).toHaveText('Ada Lovelace');

    await page.emulateMedia({ media: 'print' });
    await expect(name).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(record(page)).toBeVisible();
    for (const format of ['A4', 'Letter']) {
      const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b/g), `${format} pages`).toHaveLength(1);
    }
  });

  test('without JavaScript it says what it needs and links home', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${test.info().project.use.baseURL}/certificate/`);
    await expect(page.getByText(/needs JavaScript, which is off or blocked/)).toBeVisible();
    await expect(page.locator('completion-record')).toBeHidden();
    await context.close();
  });

  for (const theme of ['light', 'dark'] as Theme[]) {
    test(`axe (${theme}): before and after completion`, async ({ page }) => {
      const lessons = await checks(page);
      await gotoWithTheme(page, '/certificate/', theme);
      expect(await axeViolations(page), 'before').toEqual([]);
      await page.evaluate(
        ([k, v]) => localStorage.setItem(k!, v!),
        ['lm-progress', JSON.stringify(progressPassing([...lessons.map((l) => l.id), 'final-check']))],
      );
      await page.reload();
      await expect(record(page)).toBeVisible();
      expect(await axeViolations(page), 'after').toEqual([]);
    });
  }
});
