/**
 * The budget check (`npm run check:budgets`, no browser) against Chromium: one page of each kind is
 * loaded until the network is idle, and every file the browser fetched must be one the check
 * counted for that page, so that code the check cannot see (an `import()` a page starts at load,
 * say) fails here. Then what the browser fetched, sized as the check sizes it, must be within the
 * page's budget. The check may count more than Chromium fetches: the web app manifest, which
 * Chromium fetches only when it needs it. /search/ starts Pagefind at the first sign of searching,
 * not at load (search-page.ts), so it is held to the same rule.
 */
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { distFiles, gzipBytes, ON_DEMAND } from '../scripts/check-budgets';
import { pageTransfer } from '../src/lib/budget/transfer';
import { PAGE_BUDGETS, pageKind } from '../src/lib/budget/budgets';
import { builtPages, lessonPages, partPages } from './site-pages';

const DIST = new URL('../dist/', import.meta.url).pathname;
const files = distFiles(DIST);
const size = gzipBytes();

/** One page of each kind (two lessons: the first and the heaviest, the one with most HTML). */
function pages(): string[] {
  const heaviest = [...lessonPages()].sort(
    (a, b) =>
      (files.read(`${b.slice(1)}index.html`)?.length ?? 0) - (files.read(`${a.slice(1)}index.html`)?.length ?? 0),
  )[0]!;
  const others = ['/', '/glossary/', '/search/', '/progress/', '/certificate/', '/self-assessment/', '/final-check/'];
  return [...new Set([lessonPages()[0]!, heaviest, partPages()[0]!, ...others])].filter((p) =>
    builtPages().includes(p),
  );
}

/** What check:budgets counts for a page until idle, with the on-demand files the page loads at once. */
function countedTransfer(file: string, html: string, baseURL: string) {
  return pageTransfer(file, files, {
    size,
    base: '/',
    siteOrigin: new URL(baseURL).origin,
    onDemand: (f) => {
      const rule = ON_DEMAND.find((r) => r.file.test(f));
      return rule && (rule.atLoad(file, html) ? 'load' : 'later');
    },
  });
}

/** The site's files the page fetches from now on, as paths inside dist/ (a folder means its index.html). */
function recordFetched(page: Page, baseURL: string): string[] {
  const fetched: string[] = [];
  page.on('requestfinished', (r) => {
    const url = new URL(r.url());
    if (url.origin === new URL(baseURL).origin) {
      const inside = decodeURIComponent(url.pathname).slice(1);
      fetched.push(inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside);
    }
  });
  return fetched;
}

test.describe('budget check and browser agree', () => {
  test.skip(!existsSync(DIST), 'no build');

  for (const path of pages()) {
    test(`${path}: the browser fetches nothing the budget check does not count`, async ({ page, baseURL }) => {
      const file = `${path.slice(1)}index.html`;
      const html = new TextDecoder().decode(files.read(file));
      const counted = countedTransfer(file, html, baseURL!);
      const fetched = recordFetched(page, baseURL!);
      await page.goto(path, { waitUntil: 'networkidle' });

      const countedFiles = counted.files.map((f) => f.path);
      const notCounted = fetched.filter((f) => !countedFiles.includes(f));
      expect(
        notCounted.map((f) => {
          const rule = ON_DEMAND.find((r) => r.file.test(f));
          return rule ? `${f} (ON_DEMAND says: ${rule.when})` : f;
        }),
        'fetched before idle, not counted by check:budgets',
      ).toEqual([]);
      const unfetched = countedFiles.filter((f) => !fetched.includes(f) && f !== 'manifest.webmanifest');
      expect(unfetched, 'counted by check:budgets, not fetched by the browser').toEqual([]);

      const total = fetched.reduce((sum, f) => sum + size(files.read(f) ?? new Uint8Array()), 0);
      expect(total, 'bytes fetched until idle, gzip -6').toBeLessThanOrEqual(PAGE_BUDGETS[pageKind(file)].total!);
    });
  }
});

/** The graded question ids of a check, from its answers file (/review/questions/<check>/answers/). */
function checkQuestions(check: string): string[] {
  const html = new TextDecoder().decode(files.read(`review/questions/${check}/answers/index.html`));
  return [...html.matchAll(new RegExp(`id="q-${check}--([a-z0-9-]+)"`, 'g'))].map((m) => m[1]!);
}
const questionFile = (check: string, question: string) => `review/questions/${check}/${question}/index.html`;
const fileSize = (f: string) => size(files.read(f) ?? new Uint8Array());
/** A check's question ids, the largest question file first. */
const heaviestFirst = (check: string) =>
  checkQuestions(check).sort((a, b) => fileSize(questionFile(check, b)) - fileSize(questionFile(check, a)));

