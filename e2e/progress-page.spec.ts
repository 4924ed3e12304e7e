/**
 * /progress/: the table of checks, the notes and their Markdown download, export, reset after a
 * confirmation, import (a good file restores everything; bad files are refused and change nothing),
 * keyboard use, the page without JavaScript, and axe in both themes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, gotoWithTheme, type Theme } from './fixtures';
import { may2025 as at, seedOnce as seed } from './progress-seed';

interface CourseLesson {
  id: string;
  title: string;
}

async function courseLessons(page: Page): Promise<CourseLesson[]> {
  await page.goto('/progress/');
  return JSON.parse((await page.locator('progress-page').getAttribute('data-lessons'))!) as CourseLesson[];
}

/** Two lessons with results (one passed, one not), a note, and a self-assessment attempt. */
function savedState(lessons: CourseLesson[]) {
  const [one, two] = lessons as [CourseLesson, CourseLesson];
  return {
    'lm-progress': {
      version: 5,
      lessons: {
        [one.id]: { best: { score: 7, total: 7, at: at(1) }, latest: { score: 7, total: 7, at: at(1), wrong: [] } },
        [two.id]: {
          best: { score: 3, total: 7, at: at(2) },
          latest: { score: 3, total: 7, at: at(2), wrong: ['a-b', 'c-d', 'e-f', 'g-h'] },
        },
      },
    },
    'lm-notes': {
      version: 1,
      notes: { [`${one.id}/1`]: { prompt: 'Which job do you plan first?', text: 'The weekly rota.', at: at(1) } },
    },
    'lm-self-assessment': {
      version: 1,
      attempts: [{ at: at(3), answers: {}, scores: { focus: { leadership: 50, management: 75 } } }],
    },
  };
}

const stored = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(['lm-progress', 'lm-notes', 'lm-self-assessment'].map((k) => [k, localStorage.getItem(k)])),
  );
const row = (page: Page, id: string) => page.locator(`tr[data-check-id="${id}"]`);
const statusLine = (page: Page) => page.locator('progress-page [data-part="status"]');

test.describe('the progress page', () => {
  test.describe.configure({ timeout: 90_000 });

  test('lists each check with its state, scores, misses and notes; the notes download as Markdown', async ({
    page,
  }) => {
    const lessons = await courseLessons(page);
    await seed(page, savedState(lessons));
    await page.reload();
    const [one, two, three] = lessons as [CourseLesson, CourseLesson, CourseLesson];
    await expect(row(page, one.id).locator('[data-cell="state"]')).toHaveText('Passed');
    await expect(row(page, one.id).locator('[data-cell="best"]')).toHaveText('7 of 7, 1 May 2025');
    await expect(row(page, one.id).locator('[data-cell="notes"]')).toHaveText('1');
    await expect(row(page, two.id).locator('[data-cell="state"]')).toHaveText('Opened');
    await expect(row(page, two.id).locator('[data-cell="missed"]')).toHaveText('4');
    await expect(row(page, three.id).locator('[data-cell="state"]')).toHaveText('Not started');
    await expect(row(page, 'final-check').locator('[data-cell="state"]')).toHaveText('Not started');
    await expect(page.locator('progress-page [data-part="notes"]')).toContainText('The weekly rota.');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my notes (Markdown)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^lead-and-manage-notes-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain(`## 1. ${one.title}`);
    expect(markdown).toContain('> Which job do you plan first?');
    expect(markdown).toContain('The weekly rota.');
  });

  test('export, reset and import restore everything', async ({ page }) => {
    const lessons = await courseLessons(page);
    await seed(page, savedState(lessons));
    await page.reload();
    await expect(row(page, lessons[0]!.id).locator('[data-cell="state"]')).toHaveText('Passed');
    const before = await stored(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^lead-and-manage-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(file)).toMatchObject({ format: 'lead-and-manage-progress', version: 1 });

    // Reset: the dialog opens with "Keep it" focused; Escape keeps everything.
    await page.getByRole('button', { name: 'Reset everything…' }).click();
    await expect(page.getByRole('dialog', { name: 'Reset everything?' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await page.keyboard.press('Escape');
    expect(await stored(page)).toEqual(before);
    await page.getByRole('button', { name: 'Reset everything…' }).click();
    await page.getByRole('button', { name: 'Delete all my progress' }).click();
    await expect(statusLine(page)).toHaveText(/Everything was reset/);
    expect(await stored(page)).toEqual({ 'lm-progress': null, 'lm-notes': null, 'lm-self-assessment': null });
    await expect(row(page, lessons[0]!.id).locator('[data-cell="state"]')).toHaveText('Not started');

    await page.locator('input[type="file"]').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect(statusLine(page)).toHaveText('Imported. What changed:');
    await expect(page.locator('progress-page [data-part="changes"] li')).toContainText([
      `${lessons[0]!.title}: results added.`,
      '1 note added.',
      '1 self-assessment attempt added.',
    ]);
    await expect(row(page, lessons[0]!.id).locator('[data-cell="state"]')).toHaveText('Passed');
    const after = await stored(page);
    for (const key of Object.keys(before)) expect(JSON.parse(after[key]!)).toEqual(JSON.parse(before[key]!));

    // The same file again changes nothing, and says so.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'again.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect(statusLine(page)).toHaveText(/Nothing changed/);
  });

  const badFiles: [string, string | Buffer, RegExp][] = [
    ['garbage', 'this is not a progress file', /not a progress file.*not JSON/],
    ['the wrong shape', JSON.stringify({ version: 4, lessons: [] }), /not a progress file/],
    [
      'a newer version',
      JSON.stringify({ format: 'lead-and-manage-progress', version: 9, progress: {} }),
      /newer version/,
    ],
    ['a 5 MB file', Buffer.alloc(5 * 1024 * 1024, 32), /too large/],
  ];
  for (const [name, content, reason] of badFiles) {
    test(`a file with ${name} is refused and nothing changes`, async ({ page }) => {
      const lessons = await courseLessons(page);
      await seed(page, savedState(lessons));
      await page.reload();
      const before = await stored(page);
      await page.locator('input[type="file"]').setInputFiles({
        name: 'progress.json',
        mimeType: 'application/json',
        buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
      });
      await expect(statusLine(page)).toHaveText(reason);
      expect(await stored(page)).toEqual(before);
      await expect(row(page, lessons[0]!.id).locator('[data-cell="state"]')).toHaveText('Passed');
    });
  }

  test('without JavaScript it says what it needs and links to the lessons', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${test.info().project.use.baseURL}/progress/`);
    await expect(page.getByText(/shown here with JavaScript, which is off or blocked/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'the course home page' })).toBeVisible();
    await expect(page.locator('progress-page')).toBeHidden();
    await context.close();
  });

  for (const theme of ['light', 'dark'] as Theme[]) {
    test(`axe (${theme}), with progress and with the reset dialog open`, async ({ page }) => {
      const lessons = await courseLessons(page);
      await seed(page, savedState(lessons));
      await gotoWithTheme(page, '/progress/', theme);
      await expect(row(page, lessons[0]!.id).locator('[data-cell="state"]')).toHaveText('Passed');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Reset everything…' }).click();
      expect(await axeViolations(page), 'dialog open').toEqual([]);
    });
  }
});
