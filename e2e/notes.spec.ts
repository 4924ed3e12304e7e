/**
 * Notes on reflection prompts, as a learner meets them on a lesson page (built site).
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, gotoWithTheme } from './fixtures';

const LESSON_ID = 'what-management-is';
const LESSON = `/lessons/${LESSON_ID}/`;
const OTHER_ID = 'what-leadership-is';
const KEY = 'lm-notes';

const noteBox = (page: Page) => page.getByRole('textbox', { name: 'Your note' }).first();
const status = (page: Page) => page.locator('[data-note-status]').first();
const stored = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null');
const promptOf = (page: Page) =>
  page
    .locator('[data-reflection-prompt]')
    .first()
    .evaluate((el) => el.textContent!.replace(/\s+/g, ' ').trim());

/** Scrolls to the box and waits until its code has loaded (until then it is read-only). */
async function openBox(page: Page) {
  await noteBox(page).scrollIntoViewIfNeeded();
  await expect(noteBox(page)).toBeEditable();
}

test('the note code is not loaded with the page, only when the box comes near', async ({ page }) => {
  const editorRequests: string[] = [];
  page.on('request', (r) => {
    if (/noteEditor/.test(r.url())) editorRequests.push(r.url());
  });
  await page.goto(LESSON, { waitUntil: 'networkidle' });
  expect(editorRequests).toEqual([]);
  await expect(noteBox(page)).not.toBeEditable();
  await openBox(page);
  expect(editorRequests).toHaveLength(1);
});

test('a note is saved as the learner types, "Saved" shows without taking focus, and it survives a reload', async ({
  page,
}) => {
  await page.goto(LESSON);
  await openBox(page);
  await noteBox(page).click();
  await page.keyboard.type('The Monday order. Steps: check stock, call the supplier, confirm by noon.');
  await expect(status(page)).toHaveText(/^Saved in this browser at \d/);
  await expect(noteBox(page)).toBeFocused();
  // The status is the box's description, not a live region, so typing is never talked over.
  await expect(noteBox(page)).toHaveAccessibleDescription(/^Saved in this browser at/);
  await expect(status(page)).not.toHaveAttribute('aria-live');
  await expect(status(page)).not.toHaveAttribute('role');

  const saved = await stored(page);
  expect(saved.version).toBe(1);
  expect(saved.notes[`${LESSON_ID}/1`]).toMatchObject({
    prompt: await promptOf(page),
    text: 'The Monday order. Steps: check stock, call the supplier, confirm by noon.',
  });

  await page.reload();
  await openBox(page);
  await expect(noteBox(page)).toHaveValue('The Monday order. Steps: check stock, call the supplier, confirm by noon.');
});

test('keyboard only: Tab to the box, type, Tab away saves at once', async ({ page }) => {
  test.slow();
  await page.goto(LESSON);
  const box = noteBox(page);
  // The skip link first, as a keyboard user would, then on through the lesson.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  for (let i = 0; i < 80 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(box).toBeFocused();
  await expect(box).toBeEditable();
  await page.keyboard.type('Typed without a mouse.');
  await page.keyboard.press('Tab');
  // Leaving the box saves without waiting for the pause in typing.
  expect((await stored(page)).notes[`${LESSON_ID}/1`].text).toBe('Typed without a mouse.');
  await expect(status(page)).toHaveText(/^Saved/);
  await page.keyboard.press('Shift+Tab');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('Typed without a mouse.');
});

test('storage that throws on access: a notice under the box, and typing still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(LESSON);
  await openBox(page);
  await expect(status(page)).toHaveText(/not letting the site save notes/);
  await noteBox(page).fill('Still here.');
  await noteBox(page).blur();
  await expect(status(page)).toHaveText(/not letting the site save notes/);
  await expect(noteBox(page)).toHaveValue('Still here.');
});

test('full storage: the failure is shown and announced once', async ({ page }) => {
  await page.addInitScript((k) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name === k) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, name, value);
    };
  }, KEY);
  await page.goto(LESSON);
  await openBox(page);
  await noteBox(page).click();
  await page.keyboard.type('Too much.');
  await expect(status(page)).toHaveText(/storage is full/);
  await expect(page.locator('reflection-note [role="status"]').first()).toHaveText(/storage is full/);
  await expect(noteBox(page)).toBeFocused();
});

test('unreadable saved notes: a notice, and the next note replaces them with a clean record', async ({ page }) => {
  await page.addInitScript((k) => localStorage.getItem(k) ?? localStorage.setItem(k, '{"version":1,"notes":'), KEY);
  await page.goto(LESSON);
  await openBox(page);
  await expect(status(page)).toHaveText(/could not be read/);
  await noteBox(page).fill('A fresh start.');
  await noteBox(page).blur();
  expect(Object.keys((await stored(page)).notes)).toEqual([`${LESSON_ID}/1`]);
});

test('a note written for an earlier wording of the prompt says so, with that wording', async ({ page }) => {
  const notes = {
    version: 1,
    notes: { [`${LESSON_ID}/1`]: { prompt: 'An older prompt.', text: 'My old note.', at: '2025-05-02T09:00:00.000Z' } },
  };
  await page.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(notes)]);
  await page.goto(LESSON);
  await openBox(page);
  await expect(noteBox(page)).toHaveValue('My old note.');
  await expect(page.locator('reflection-note').first()).toContainText(
    'You wrote this note for an earlier wording of the prompt: “An older prompt.”',
  );
});

test('two tabs: a note typed in one appears in the other, and notes saved at once in both are kept', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  await page.goto(LESSON);
  await other.goto(LESSON);
  await openBox(page);
  await openBox(other);
  await noteBox(page).fill('Written in the first tab.');
  await noteBox(page).blur();
  await expect(noteBox(other)).toHaveValue('Written in the first tab.');
  await expect(status(other)).toHaveText(/^Updated from another tab/);

  // Two lessons, one note each, saved within a few milliseconds of each other.
  await other.goto(`/lessons/${OTHER_ID}/`);
  await openBox(other);
  await noteBox(page).fill('First tab, again.');
  await noteBox(other).fill('Second tab.');
  await Promise.all([noteBox(page).blur(), noteBox(other).blur()]);
  await expect
    .poll(async () => {
      const notes = (await stored(page)).notes;
      return [notes[`${LESSON_ID}/1`]?.text, notes[`${OTHER_ID}/1`]?.text];
    })
    .toEqual(['First tab, again.', 'Second tab.']);
  await other.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no violations on a lesson with a note typed (${theme})`, async ({ page }) => {
    test.slow();
    await gotoWithTheme(page, LESSON, theme);
    await openBox(page);
    await noteBox(page).fill('A note, for the accessibility check.');
    await noteBox(page).blur();
    await expect(status(page)).toHaveText(/^Saved/);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the prompt reads and no note box is shown', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.locator('[data-reflection-prompt]').first()).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Your note' })).toHaveCount(0);
  });
});
