/**
 * The budget check itself (scripts/check-budgets.ts, run by `npm test` after the build) against a
 * small built site made here: it must fail on a lesson page over budget, naming the page, the part
 * and the excess, and pass the same site once the page is back within budget.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = new URL('../../../scripts/check-budgets.ts', import.meta.url).pathname;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Text that gzip cannot shrink much: a page's script of about `bytes` bytes on the wire. */
function incompressible(bytes: number): string {
  let seed = 42;
  let out = '';
  while (out.length < bytes * 1.4) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    out += String.fromCharCode(33 + (seed % 90)).replace(/[`\\$]/, 'x');
  }
  return out;
}

function builtSite(lessonScriptBytes: number, homeScript = 'console.log(1);'): string {
  const dist = mkdtempSync(join(tmpdir(), 'budget-fixture-'));
  dirs.push(dist);
  const page = (script: string) =>
    `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/_astro/site.css"></head>` +
    `<body><h1>Page</h1><script type="module" src="/_astro/${script}"></script></body></html>`;
  const files: Record<string, string> = {
    'index.html': page('home.js'),
    'lessons/heavy/index.html': page('lesson.js'),
    '_astro/site.css': 'body{margin:0}',
    '_astro/home.js': homeScript,
    '_astro/checkController.fixture.js': `const data=\`${incompressible(30000)}\`;`,
    '_astro/mystery.fixture.js': 'export{}',
    '_astro/lesson.js': `import"./shared.js";const data=\`${incompressible(lessonScriptBytes)}\`;`,
    '_astro/shared.js': 'export const shared=1;',
    '_astro/searchDialog.fixture.js': 'import"./shared.js";',
    'search/suggestions.json': '{"lessons":[],"terms":[]}',
    'pagefind/pagefind.js': 'export const search=()=>{};',
    'pagefind/pagefind-entry.json': '{"version":"1.6.0","languages":{"en":{"hash":"en_1","wasm":"en","page_count":1}}}',
    'pagefind/pagefind.en_1.pf_meta': 'meta',
    'pagefind/wasm.en.pagefind': 'wasm',
    'pagefind/index/en_a.pf_index': 'index',
    'pagefind/fragment/en_b.pf_fragment': 'fragment',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

function run(dist: string): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [SCRIPT, '--dist', dist], {
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, BASE_PATH: '', SITE_URL: '' },
    });
    return { code: 0, out };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

describe('npm run check:budgets', () => {
  it('fails on a lesson page over its JavaScript budget, naming the page, the part and the excess', () => {
    const { code, out } = run(builtSite(5000));
    expect(code).toBe(1);
    expect(out).toMatch(/- \/lessons\/heavy\/: JavaScript is [\d.]+ KB gzip, [\d.]+ KB over its 4\.0 KB budget/);
    // Only that page and that part: the home page and the search transfer are within budget.
    expect(out.match(/^- /gm)).toHaveLength(1);
  });

  it('fails on code that can load a file on demand when nobody said when it loads', () => {
    const { code, out } = run(builtSite(1000, 'document.onclick=()=>import(`/_astro/mystery.fixture.js`);'));
    expect(code).toBe(1);
    expect(out).toContain(
      '- /: its code can load _astro/mystery.fixture.js on demand, and the budget check does not know when',
    );
  });

  it('does not count a file the site model says loads later, on use (the check controller)', () => {
    // 30 KB that would put the home page far over budget if it were counted.
    const { code, out } = run(builtSite(1000, 'const u=`/_astro/checkController.fixture.js`;onfocus=()=>import(u);'));
    expect(out).toContain('All 2 pages and search are within budget.');
    expect(code).toBe(0);
  });

  it('passes the same site once the page is within budget', () => {
    const { code, out } = run(builtSite(1000));
    expect(out).toContain('All 2 pages and search are within budget.');
    expect(code).toBe(0);
  });
});
