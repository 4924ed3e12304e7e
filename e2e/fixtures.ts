/**
 * The test object every spec uses. It fails any test in which the page logged a
 * console error, threw, or asked for anything from another origin: those rules
 * hold for every page and every interaction, so they are checked everywhere.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface PageWatch {
  problems: string[];
  /** Tolerate one expected console message, e.g. the 404 status of a page a test visits on purpose. */
  allow(pattern: RegExp): void;
}

export const test = base.extend<{ watch: PageWatch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (msg) => {
        const text = `console error: ${msg.text()} (${msg.location().url})`;
        if (msg.type() === 'error' && !allowed.some((re) => re.test(text))) problems.push(text);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
      });
      const watch = { problems, allow: (re: RegExp) => void allowed.push(re) };
      await use(watch);
      expect(problems, 'console errors, page errors or requests to other origins').toEqual([]);
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
