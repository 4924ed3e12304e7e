/**
 * `npm run shots`: a screenshot gallery of every kind of page and the main states, to judge the look
 * of the site as a reader sees it. Builds nothing: it serves the existing dist/ (run `npm run build`
 * first) on a free port and writes PNGs and an index.html to browse them into shots/ (git-ignored).
 *
 *   node scripts/shots.ts                    every shot, 390 and 1280 px wide, light and dark
 *   node scripts/shots.ts --only lesson      only the shots whose name contains "lesson"
 *
 * States: the home page new and in progress, a part, a lesson's top and whole page, its check before
 * an attempt, after a wrong one and after a pass, the glossary, the search dialog with results,
 * /search/ with a query, the final check, /review/ (empty, with questions, answered, clearing), the
 * self-assessment and the 404 page.
 * Browser: /usr/bin/chromium when it exists, else Playwright's own Chromium (as the e2e tests).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { serve } from './serve.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'shots');
const WIDTHS = [390, 1280] as const;
const THEMES = ['light', 'dark'] as const;

const { values } = parseArgs({ options: { only: { type: 'string' } } });

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('shots: no dist/index.html. Run `npm run build` first.');
  process.exit(1);
}

/** The lesson with the most kinds of question: its check shows the most states. */
function richestLesson(): string {
  const ids = readdirSync(join(DIST, 'lessons'));
  const kinds = (id: string) =>
    new Set(
      [...readFileSync(join(DIST, 'lessons', id, 'index.html'), 'utf8').matchAll(/data-kind="([a-z-]+)"/g)].map(
        (m) => m[1],
      ),
    ).size;
  return ids.sort((a, b) => kinds(b) - kinds(a))[0]!;
}

/** Answers every question of the check on the page: rightly, or with a wrong choice where there is one. */
async function answerCheck(page: Page, right: boolean): Promise<void> {
  await page.locator('lesson-check[data-ready]').waitFor();
  await page.evaluate((right) => {
    for (const q of document.querySelectorAll<HTMLFieldSetElement>('lesson-check fieldset[data-kind]')) {
      const kind = q.dataset.kind;
      if (kind === 'write') {
        const text = q.querySelector('textarea');
        if (text) {
          text.value = 'Ask Sam to restock the front shelves by Friday noon, with every label facing out.';
          text.dispatchEvent(new Event('input', { bubbles: true }));
        }
        // Written answers count as answered once compared with the model answer.
        const model = q.querySelector('details');
        if (model && !model.open) model.querySelector('summary')?.click();
        q.querySelector<HTMLInputElement>('.check-criteria input')?.click();
      } else if (kind === 'order') {
        if (!right) continue;
        const target = [...q.querySelectorAll<HTMLElement>('.check-answer [data-step]')].map((s) => s.dataset.step);
        target.forEach((id, i) => {
          for (let guard = 0; guard < 10; guard++) {
            const items = [...q.querySelectorAll<HTMLElement>('.check-steps > li')];
            const at = items.findIndex((li) => li.dataset.step === id);
            if (at <= i) break;
            items[at]!.querySelector<HTMLButtonElement>('[data-move="-1"]')!.click();
          }
        });
      } else {
        const correct = new Set(
          [...q.querySelectorAll<HTMLElement>('.check-answer [data-correct]')].map((c) => c.dataset.choice),
        );
        const inputs = [...q.querySelectorAll<HTMLInputElement>('.check-options input')];
        const wrong = inputs.find((i) => !correct.has(i.value));
        for (const input of inputs) {
          const pick = right ? correct.has(input.value) : input === (wrong ?? inputs[0]);
          if (pick !== input.checked) input.click();
        }
      }
    }
  }, right);
  await page.locator('[data-part="submit"]').click();
  await page.locator('[data-part="status"]:not(:empty)').waitFor();
}

interface Shot {
  name: string;
  title: string;
  take: (page: Page) => Promise<void>;
  full?: boolean;
}

