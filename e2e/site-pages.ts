/** Every HTML page of a build, as site paths ("/lessons/x/"), read from its folder so new pages are tested automatically. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : walk(full);
    return d.name.endsWith('.html') ? [full] : [];
  });
}

/**
 * `dist` is the build's folder relative to the project: "dist" (the default) or "dist-course".
 * The review page's question and answer files (/review/questions/<check>/…) are files it loads, not pages
 * to visit: e2e/review.spec.ts tests them.
 */
export function builtPages(dist = 'dist'): string[] {
  const folder = join(ROOT, dist);
  return walk(folder)
    .map((file) => '/' + relative(folder, file).split(sep).join('/'))
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .filter((path) => !path.startsWith('/review/questions/'))
    .sort();
}

export function lessonPages(dist = 'dist'): string[] {
  return builtPages(dist).filter((p) => p.startsWith('/lessons/'));
}

export function partPages(): string[] {
  return builtPages().filter((p) => p.startsWith('/parts/'));
}
