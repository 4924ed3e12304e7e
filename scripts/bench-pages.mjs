/**
 * `npm run bench`: what each built page costs a learner. Serves dist/ (run `npm run build` first),
 * loads every page in Chromium until the network is idle, and prints per page the gzip size of
 * everything it fetched (HTML, CSS, JS, other), the number of requests, requests to other origins,
 * and the cumulative layout shift. Sizes are gzip -6 of each response body, as a typical static
 * host would send them (scripts/serve.mjs itself does not compress).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSize, launchChromium, serveDist } from './bench-support.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(DIST)) {
  console.error('bench: no dist/ folder; run `npm run build` first.');
  process.exit(1);
}

function pages(dir = DIST) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return ['pagefind', '_astro'].includes(d.name) ? [] : pages(full);
    if (!d.name.endsWith('.html') || d.name === '404.html') return [];
    const path = '/' + relative(DIST, full).split(sep).join('/');
    return [path.replace(/index\.html$/, '')];
  });
}

const { origin: ORIGIN, stop } = await serveDist();
const browser = await launchChromium();

const kb = (n) => (n / 1024).toFixed(1);
const rows = [];
for (const path of pages().sort()) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  const sizes = { html: 0, css: 0, js: 0, other: 0 };
  let foreign = 0;
  for (const r of responses) {
    if (!r.url().startsWith(ORIGIN)) foreign++;
    const body = await r.body().catch(() => Buffer.alloc(0));
    const type = r.request().resourceType();
    const key = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
    sizes[key] += gzipSize(body);
  }
  const cls = await page.evaluate(() => window.__cls);
  const total = sizes.html + sizes.css + sizes.js + sizes.other;
  rows.push([
    path,
    kb(total),
    kb(sizes.html),
    kb(sizes.css),
    kb(sizes.js),
    kb(sizes.other),
    responses.length,
    foreign,
    cls.toFixed(3),
  ]);
  await page.close();
}
await browser.close();
stop();

const header = ['page', 'total KB', 'html', 'css', 'js', 'other', 'requests', 'other origins', 'CLS'];
const table = [header, ...rows.map((r) => r.map(String))];
const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)));
for (const r of table) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
console.log('\nKB = KiB of gzip -6 response bodies, loaded until network idle at 1280x900 in Chromium.');
process.exit(0);
