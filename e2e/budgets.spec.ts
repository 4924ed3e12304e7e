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
