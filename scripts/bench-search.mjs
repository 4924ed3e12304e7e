/**
 * `node scripts/bench-search.mjs`: what opening search and running a first query costs a learner.
 * Serves dist/ (run `npm run build` first), loads a lesson page until the network is idle, then
 * counts everything fetched from pressing Ctrl+K until the first results are on screen and the
 * network is idle again. Sizes are gzip -6 of each response body, as a typical static host would
 * send them; Pagefind's index files are already gzip, so they count at their stored size.
 *
 *   node scripts/bench-search.mjs                      our dialog, query "risk", on a lesson page
 *   node scripts/bench-search.mjs --query "tim cook"   another first query
 *   node scripts/bench-search.mjs --component-ui       the same measure for Pagefind's Component UI
 *                                                     (<pagefind-modal>), for comparison
 *   node scripts/bench-search.mjs --budget 90          exit 1 when the total is over 90 KiB
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSize, launchChromium, serveDist } from './bench-support.mjs';

const { values: args } = parseArgs({
  options: {
    query: { type: 'string', default: 'risk' },
    page: { type: 'string', default: '/lessons/what-management-is/' },
    'component-ui': { type: 'boolean', default: false },
    budget: { type: 'string' },
  },
});

const DIST = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(`${DIST}pagefind/pagefind.js`)) {
  console.error('bench-search: no dist/pagefind/; run `npm run build` first.');
  process.exit(1);
}

const { origin: ORIGIN, stop } = await serveDist();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

/** Every response from the moment `recording` is set, with its gzip size. */
let recording = false;
const fetched = [];
const pending = new Set();
page.on('request', (r) => recording && pending.add(r));
page.on('requestfailed', (r) => pending.delete(r));
page.on('response', async (r) => {
  if (!recording) return;
  const body = await r.body().catch(() => Buffer.alloc(0));
  const gzip = gzipSize(body);
  fetched.push({ url: r.url().replace(ORIGIN, ''), status: r.status(), raw: body.length, gzip });
  pending.delete(r.request());
});

/** Pagefind's output files that dist/pagefind/ does not have (its UIs, highlighter, worker). */
async function pagefindFilesNotShipped() {
  const pagefind = await import('pagefind');
  const { index } = await pagefind.createIndex({});
  await index.addDirectory({ path: DIST });
  const { files } = await index.getFiles();
  await index.deleteIndex();
  await pagefind.close();
  return new Map(files.filter((f) => !existsSync(`${DIST}pagefind/${f.path}`)).map((f) => [f.path, f.content]));
}

async function networkIdle(quietMs = 500) {
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    await new Promise((r) => setTimeout(r, 50));
    if (pending.size > 0) quietSince = Date.now();
  }
}

if (args['component-ui']) {
  // A page like ours but with Pagefind's own modal: the UI's script and CSS are part of the cost
  // of opening search, so they are counted too (a site would load them on first open at best).
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Component UI</title></head>
    <body><pagefind-modal-trigger></pagefind-modal-trigger><pagefind-modal></pagefind-modal></body></html>`;
  await page.route(`${ORIGIN}/__bench/component-ui/`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: html }),
  );
  // The build ships none of Pagefind's UIs (src/lib/search/bundle.ts); take them, and the worker the
  // Component UI uses, from an in-memory Pagefind index of the same pages.
  const uiFiles = await pagefindFilesNotShipped();
  await page.route(`${ORIGIN}/pagefind/**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice('/pagefind/'.length);
    const body = uiFiles.get(path);
    if (!body) return route.fallback();
    const contentType = path.endsWith('.css') ? 'text/css' : 'text/javascript';
    return route.fulfill({ status: 200, contentType, body: Buffer.from(body) });
  });
  await page.goto(`${ORIGIN}/__bench/component-ui/`, { waitUntil: 'networkidle' });
  recording = true;
  const started = Date.now();
  await page.evaluate(() => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/pagefind/pagefind-component-ui.css';
    document.head.append(css);
    const js = document.createElement('script');
    js.type = 'module';
    js.src = '/pagefind/pagefind-component-ui.js';
    document.head.append(js);
  });
  await page.waitForFunction(() => customElements.get('pagefind-modal'));
  await page.keyboard.press('Control+k');
  const input = page.locator('pagefind-modal input').first();
  await input.waitFor();
  await input.pressSequentially(args.query, { delay: 60 });
  await page.locator('pagefind-modal pagefind-results a[href]').first().waitFor({ timeout: 15_000 });
  await networkIdle();
  report('Pagefind Component UI', Date.now() - started);
} else {
  await page.goto(ORIGIN + args.page, { waitUntil: 'networkidle' });
  recording = true;
  const started = Date.now();
  await page.keyboard.press('Control+k');
  const input = page.locator('#search-dialog-input');
  await input.waitFor();
  await input.pressSequentially(args.query, { delay: 60 });
  await page.locator('[data-search-results] a[href]').first().waitFor({ timeout: 15_000 });
  await networkIdle();
  report('our dialog (Pagefind JS API)', Date.now() - started);
}

function report(what, ms) {
  const kib = (n) => (n / 1024).toFixed(1);
  const rows = fetched.map((f) => [f.url, String(f.status), kib(f.raw), kib(f.gzip)]);
  const header = ['request', 'status', 'raw KiB', 'gzip KiB'];
  const table = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  console.log(`${what}: open search on ${args['component-ui'] ? 'a test page' : args.page}, type "${args.query}"\n`);
  for (const r of table)
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  const total = fetched.reduce((s, f) => s + f.gzip, 0);
  const js = fetched.filter((f) => /\.js$/.test(f.url)).reduce((s, f) => s + f.gzip, 0);
  console.log(
    `\n${fetched.length} requests, ${kib(total)} KiB gzip in total (${kib(js)} KiB of it JavaScript), first results and idle after ${ms} ms.`,
  );
  const budget = args.budget ? Number(args.budget) : undefined;
  if (budget !== undefined) {
    const ok = total / 1024 <= budget;
    console.log(`Budget ${budget} KiB: ${ok ? 'within' : 'OVER'}.`);
    process.exitCode = ok ? 0 : 1;
  }
}

await browser.close();
stop();
process.exit(process.exitCode ?? 0);
