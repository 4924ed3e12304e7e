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

test.describe('budget check and browser agree', () => {
  test.skip(!existsSync(DIST), 'no build');

  for (const path of pages()) {
    test(`${path}: the browser fetches nothing the budget check does not count`, async ({ page, baseURL }) => {
      const file = `${path.slice(1)}index.html`;
      const html = new TextDecoder().decode(files.read(file));
      const counted = pageTransfer(file, files, {
        size,
        base: '/',
        siteOrigin: new URL(baseURL!).origin,
        onDemand: (f) => {
          const rule = ON_DEMAND.find((r) => r.file.test(f));
          return rule && (rule.atLoad(file, html) ? 'load' : 'later');
        },
      });
      const fetched: string[] = [];
      page.on('requestfinished', (r) => {
        const url = new URL(r.url());
        if (url.origin === new URL(baseURL!).origin) {
          const inside = decodeURIComponent(url.pathname).slice(1);
          fetched.push(inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside);
        }
      });
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

/**
 * /review/ with a round to review (the lesson with the largest question file, its check missed in
 * full): the page fetches its own files, as the check counts them, and the one question file of that
 * check, not its answers or the grading code, which load at the first press or focus in the practice
 * check (review-page.ts); and the whole is within the page's budget. A round drawn from several
 * checks fetches one question file each, and can exceed it (README, Budgets).
 */
test('/review/ with a round to review: within budget, the grading code waits for the learner', async ({
  page,
  baseURL,
}) => {
  test.skip(!existsSync(DIST), 'no build');
  const questionFile = (p: string) => `review/questions/${p.split('/')[2]!}/index.html`;
  const lesson = [...lessonPages()]
    .sort((a, b) => size(files.read(questionFile(b))!) - size(files.read(questionFile(a))!))[0]!
    .split('/')[2]!;
  const questionsFile = `review/questions/${lesson}/index.html`;
  const fragment = new TextDecoder().decode(files.read(questionsFile));
  const wrong = [...fragment.matchAll(new RegExp(`id="q-${lesson}--([a-z0-9-]+)"`, 'g'))].map((m) => m[1]!);
  const at = new Date(Date.now() - 60 * 60 * 1000).toISOString();
  const attempt = { score: 0, total: wrong.length, at, wrong };
  const progress = { version: 5, lessons: { [lesson]: { best: attempt, latest: attempt } } };
  await page.addInitScript((v) => localStorage.setItem('lm-progress', v), JSON.stringify(progress));

  const html = new TextDecoder().decode(files.read('review/index.html'));
  const counted = pageTransfer('review/index.html', files, {
    size,
    base: '/',
    siteOrigin: new URL(baseURL!).origin,
    onDemand: (f) => {
      const rule = ON_DEMAND.find((r) => r.file.test(f));
      return rule && (rule.atLoad('review/index.html', html) ? 'load' : 'later');
    },
  });
  const fetched: string[] = [];
  page.on('requestfinished', (r) => {
    const url = new URL(r.url());
    if (url.origin === new URL(baseURL!).origin) {
      const inside = decodeURIComponent(url.pathname).slice(1);
      fetched.push(inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside);
    }
  });
  await page.goto('/review/', { waitUntil: 'networkidle' });
  await expect(page.locator('review-page fieldset[data-kind]')).toHaveCount(wrong.length);

  const expected = [...counted.files.map((f) => f.path).filter((f) => f !== 'manifest.webmanifest'), questionsFile];
  // Once each: Chromium may fetch the icon again when the document changes.
  const unique = [...new Set(fetched)];
  expect(unique.sort()).toEqual(expected.sort());
  const total = unique.reduce((sum, f) => sum + size(files.read(f) ?? new Uint8Array()), 0);
  console.log(`/review/ with ${lesson}'s questions: ${total} B until idle, gzip -6`);
  expect(total, 'bytes fetched until idle, gzip -6').toBeLessThanOrEqual(
    PAGE_BUDGETS[pageKind('review/index.html')].total!,
  );
});
