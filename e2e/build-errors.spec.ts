/**
 * Bad content must stop `astro build` with a message naming the file and the field,
 * never a silent skip. Each test builds a copy of the project with one thing broken.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

const ROOT = new URL('../', import.meta.url).pathname;
const LESSON = 'content/lessons/what-management-is.mdx';

function buildBroken(breakIt: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lm-broken-'));
  try {
    for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(ROOT, item), join(dir, item), { recursive: true });
    }
    // Link each package, not node_modules itself: Astro and Vite keep caches in node_modules/.astro
    // and .vite, and parallel builds sharing them would read each other's content.
    mkdirSync(join(dir, 'node_modules'));
    for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
      if (!entry.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
    }
    mkdirSync(join(dir, 'node_modules/.bin'));
    for (const bin of readdirSync(join(ROOT, 'node_modules/.bin'))) {
      symlinkSync(join(ROOT, 'node_modules/.bin', bin), join(dir, 'node_modules/.bin', bin));
    }
    breakIt(dir);
    const run = spawnSync('npx', ['astro', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 120_000,
    });
    return { status: run.status, output: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the fixture edit changed ${file}`).not.toBe(before);
  writeFileSync(path, after);
}

test.describe.configure({ mode: 'parallel', timeout: 150_000 });

test('a schema error names the file and the field', () => {
  const { status, output } = buildBroken((dir) =>
    edit(dir, LESSON, (t) => t.replace(/^objectives:\n/m, 'objectivs:\n')),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('what-management-is.mdx');
  expect(output).toMatch(/objectives/);
});

test('a wrong answer key names the question field', () => {
  const { status, output } = buildBroken((dir) =>
    edit(dir, LESSON, (t) => t.replace(/^(\s+correct: )\[(\w)\]/m, '$1[zz]')),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('what-management-is.mdx');
  expect(output).toMatch(/check\.\d+\.correct\.0: "zz" is not one of this question's options/);
});

test('a self-assessment statement with an unknown side names the file and the field', () => {
  const { status, output } = buildBroken((dir) =>
    edit(dir, 'content/self-assessment.yaml', (t) => t.replace(/side: leadership/, 'side: leading')),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('self-assessment.yaml');
  expect(output).toMatch(/statements\.\d+\.side: side must be leadership or management/);
});

test('a self-assessment next step naming a missing lesson fails the build', () => {
  const { status, output } = buildBroken((dir) =>
    edit(dir, 'content/self-assessment.yaml', (t) => t.replace(/lesson: not-either-or/, 'lesson: no-such-lesson')),
  );
  expect(status).not.toBe(0);
  expect(output).toContain(
    'content/self-assessment.yaml: profiles.balanced.nextSteps.0.lesson: lesson "no-such-lesson" does not exist',
  );
});

test('two lessons with the same id fail instead of one disappearing', () => {
  const { status, output } = buildBroken((dir) =>
    writeFileSync(
      join(dir, 'content/lessons/What-Management-Is.mdx'),
      readFileSync(join(dir, LESSON), 'utf8').replace(/^order: \d+$/m, 'order: 99'),
    ),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('DuplicateContentEntrySlugError');
  expect(output).toContain('content/lessons/What-Management-Is.mdx');
});

test('two lessons with the same order, or an unknown part, fail with both files named', () => {
  const { status, output } = buildBroken((dir) => {
    edit(dir, 'content/lessons/what-leadership-is.mdx', (t) => t.replace(/^order: \d+$/m, 'order: 1'));
    edit(dir, 'content/lessons/tim-cook.mdx', (t) => t.replace(/^part: .*$/m, 'part: appendix'));
  });
  expect(status).not.toBe(0);
  expect(output).toContain('order 1 is already used by content/lessons/');
  expect(output).toContain('content/lessons/tim-cook.mdx: part "appendix" is not in the course outline');
});

test('a glossary entry naming a missing lesson fails the build', () => {
  const { status, output } = buildBroken((dir) =>
    edit(dir, 'content/glossary.yaml', (t) => t.replace(/lessons: \[what-management-is,/, 'lessons: [no-such-lesson,')),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('content/glossary.yaml: management.lessons.0: there is no lesson "no-such-lesson"');
});

test('a final-check question drawing on a lesson that does not exist names the file and the field', () => {
  test.skip(!existsSync(join(ROOT, 'content/final-check.yaml')), 'the course has no final check');
  const { status, output } = buildBroken((dir) =>
    edit(dir, 'content/final-check.yaml', (t) => t.replace(/^(\s+from: )[a-z0-9-]+$/m, '$1no-such-lesson')),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('content/final-check.yaml: check.0.from: there is no lesson "no-such-lesson"');
});
