/**
 * Code loaded on demand, without Vite's preload helper. A plain `import('./x')` in an eager script
 * makes Vite add its ~1 KB (gzip) preload helper to that script, a quarter of a lesson page's
 * JavaScript budget. Instead, each module named here is emitted as its own chunk, and a virtual
 * module exports its URL, which the eager script imports with `import(/* @vite-ignore *\/ url)`.
 * (src/integrations/search.ts does the same for the search dialog.)
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** `modules`: export name → the module's file URL (e.g. `new URL('../x.ts', import.meta.url)`). */
export function lazyModules(virtualId: string, modules: Record<string, URL>): Plugin {
  const resolvedId = `\0${virtualId}`;
  const files = Object.entries(modules).map(([name, url]) => [name, fileURLToPath(url)] as const);
  let command: 'build' | 'serve' = 'serve';
  let root = process.cwd();
  const refs = new Map<string, string>();
  return {
    name: `lead-manage:lazy-modules:${virtualId}`,
    configResolved(config) {
      command = config.command;
      root = config.root;
    },
    buildStart() {
      refs.clear();
      if (command !== 'build' || this.environment.config.consumer !== 'client') return;
      for (const [name, file] of files) {
        refs.set(name, this.emitFile({ type: 'chunk', id: file, name: name.replace(/Url$/, '') }));
      }
    },
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      return files
        .map(([name, file]) => {
          const ref = refs.get(name);
          // In a build, Rollup replaces this with the emitted chunk's hashed URL (relative to the
          // importing chunk, so it works under a base path); in dev, Vite serves the source by path.
          const url = ref ? `import.meta.ROLLUP_FILE_URL_${ref}` : JSON.stringify(`/${relative(root, file)}`);
          return `export const ${name} = ${url};`;
        })
        .join('\n');
    },
  };
}
