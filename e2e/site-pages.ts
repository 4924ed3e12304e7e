/** Every HTML page of the built site, as URL paths, read from dist/ so new pages are tested automatically. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = new URL('../dist/', import.meta.url).pathname;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : walk(full);
    return d.name.endsWith('.html') ? [full] : [];
  });
}

export function builtPages(): string[] {
  return walk(DIST)
    .map((file) => '/' + relative(DIST, file).split(sep).join('/'))
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}

export function lessonPages(): string[] {
  return builtPages().filter((p) => p.startsWith('/lessons/'));
}

export function partPages(): string[] {
  return builtPages().filter((p) => p.startsWith('/parts/'));
}
