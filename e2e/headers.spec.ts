/**
 * What the host sends: the build's `_headers` (security headers and caching), as scripts/serve.mjs
 * applies them the way Netlify and Cloudflare Pages do, and the files the build ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { builtPages } from './site-pages';

const DIST = new URL('../dist/', import.meta.url).pathname;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

function metaCsp(html: string): string {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  expect(content, 'the page has a CSP <meta>').toBeTruthy();
  return content!
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** A CSP as a set of "directive value…" strings, so spacing and order do not matter. */
const directives = (csp: string) =>
  new Set(
    csp
      .split(';')
      .map((d) => d.trim().replace(/\s+/g, ' '))
      .filter(Boolean),
  );

test('every page is sent with the CSP of its <meta>, plus frame-ancestors, and the security headers', async ({
  request,
}) => {
  for (const path of builtPages()) {
    const response = await request.get(path);
    const headers = response.headers();
    const page = directives(metaCsp(await response.text()));
    const sent = directives(headers['content-security-policy'] ?? '');
    expect(sent, path).toEqual(new Set([...page, "frame-ancestors 'none'"]));
    expect(sent.has("require-trusted-types-for 'script'")).toBe(true);
    expect(sent.has("trusted-types 'none'")).toBe(true);
    expect(headers['strict-transport-security'], path).toMatch(/^max-age=\d{8}/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cache-control'], path).toBe(REVALIDATE);
  }
});

test('content-hashed files are cached for a year; entry files and pages are revalidated', async ({ request }) => {
  const astro = readdirSync(join(DIST, '_astro'));
  expect(astro.length).toBeGreaterThan(0);
  for (const file of astro) {
    expect((await request.head(`/_astro/${file}`)).headers()['cache-control'], file).toBe(IMMUTABLE);
  }
  for (const dir of ['index', 'fragment', 'filter']) {
    const [file] = readdirSync(join(DIST, 'pagefind', dir));
    expect((await request.head(`/pagefind/${dir}/${file}`)).headers()['cache-control'], file).toBe(IMMUTABLE);
  }
  const meta = readdirSync(join(DIST, 'pagefind')).find((f) => f.endsWith('.pf_meta'))!;
  expect((await request.head(`/pagefind/${meta}`)).headers()['cache-control']).toBe(IMMUTABLE);
  for (const path of [
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/wasm.en.pagefind',
    '/favicon.svg',
    '/robots.txt',
    '/sitemap-index.xml',
    '/manifest.webmanifest',
    '/social/home.png',
  ]) {
    const response = await request.head(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe(REVALIDATE);
  }
});

test('a revalidated file answers 304 when unchanged', async ({ request }) => {
  const first = await request.get('/');
  const etag = first.headers()['etag']!;
  expect(etag).toBeTruthy();
  const again = await request.get('/', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
});

test('no site, this one included, can show a page in a frame', async ({ page, watch }) => {
  watch.allow(/Refused to (display|frame)|frame-ancestors/);
  await page.goto('/glossary/');
  const blocked = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const frame = document.createElement('iframe');
        frame.src = '/';
        frame.onload = () => {
          // A blocked frame shows the browser's own error page, which this origin cannot read.
          try {
            resolve(!frame.contentDocument?.querySelector('h1'));
          } catch {
            resolve(true);
          }
        };
        document.body.append(frame);
      }),
  );
  expect(blocked).toBe(true);
});

test('the build ships only the Pagefind files the site uses', () => {
  const shipped = readdirSync(join(DIST, 'pagefind'), { recursive: true, encoding: 'utf8' })
    .filter((f) => !['index', 'fragment', 'filter'].includes(f))
    .filter((f) => !/^(index|fragment|filter)\//.test(f))
    .sort();
  expect(shipped).toEqual([
    'pagefind-entry.json',
    expect.stringMatching(/^pagefind\.en_[0-9a-f]+\.pf_meta$/),
    'pagefind.js',
    // Not Pagefind's: the spelling vocabulary for "Did you mean" (src/integrations/search.ts).
    'vocabulary.json',
    'wasm.en.pagefind',
  ]);
  for (const unused of ['pagefind-ui.js', 'pagefind-component-ui.js', 'pagefind-highlight.js', 'pagefind-worker.js']) {
    expect(existsSync(join(DIST, 'pagefind', unused)), unused).toBe(false);
  }
});

test('dist/_headers is the one the build wrote for these pages', () => {
  const text = readFileSync(join(DIST, '_headers'), 'utf8');
  const csp = /^\/\*\n {2}Content-Security-Policy: (.+)$/m.exec(text)?.[1];
  const page = metaCsp(readFileSync(join(DIST, 'index.html'), 'utf8'));
  expect(directives(csp!)).toEqual(new Set([...directives(page), "frame-ancestors 'none'"]));
});