/**
 * /review/ with a round to review: the page fetches its own files, as the check counts them, and a
 * file for each question on its first screen (the round's first, in order), not the others, their
 * answers or the grading code, which load when the learner scrolls, focuses or presses
 * (review-page.ts); and the whole is within the page's budget. The rounds: every graded question of
 * the lesson with the largest question file; and ten questions drawn from six checks, the final
 * check's among them (the oldest attempt comes first).
 */
const ROUNDS: { name: string; checks: () => { check: string; wrong: string[] }[] }[] = [
  {
    name: 'one lesson',
    checks: () => {
      const lessons = lessonPages().map((p) => p.split('/')[2]!);
      const top = (c: string) => fileSize(questionFile(c, heaviestFirst(c)[0]!));
      const lesson = lessons.sort((a, b) => top(b) - top(a))[0]!;
      return [{ check: lesson, wrong: heaviestFirst(lesson) }];
    },
  },
  {
    // The worst first screen: a short question (the smallest file, a true or false) leaves room for
    // the next, the final check's largest.
    name: 'six checks, the final check second',
    checks: () => {
      const lessons = lessonPages().map((p) => p.split('/')[2]!);
      return [
        { check: lessons[0]!, wrong: heaviestFirst(lessons[0]!).slice(-1) },
        { check: 'final-check', wrong: heaviestFirst('final-check').slice(0, 2) },
        ...lessons.slice(1, 5).map((check) => ({ check, wrong: heaviestFirst(check).slice(0, 2) })),
      ];
    },
  },
];

for (const round of ROUNDS) {
  test(`/review/ with a round from ${round.name}: within budget, the rest waits for the learner`, async ({
    page,
    baseURL,
  }) => {
    test.skip(!existsSync(DIST), 'no build');
    const checks = round.checks();
    expect(checks.every((c) => c.wrong.length > 0)).toBe(true);
    // Attempts an hour apart, the first check's the oldest: its questions come first.
    const lessons = Object.fromEntries(
      checks.map(({ check, wrong }, i) => {
        const at = new Date(Date.now() - (checks.length + 1 - i) * 60 * 60 * 1000).toISOString();
        const attempt = { score: 0, total: wrong.length, at, wrong };
        return [check, { best: attempt, latest: attempt }];
      }),
    );
    const order = checks.flatMap(({ check, wrong }) => [...wrong].sort().map((q) => questionFile(check, q)));
    const inRound = order.slice(0, 10);
    await page.addInitScript((v) => localStorage.setItem('lm-progress', v), JSON.stringify({ version: 5, lessons }));

    const html = new TextDecoder().decode(files.read('review/index.html'));
    const counted = countedTransfer('review/index.html', html, baseURL!);
    const fetched = recordFetched(page, baseURL!);
    await page.goto('/review/', { waitUntil: 'networkidle' });
    await expect(page.locator('review-page [data-part="practice"]:not([data-loading])')).toBeVisible();

    // Once each: Chromium may fetch the icon again when the document changes.
    const unique = [...new Set(fetched)];
    const countedFiles = counted.files.map((f) => f.path).filter((f) => f !== 'manifest.webmanifest');
    const questions = unique.filter((f) => !countedFiles.includes(f));
    // The round's first questions, in order, and nothing else the check did not count.
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.length).toBeLessThan(inRound.length);
    expect(questions).toEqual(inRound.slice(0, questions.length));
    expect(unique.filter((f) => countedFiles.includes(f)).sort()).toEqual([...countedFiles].sort());
    await expect(page.locator('review-page fieldset[data-kind]')).toHaveCount(questions.length);
    await expect(page.locator('review-page .review-placeholder')).toHaveCount(inRound.length - questions.length);
    const total = unique.reduce((sum, f) => sum + fileSize(f), 0);
    console.log(`/review/, ${round.name}: ${questions.length} question files, ${total} B until idle, gzip -6`);
    expect(total, 'bytes fetched until idle, gzip -6').toBeLessThanOrEqual(
      PAGE_BUDGETS[pageKind('review/index.html')].total!,
    );

    // The rest come when the learner scrolls, still without answers or grading code.
    await page.mouse.wheel(0, 200);
    await expect(page.locator('review-page fieldset[data-kind]')).toHaveCount(inRound.length);
    await expect(page.locator('review-page .review-placeholder')).toHaveCount(0);
    expect(fetched.filter((f) => f.includes('/answers/') || f.includes('checkController'))).toEqual([]);
  });
}
