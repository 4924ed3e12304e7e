/**
 * A glossary too long for one page (src/lib/glossary-pages.ts) is split into one page per letter.
 * This spec builds the course with a longer glossary: the real content copied, generated terms
 * added beyond the one-page threshold (one starting with a digit, some letters left without
 * terms), three extra lessons so that a term is used by more lessons than its entry names, under
 * the base path /course/. It builds a copy of the project in a temporary folder, so dist/ and the
 * real content are never touched.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import YAML from 'yaml';
import { test, expect, axeViolations } from './fixtures';
import { serve } from '../scripts/serve.mjs';
import { GLOSSARY_ONE_PAGE_UP_TO, TERM_LISTS_LESSONS_UP_TO } from '../src/lib/glossary-pages';

const ROOT = new URL('../', import.meta.url).pathname;
const BASE = '/course/';
/** Initials of the generated terms: with the real ones, J, K, Q, U, X, Y and Z have none. */
const GENERATED = ['Backlog', 'Feedback loop', 'Goal setting', 'Handover', 'Negotiation', 'Team charter', 'Workload'];
const COPIES = ['leader-or-manager-again', 'leader-or-manager-third', 'leader-or-manager-fourth'];

let work: string;
let out: string;
let server: Awaited<ReturnType<typeof serve>>;

