/**
 * The test object every spec uses. It fails any test in which the page logged a console error,
 * threw, broke the Content-Security-Policy (a `securitypolicyviolation` event, Trusted Types
 * included) or asked for anything from another origin: those rules hold for every page and every
 * interaction, so they are checked everywhere.
 *
 * `site` is the build under test: the root build (`dist/`, served by playwright.config.ts) or, in a
 * describe block with `test.use({ siteBuild: 'course' })`, the `/course/` build (`dist-course/`),
 * served here by scripts/serve.mjs on a free port.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { serve } from '../scripts/serve.mjs';

export interface PageWatch {
  problems: string[];
  /** Tolerate one expected console message, e.g. the 404 status of a page a test visits on purpose. */
  allow(pattern: RegExp): void;
}

export interface Site {
  origin: string;
  /** The base path the build was made for: "/" or "/course/". */
  base: string;
  /** The build's folder, relative to the project. */
  dist: string;
  /** A site path ("/lessons/x/") as a URL path under the base ("/course/lessons/x/"). */
  path(sitePath: string): string;
}

export const test = base.extend<{ watch: PageWatch; siteBuild: 'root' | 'course'; site: Site }>({
  siteBuild: ['root', { option: true }],
  // Per test: starting the /course/ server takes milliseconds, and a test-scoped option can be set
  // in a describe block.
  site: async ({ siteBuild }, use, testInfo) => {
    if (siteBuild === 'root') {
      const origin = new URL(testInfo.project.use.baseURL!).origin;
      await use({ origin, base: '/', dist: 'dist', path: (p) => p });
      return;
    }
    const server = await serve({ root: 'dist-course', base: '/course/', port: 0 });
    await use({ origin: server.origin, base: '/course/', dist: 'dist-course', path: (p) => `/course${p}` });
    await server.close();
  },
  baseURL: async ({ site }, use) => use(site.origin),
  watch: [
    async ({ page, site }, use) => {
      const origin = site.origin;
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (msg) => {
        const text = `console ${msg.type()}: ${msg.text()} (${msg.location().url})`;
        // Chromium reports a header it cannot apply (an unknown Permissions-Policy feature, a CSP
        // directive it ignores) only as a warning.
        const headerProblem =
          msg.type() === 'warning' && /Permissions-Policy|Content Security Policy/i.test(msg.text());
        if ((msg.type() === 'error' || headerProblem) && !allowed.some((re) => re.test(text))) problems.push(text);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
      });
      // Reported by the page itself, so a violation counts even when the browser logs nothing.
      await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
          report(
            `CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}` +
              ` at ${e.sourceFile}:${e.lineNumber} (${e.sample})`,
          );
        });
      });
      const watch = { problems, allow: (re: RegExp) => void allowed.push(re) };
      await use(watch);
      expect(problems, 'console errors, page errors, CSP violations or requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export type Theme = 'light' | 'dark';

/** Loads a page with the theme saved as the learner would have chosen it. */
export async function gotoWithTheme(page: Page, path: string, theme: Theme): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('lm-theme', t), theme);
  await page.goto(path);
  await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
}

/** Runs axe with the WCAG 2.2 AA rule set and returns the violations, summarised for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Arrive at `path` as if from a search result: the dialog leaves the words Pagefind matched in
 * sessionStorage for that page (src/lib/search/highlight.ts), never in the address.
 */
export async function arriveFromSearch(page: Page, path: string, query: string, words: string[]): Promise<void> {
  const [pathOnly] = path.split('#');
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem(`${key}-set`)) {
        sessionStorage.setItem(key!, value!);
        sessionStorage.setItem(`${key}-set`, '1');
      }
    },
    ['search-highlight', JSON.stringify({ page: pathOnly, query, words })],
  );
  await page.goto(path);
}
