/**
 * Island code that loads later, without Vite's preload helper. A plain `import('./x')` in an
 * island makes Vite add its ~1 KB (gzip) preload helper to the page that loads the island; on a
 * lesson page that is a quarter of the JavaScript budget. Instead each module named here is
 * emitted as its own chunk, and a virtual module exports its URL, which the island imports by URL
 * (a dynamic import marked @vite-ignore).
 * (src/integrations/search.ts does the same for the search dialog.)
 *
 *   lazyModules('virtual:notes-lazy-modules', { noteEditorUrl: '/abs/path/editor.ts' })
 *   import { noteEditorUrl } from 'virtual:notes-lazy-modules';
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

export function lazyModules(virtualId: string, modules: Record<string, string>): Plugin {
  const resolvedId = `\0${virtualId}`;
  let command: 'build' | 'serve' = 'serve';
  let root = process.cwd();
  let base = '/';
  const refs = new Map<string, string>();
  return {
    name: `lead-manage:lazy-modules:${virtualId}`,
    configResolved(config) {
      command = config.command;
      root = config.root;
      base = config.base;
    },
    buildStart() {
      refs.clear();
      if (command !== 'build' || this.environment.config.consumer !== 'client') return;
      for (const [name, file] of Object.entries(modules)) {
        refs.set(name, this.emitFile({ type: 'chunk', id: file, name: name.replace(/Url$/, '') }));
      }
    },
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      return Object.entries(modules)
        .map(([name, file]) => {
          const ref = refs.get(name);
          // In a build, Rollup replaces this with the emitted chunk's hashed URL; in dev, Vite
          // serves the source module by its path under the base.
          const url = ref
            ? `import.meta.ROLLUP_FILE_URL_${ref}`
            : JSON.stringify(`${base.replace(/\/?$/, '/')}${relative(root, file)}`);
          return `export const ${name} = ${url};`;
        })
        .join('\n');
    },
  };
}