function makeContent(dir: string): void {
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  // Copies of the last lesson, after it in its part, so that "management" can name 12 lessons.
  const last = readFileSync(join(dir, 'lessons/leader-or-manager.mdx'), 'utf8');
  COPIES.forEach((id, i) => {
    const copy = last.replace(/^order: 9$/m, `order: ${10 + i}`);
    expect(copy, 'the lesson copy has its own order').not.toBe(last);
    writeFileSync(join(dir, 'lessons', `${id}.mdx`), copy);
  });
  const glossaryFile = join(dir, 'glossary.yaml');
  const glossary = YAML.parse(readFileSync(glossaryFile, 'utf8')) as Record<string, { lessons: string[] }>;
  const lessons = readdirSync(join(dir, 'lessons'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .map((id) => ({
      id,
      order: Number(/^order: (\d+)$/m.exec(readFileSync(join(dir, 'lessons', `${id}.mdx`), 'utf8'))![1]),
    }))
    .sort((a, b) => a.order - b.order)
    .map((l) => l.id);
  glossary.management!.lessons = lessons;
  for (const word of GENERATED) {
    for (let n = 1; n <= 6; n++) {
      glossary[`${word.toLowerCase().replace(/ /g, '-')}-${n}`] = {
        term: `${word} ${n}`,
        definition: `A term made up for this test, number ${n} of the ${word.toLowerCase()} kind.`,
        lessons: ['what-management-is'],
      } as never;
    }
  }
  // An id may not start with a digit (html-validate's valid-id), a term may.
  glossary['three-sixty-degree-feedback'] = {
    term: '360-degree feedback',
    definition: 'Feedback on one person gathered from the people above, beside and below them.',
    lessons: ['not-either-or'],
  } as never;
  expect(Object.keys(glossary).length).toBeGreaterThan(GLOSSARY_ONE_PAGE_UP_TO);
  writeFileSync(glossaryFile, YAML.stringify(glossary));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(out, f).startsWith('pagefind/'));
}

/** The built file a URL path under the base leads to. */
function fileOf(path: string): string {
  const rel = path.slice(BASE.length);
  return join(out, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
}

let built: Promise<void> | undefined;

/** Builds and serves the course once for the whole file (a fixture can wait for it; beforeAll runs too late). */
function buildOnce(): Promise<void> {
  built ??= (async () => {
    work = mkdtempSync(join(tmpdir(), 'lm-glossary-split-'));
    out = join(work, 'dist');
    makeContent(join(work, 'content'));
    // A copy of the project (packages linked, as in build-errors.spec.ts): Astro writes generated
    // modules into the project's .astro/, which a build in the project itself would share with
    // any other build running there.
    for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(ROOT, item), join(work, item), { recursive: true });
    }
    mkdirSync(join(work, 'node_modules/.bin'), { recursive: true });
    for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
      if (!entry.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', entry), join(work, 'node_modules', entry));
    }
    for (const bin of readdirSync(join(ROOT, 'node_modules/.bin'))) {
      symlinkSync(join(ROOT, 'node_modules/.bin', bin), join(work, 'node_modules/.bin', bin));
    }
    execFileSync('npx', ['astro', 'build'], {
      cwd: work,
      env: { ...process.env, BASE_PATH: BASE, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    server = await serve({ root: out, base: BASE, port: 0 });
  })();
  return built;
}

// One build for the whole file, in one worker; the first test waits for it.
test.describe.configure({ mode: 'serial', timeout: 300_000 });
// The pages under test, and the origin the fixture's watch allows requests to, are this build's.
test.use({
  site: async ({}, use) => {
    await buildOnce();
    await use({ origin: server.origin, base: BASE, dist: out, path: (p: string) => `${BASE}${p.replace(/^\//, '')}` });
  },
});

test.afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('every link to a glossary term, from any page or the search suggestions, reaches its letter page and entry', () => {
  const links: { href: string; from: string }[] = [];
  for (const file of htmlFiles(out)) {
    for (const [, href] of readFileSync(file, 'utf8').matchAll(/href="(\/[^"]*\/glossary\/[^"]*)"/g)) {
      links.push({ href: href!.replace(/&amp;/g, '&'), from: relative(out, file) });
    }
  }
  const suggestions = JSON.parse(readFileSync(join(out, 'search/suggestions.json'), 'utf8')) as {
    terms: { href: string }[];
  };
  expect(suggestions.terms.length).toBeGreaterThan(0);
  links.push(...suggestions.terms.map((t) => ({ href: t.href, from: 'search/suggestions.json' })));

  const toTerms = links.filter((l) => l.href.includes('#'));
  // Lessons' <Term> links, the index's names, the search suggestions.
  expect(toTerms.filter((l) => l.from.startsWith('lessons/')).length).toBeGreaterThan(30);
  expect(toTerms.filter((l) => l.from === 'glossary/index.html').length).toBeGreaterThan(GLOSSARY_ONE_PAGE_UP_TO);
  for (const { href, from } of links) {
    const where = `${href} on ${from}`;
    expect(href.startsWith(`${BASE}glossary/`), `${where} stays under ${BASE}`).toBe(true);
    const [path, hash] = href.split('#') as [string, string | undefined];
    if (hash) expect(path, `${where} goes to a letter page`).toMatch(/\/glossary\/([a-z]|other)\/$/);
    expect(existsSync(fileOf(path)), `${where}: ${path} is built`).toBe(true);
    if (hash) expect(readFileSync(fileOf(path), 'utf8'), `${where}: #${hash} is there`).toContain(`id="${hash}"`);
  }
  const lesson = readFileSync(fileOf(`${BASE}lessons/what-management-is/`), 'utf8');
  expect(lesson).toContain(`href="${BASE}glossary/m/#management"`);
  expect(lesson).toContain(`href="${BASE}glossary/r/#risk-appetite"`);
});

test('/glossary/ is an A–Z index of the terms, and is not indexed for search itself', async ({ page }) => {
  await page.goto(`${BASE}glossary/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  const letters = page.getByRole('navigation', { name: 'Glossary by letter' });
  await expect(letters.getByRole('link', { name: 'B', exact: true })).toHaveAttribute('href', `${BASE}glossary/b/`);
  await expect(letters.getByRole('link', { name: 'Other', exact: true })).toHaveAttribute(
    'href',
    `${BASE}glossary/other/`,
  );
  // Letters without terms are shown, not linked.
  for (const empty of ['J', 'K', 'Q', 'U', 'X', 'Y', 'Z']) {
    await expect(letters.getByText(empty, { exact: true })).toBeVisible();
    await expect(letters.getByRole('link', { name: empty, exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'M', exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Risk appetite' })).toHaveAttribute(
    'href',
    `${BASE}glossary/r/#risk-appetite`,
  );
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  expect(existsSync(join(out, 'glossary/j/index.html')), 'no page for a letter without terms').toBe(false);
});

test('a letter page has breadcrumb, the A–Z letters and its entries', async ({ page }) => {
  await page.goto(`${BASE}glossary/m/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary: M');
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link', { name: 'Glossary' })).toHaveAttribute('href', `${BASE}glossary/`);
  await expect(breadcrumb.getByRole('link', { name: 'Course' })).toHaveAttribute('href', BASE);
  await expect(
    page.getByRole('navigation', { name: 'Glossary by letter' }).locator('[aria-current="page"]'),
  ).toHaveText('M');
  // Not indexed as a page: search has each term as a record at its letter page (src/lib/search/records.ts).
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  await expect(page.locator('dl[data-search-text] > div > dt')).toHaveText(['Management']);
  // Only this letter's terms.
  await page.goto(`${BASE}glossary/other/`);
  await expect(page.locator('dl[data-search-text] dt')).toHaveText(['360-degree feedback']);
});

test('a term used by more lessons than its entry names lists the first ones, then the rest by part', async ({
  page,
}) => {
  await page.goto(`${BASE}glossary/m/#management`);
  const usedIn = page.locator('#management dd.used-in');
  await expect(usedIn.getByRole('link')).toHaveCount(TERM_LISTS_LESSONS_UP_TO + 1);
  await expect(usedIn).toContainText('and 2 more in Part 5.');
  await expect(usedIn.getByRole('link', { name: 'Part 5' })).toHaveAttribute('href', `${BASE}parts/your-turn/`);
});

test('a lesson’s term link opens the entry on its letter page', async ({ page }) => {
  await page.goto(`${BASE}lessons/what-management-is/`);
  await page.locator('main a.term[href$="#delegation"]').first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE}glossary/d/#delegation$`));
  await expect(page.locator('#delegation dt')).toBeInViewport();
});

test('search finds a term as a result of its own on its letter page', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(`${BASE}search/?q=crisis&kind=Glossary`);
  const first = page.locator('search-page [data-search-results] > li').first();
  await expect(first.getByRole('link', { name: 'Crisis', exact: true }).first()).toHaveAttribute(
    'href',
    new RegExp(`^${BASE}glossary/c/#crisis$`),
    { timeout: 15_000 },
  );
});

test('the index and letter pages are valid HTML', () => {
  // The same html-validate rules as `npm run test:html`.
  const run = spawnSync('npx', ['html-validate', '--config', '.htmlvalidate.mjs', join(out, 'glossary')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(run.stdout + run.stderr).toBe('');
  expect(run.status).toBe(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no WCAG 2.2 AA violations on the index and a letter page (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('lm-theme', t), theme);
    for (const path of ['glossary/', 'glossary/m/']) {
      await page.goto(`${BASE}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
}