const lesson = `/lessons/${richestLesson()}/`;
const firstPart = `/parts/${readdirSync(join(DIST, 'parts')).sort()[0]}/`;

const at = (path: string) => async (page: Page) => {
  await page.goto(path);
};
const checkSection = async (page: Page) => {
  await page.locator('.lesson-check').scrollIntoViewIfNeeded();
};

const SHOTS: Shot[] = [
  { name: 'home-new', title: 'Home, new learner', take: at('/'), full: true },
  { name: 'part', title: 'A part', take: at(firstPart), full: true },
  { name: 'lesson-top', title: `Lesson top (${lesson})`, take: at(lesson) },
  { name: 'lesson-full', title: 'Lesson, whole page', take: at(lesson), full: true },
  {
    name: 'check-before',
    title: 'The check before an attempt',
    take: async (page) => {
      await page.goto(`${lesson}#check-heading`);
      await checkSection(page);
    },
  },
  {
    name: 'check-wrong',
    title: 'The check after a wrong attempt',
    take: async (page) => {
      await page.goto(`${lesson}#check-heading`);
      await answerCheck(page, false);
      await page.locator('.check-question').first().scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'check-result-wrong',
    title: 'The result after a wrong attempt',
    take: async (page) => {
      await page.goto(`${lesson}#check-heading`);
      await answerCheck(page, false);
      await page.locator('[data-part="result"]').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'check-pass',
    title: 'The check after a pass',
    take: async (page) => {
      await page.goto(`${lesson}#check-heading`);
      await answerCheck(page, true);
      await page.locator('[data-part="result"]').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'home-progress',
    title: 'Home, in progress (after the pass above)',
    take: async (page) => {
      await page.goto(`${lesson}#check-heading`);
      await answerCheck(page, true);
      await page.goto('/');
    },
    full: true,
  },
  { name: 'glossary', title: 'Glossary', take: at('/glossary/'), full: true },
  ...(
    [
      ['search-dialog', 'Search dialog with results', 'crisis'],
      ['search-dialog-typo', 'Search dialog, a misspelt query', 'leadrship'],
    ] as const
  ).map(([name, title, query]): Shot => ({
    name,
    title,
    take: async (page) => {
      await page.goto(lesson);
      await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
      const dialog = page.getByRole('dialog', { name: 'Search the course' });
      await dialog.getByRole('searchbox').fill(query);
      await dialog.getByRole('status').filter({ hasText: 'results for' }).waitFor();
      // Results load as they come into view: wait for those in the dialog's view.
      await page.waitForFunction(() => {
        const list = document.querySelector('dialog [data-search-results]');
        const bottom = list?.parentElement?.getBoundingClientRect().bottom ?? 0;
        return [...(list?.children ?? [])].every(
          (li) => !li.hasAttribute('data-search-pending') || li.getBoundingClientRect().top >= bottom,
        );
      });
    },
  })),
  {
    name: 'search-dialog-empty',
    title: 'Search dialog, just opened',
    take: async (page) => {
      await page.goto(lesson);
      await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
      await page.getByRole('dialog').getByRole('heading', { name: 'Start with a lesson' }).waitFor();
    },
  },
  {
    name: 'search-page',
    title: '/search/ with a query',
    take: async (page) => {
      await page.goto('/search/?q=vision');
      await page.locator('search-page [data-search-results] mark').first().waitFor();
    },
  },
  {
    name: 'search-page-filtered',
    title: '/search/ with a query and a filter (filters shown on phones too)',
    take: async (page) => {
      await page.goto('/search/?q=crisis&kind=Lesson');
      await page.locator('search-page [data-search-results] mark').first().waitFor();
    },
  },
  { name: 'final-check', title: 'Final check', take: at('/final-check/') },
  {
    name: 'review-empty',
    title: '/review/, nothing to review',
    take: async (page) => {
      await page.goto('/review/');
      await page.locator('review-page [data-part="count"]:not(:empty)').waitFor();
    },
  },
  {
    name: 'review-questions',
    title: '/review/ after a check with wrong answers',
    take: async (page) => {
      await page.goto(`${lesson}#check-heading`);
      await answerCheck(page, false);
      await page.goto('/review/');
      await page.locator('review-page lesson-check[data-ready]').waitFor();
      // The questions below the first screen load at the first scroll.
      await page.mouse.wheel(0, 1);
      await page.locator('review-page .review-placeholder').first().waitFor({ state: 'detached' });
      await page.evaluate(() => scrollTo(0, 0));
    },
    full: true,
  },
  {
    name: 'review-first-screen',
    title: '/review/ as it opens: the first screen’s questions, a placeholder below',
    take: async (page) => {
      await page.goto(`${lesson}#check-heading`);
      await answerCheck(page, false);
      await page.goto('/review/');
      await page.locator('review-page lesson-check[data-ready]').waitFor();
    },
  },
  {
    name: 'review-result',
    title: '/review/ answered, all right',
    take: async (page) => {
      await page.goto(`${lesson}#check-heading`);
      await answerCheck(page, false);
      await page.goto('/review/');
      // The round's answers (which answerCheck reads) and the rest of its questions come at the first press.
      await page.locator('review-page lesson-check[data-ready]').waitFor();
      await page.locator('review-page lesson-check').dispatchEvent('pointerdown');
      await page.locator('review-page lesson-check[data-upgraded]').waitFor();
      await answerCheck(page, true);
      await page.locator('review-page [data-part="result"]').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'review-clear',
    title: '/review/, clearing the list',
    take: async (page) => {
      await page.goto(`${lesson}#check-heading`);
      await answerCheck(page, false);
      await page.goto('/review/');
      await page.locator('review-page lesson-check[data-ready]').waitFor();
      await page.getByRole('button', { name: 'Clear the list…' }).click();
    },
  },
  { name: 'self-assessment', title: 'Self-assessment', take: at('/self-assessment/') },
  { name: 'not-found', title: '404', take: at('/no-such-page/') },
];

const chosen = SHOTS.filter((s) => !values.only || s.name.includes(values.only));
const server = await serve({ root: DIST, port: 0 });
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  chromiumSandbox: false,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
if (!values.only) rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const rows: string[] = [];
let failures = 0;
for (const shot of chosen) {
  const cells: string[] = [];
  for (const width of WIDTHS) {
    for (const theme of THEMES) {
      const context = await browser.newContext({
        baseURL: server.origin,
        viewport: { width, height: width < 600 ? 844 : 900 },
        deviceScaleFactor: 1,
        colorScheme: theme,
        hasTouch: width < 600,
        isMobile: width < 600,
      });
      const page = await context.newPage();
      const file = `${shot.name}-${width}-${theme}.png`;
      try {
        await shot.take(page);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: join(OUT, file), fullPage: shot.full ?? false });
        cells.push(`<a href="${file}"><img src="${file}" alt="" loading="lazy"><br>${width} px, ${theme}</a>`);
      } catch (err) {
        failures++;
        console.error(`shots: ${file}: ${(err as Error).message.split('\n')[0]}`);
        cells.push(`<p>${width} px, ${theme}: failed</p>`);
      }
      await context.close();
    }
  }
  rows.push(`<section><h2>${shot.title}</h2><div class="row">${cells.join('')}</div></section>`);
  console.log(`shots: ${shot.name}`);
}
await browser.close();
await server.close();

writeFileSync(
  join(OUT, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>Screenshots</title>
<style>body{font:14px system-ui;margin:1rem}.row{display:flex;gap:1rem;align-items:flex-start;overflow-x:auto}
.row a{flex:none;width:320px;color:inherit}img{width:100%;border:1px solid #999}</style>
<h1>Screenshots of dist/</h1>${rows.join('\n')}\n`,
);
console.log(`shots: ${chosen.length * 4 - failures} screenshots in shots/ (open shots/index.html)`);
process.exit(failures ? 1 : 0);
