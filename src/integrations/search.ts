/**
 * Search plumbing that Astro does not do by itself:
 *
 * 1. Lazy search code without Vite's preload helper. Every page loads the small search trigger;
 *    a plain `import('./search-dialog')` in it would make Vite add its ~1 KB (gzip) preload helper
 *    to every page, a quarter of a lesson page's JavaScript budget. Instead the dialog and the
 *    highlighter are emitted as their own chunks and the trigger imports them by URL, read from
 *    the virtual module `virtual:search-lazy-modules`.
 *
 * 2. Search in `astro dev`. Pagefind indexes built HTML, so the dev server has no /pagefind/.
 *    When the dev server starts, this integration fetches its own pages (following links from
 *    the home page), indexes them in memory with Pagefind's Node API and serves the result under
 *    /pagefind/. After content or source files change, the next page that opens search gets a
 *    fresh index.
 *
 * 3. The search index in `astro build`: Pagefind's Node API indexes the built pages, and only the
 *    files the site loads are written to dist/pagefind/ (src/lib/search/bundle.ts), not Pagefind's
 *    own UIs, highlighter or worker.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
// Imported up front: by astro:build:done, the module runner that loaded this file (and would
// resolve a dynamic import) has been closed.
import * as pagefindService from 'pagefind';
import { minifySync, type Plugin, type ViteDevServer } from 'vite';
import { shippedSearchFiles } from '../lib/search/bundle';
import {
  RECORDS_PATH,
  glossaryRecordHtml,
  urlOfFile,
  withSearchTerms,
  withoutBase,
  withoutTermsMeta,
  type SearchRecords,
} from '../lib/search/records';
import { buildVocabulary } from '../lib/search/correction';
import { VOCABULARY_FILE } from '../lib/search/spelling';
import { indexFiles } from '../lib/search/index-files';
import type { SearchSuggestions } from '../lib/search/suggestions';

/** Pagefind's compressed files: gzip, then a signature before the content. */
const SIGNATURE = 'pagefind_dcd';
const unpack = (bytes: Uint8Array): Uint8Array => gunzipSync(bytes).subarray(SIGNATURE.length);
const pack = (text: string): Uint8Array => gzipSync(new TextEncoder().encode(SIGNATURE + text), { level: 9 });

/** The file as the site ships it: pagefind.js minified, result fragments without the terms metadata. */
function shippedContent(path: string, content: Uint8Array): Uint8Array {
  if (path === 'pagefind.js') return minified(content);
  if (path.startsWith('fragment/')) return pack(withoutTermsMeta(new TextDecoder().decode(unpack(content))));
  return content;
}

/** /search/suggestions.json in the output (routes.searchSuggestions()), which the dialog fetches as it loads. */
const SUGGESTIONS_FILE = 'search/suggestions.json';

/**
 * The spelling vocabulary (lib/search/spelling.ts), from what Pagefind indexed: each record's
 * text, title and terms metadata, read back from its fragment files (gzip, with a signature).
 */
function vocabularyOf(files: readonly { path: string; content: Uint8Array }[]): Uint8Array {
  const texts: string[] = [];
  for (const file of files) {
    if (!file.path.startsWith('fragment/')) continue;
    const raw = unpack(file.content);
    const fragment = JSON.parse(new TextDecoder().decode(raw)) as { content?: string; meta?: Record<string, string> };
    texts.push(fragment.content ?? '', ...Object.values(fragment.meta ?? {}));
  }
  return new TextEncoder().encode(JSON.stringify(buildVocabulary(texts)));
}

const VIRTUAL_ID = 'virtual:search-lazy-modules';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

const LAZY_MODULES = {
  searchDialogUrl: fileURLToPath(new URL('../components/search/search-dialog.ts', import.meta.url)),
  highlightPageUrl: fileURLToPath(new URL('../components/search/highlight-page.ts', import.meta.url)),
};

/** The pages' language (<html lang> in BaseLayout.astro), which names Pagefind's WebAssembly. */
const PAGES_LANG = 'en';
const PAGEFIND_WASM = `wasm.${PAGES_LANG}.pagefind`;

function lazySearchModules(): Plugin {
  let command: 'build' | 'serve' = 'serve';
  let root = process.cwd();
  let base = '/';
  const refs = new Map<string, string>();
  return {
    name: 'lead-manage:search-lazy-modules',
    configResolved(config) {
      command = config.command;
      root = config.root;
      base = config.base.replace(/\/?$/, '/');
    },
    buildStart() {
      refs.clear();
      if (command !== 'build' || this.environment.config.consumer !== 'client') return;
      for (const [name, file] of Object.entries(LAZY_MODULES)) {
        refs.set(name, this.emitFile({ type: 'chunk', id: file, name: name.replace(/Url$/, '') }));
      }
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const urls = Object.entries(LAZY_MODULES).map(([name, file]) => {
        const ref = refs.get(name);
        // In a build, Rollup replaces this with the emitted chunk's hashed URL; in dev, Vite
        // serves the source module by its path.
        const url = ref ? `import.meta.ROLLUP_FILE_URL_${ref}` : JSON.stringify(`/${relative(root, file)}`);
        return `export const ${name} = ${url};`;
      });
      // The marker becomes the list of the dialog's chunks and Pagefind's script in generateBundle,
      // once their hashed names are known (the dialog's URL in this module changes with them, and
      // so does the hash of the chunk that imports it); in dev there is nothing to preload.
      urls.push(`export const searchDialogPreloads = ${command === 'build' ? `'${DEPS_MARKER}'` : '[]'};`);
      // Fetched with the dialog's code (trigger.ts): its suggestions, which name Pagefind's other
      // files (writeSearchIndex below). Not through routes.ts, which would add a chunk to every page.
      urls.push(`export const searchSuggestionsUrl = ${JSON.stringify(`${base}${SUGGESTIONS_FILE}`)};`);
      // Pagefind's WebAssembly, its largest file, has a fixed name (the pages' language, checked
      // when the index is written): started with the dialog's code it needs no second round trip.
      urls.push(`export const pagefindWasmUrl = ${JSON.stringify(`${base}pagefind/${PAGEFIND_WASM}`)};`);
      return urls.join('\n');
    },
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
      const dialog = chunks.find((c) => c.facadeModuleId === LAZY_MODULES.searchDialogUrl);
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      // Every chunk the dialog imports, however deep: fetched with it rather than one level at a time.
      const deps = new Set<string>();
      const visit = (name: string) => {
        for (const dep of byName.get(name)?.imports ?? []) {
          if (deps.has(dep)) continue;
          deps.add(dep);
          visit(dep);
        }
      };
      if (dialog) visit(dialog.fileName);
      const urls = JSON.stringify([...[...deps].map((d) => `${base}${d}`), `${base}pagefind/pagefind.js`]);
      for (const chunk of chunks) {
        // The minifier may quote the marker with any of the three quotes.
        chunk.code = chunk.code.replace(new RegExp(`[\`'"]${DEPS_MARKER}[\`'"]`, 'g'), urls);
      }
    },
  };
}

/** Replaced by the URLs to fetch with the search dialog (see generateBundle above). */
const DEPS_MARKER = '__search_dialog_preloads__';

// ------------------------------------------------------------------ dev index

type IndexFiles = Map<string, Uint8Array>;

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** Internal pages worth indexing: same-site paths without a file extension. */
function linkedPages(html: string): string[] {
  const paths = [...html.matchAll(/href="(\/[^"#?]*)/g)].map((m) => m[1] ?? '');
  return paths.filter((p) => !/^\/(?:_|@|pagefind\/)/.test(p) && !/\.[a-z0-9]+$/i.test(p));
}

async function buildDevIndex(origin: string, base: string): Promise<{ files: IndexFiles; pages: number }> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; ') || 'Pagefind could not create an index');
  try {
    const recordsResponse = await fetch(new URL(`${base.replace(/\/?$/, '/')}${RECORDS_PATH}`, origin));
    if (!recordsResponse.ok) throw new Error(`${RECORDS_PATH}: HTTP ${recordsResponse.status}`);
    const records = (await recordsResponse.json()) as SearchRecords;
    const termsByUrl = new Map(records.pages.map((p) => [p.url, p.terms]));
    for (const entry of records.glossary) {
      const added = await index.addHTMLFile({ url: entry.url, content: glossaryRecordHtml(entry) });
      if (added.errors.length > 0) throw new Error(`${entry.url}: ${added.errors.join('; ')}`);
    }
    const queue = ['/'];
    const seen = new Set(queue);
    let pages = 0;
    while (queue.length > 0) {
      const path = queue.shift()!;
      const response = await fetch(new URL(path, origin));
      if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) continue;
      const html = withSearchTerms(await response.text(), termsByUrl.get(path) ?? []);
      const added = await index.addHTMLFile({ url: path, content: html });
      if (added.errors.length > 0) throw new Error(`${path}: ${added.errors.join('; ')}`);
      pages++;
      for (const next of linkedPages(html)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    const result = await index.getFiles();
    if (result.errors.length > 0) throw new Error(result.errors.join('; '));
    const files = new Map(result.files.map((f) => [`/pagefind/${f.path}`, f.content]));
    files.set(`/pagefind/${VOCABULARY_FILE}`, vocabularyOf(result.files));
    return { files, pages };
  } finally {
    await index.deleteIndex();
  }
}

function devIndex(server: ViteDevServer, logger: AstroIntegrationLogger, base: string) {
  let current: Promise<IndexFiles> | undefined;
  let problem = 'the dev server has not started yet';
  let origin = '';
  /** Set when content or source changes; the next page that loads Pagefind gets a fresh index. */
  let stale = false;

  const rebuild = () => {
    const started = Date.now();
    current = buildDevIndex(origin, base).then(
      ({ files, pages }) => {
        logger.info(`search index ready: ${pages} pages crawled in ${Date.now() - started} ms`);
        return files;
      },
      (err: unknown) => {
        problem = err instanceof Error ? err.message : String(err);
        logger.warn(`search is unavailable in dev: ${problem}`);
        throw err;
      },
    );
    // Requests report the failure themselves; this only keeps it from being an unhandled rejection.
    current.catch(() => undefined);
  };

  server.middlewares.use((req, res, next) => {
    const path = req.url?.split('?')[0] ?? '';
    if (!path.startsWith('/pagefind/')) return next();
    // Pagefind fetches its entry file first on every page, so that is the moment to catch up.
    if (stale && path === '/pagefind/pagefind-entry.json' && origin) {
      stale = false;
      rebuild();
    }
    if (!current) {
      res.statusCode = 503;
      res.end(`Search index not available in dev: ${problem}`);
      return;
    }
    current.then(
      (files) => {
        const body = files.get(path);
        if (!body) {
          res.statusCode = 404;
          res.end('Not in the dev search index');
          return;
        }
        res.setHeader('Content-Type', CONTENT_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-store');
        res.end(body);
      },
      () => {
        res.statusCode = 503;
        res.end(`Search index not available in dev: ${problem}`);
      },
    );
  });

  // Indexing again on every save would crawl the site for nothing; mark the index out of date instead.
  const watched = ['content', 'src'].map((dir) => `${server.config.root.replace(/\/$/, '')}/${dir}/`);
  const markStale = (file: string) => {
    if (watched.some((dir) => file.startsWith(dir))) stale = true;
  };
  server.watcher.on('change', markStale);
  server.watcher.on('add', markStale);
  server.watcher.on('unlink', markStale);

  return {
    start(address: string) {
      origin = address;
      rebuild();
    },
  };
}

// ---------------------------------------------------------------- build index

/** Every HTML file under `dir`, as paths relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/**
 * Indexes the built pages, each lesson with its search terms added as hidden metadata, and each
 * glossary term as a record of its own (src/lib/search/records.ts).
 */
async function addSite(index: pagefindService.PagefindIndex, outDir: string, base: string): Promise<number> {
  const recordsFile = join(outDir, RECORDS_PATH);
  const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecords;
  // Build input only: the site never fetches it.
  await rm(recordsFile);
  const termsByUrl = new Map(records.pages.map((p) => [withoutBase(p.url, base), p.terms]));
  let count = 0;
  for (const file of await htmlFiles(outDir)) {
    const html = await readFile(join(outDir, file), 'utf8');
    const added = await index.addHTMLFile({
      sourcePath: file,
      content: withSearchTerms(html, termsByUrl.get(urlOfFile(file)) ?? []),
    });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${file}: ${added.errors.join('; ')}`);
    count++;
  }
  for (const entry of records.glossary) {
    const url = withoutBase(entry.url, base);
    const added = await index.addHTMLFile({ url, content: glossaryRecordHtml(entry) });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${url}: ${added.errors.join('; ')}`);
    count++;
  }
  return count;
}

/**
 * Pagefind's script, minified (local names shortened): Pagefind ships it with whitespace removed
 * but its names whole, and every first search downloads and parses it. About 2 KB gzip less (of
 * 13), the same code.
 */
function minified(script: Uint8Array): Uint8Array {
  const { code, errors } = minifySync('pagefind.js', new TextDecoder().decode(script), { module: true });
  if (errors.length > 0) throw new Error(`Minifying pagefind.js: ${errors.map((e) => e.message).join('; ')}`);
  return new TextEncoder().encode(code);
}

async function writeSearchIndex(outDir: string, base: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = Date.now();
  const { index, errors } = await pagefindService.createIndex({});
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  try {
    const pageCount = await addSite(index, outDir, base);
    const result = await index.getFiles();
    if (result.errors.length > 0) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
    const byPath = new Map(result.files.map((f) => [f.path, f.content]));
    const entry = byPath.get('pagefind-entry.json');
    if (!entry) throw new Error('Pagefind wrote no pagefind-entry.json');
    const shipped = shippedSearchFiles([...byPath.keys()], new TextDecoder().decode(entry));
    for (const path of shipped) {
      const file = join(outDir, 'pagefind', path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, shippedContent(path, byPath.get(path)!));
    }
    await writeFile(join(outDir, 'pagefind', VOCABULARY_FILE), vocabularyOf(result.files));
    // The names of Pagefind's files go to the dialog with its suggestions (no request of their
    // own), so that it can fetch them all at once rather than one after another (issue 13).
    const files = indexFiles(new TextDecoder().decode(entry), (hash) => {
      const meta = byPath.get(`pagefind.${hash}.pf_meta`);
      if (!meta) throw new Error(`Pagefind wrote no metadata file for ${hash}`);
      return unpack(meta);
    });
    if (!Object.values(files).some((f) => f.wasm === PAGEFIND_WASM))
      throw new Error(
        `Pagefind wrote no ${PAGEFIND_WASM}, which the search control preloads (pagefindWasmUrl): were the pages' lang changed from "${PAGES_LANG}"?`,
      );
    const suggestionsFile = join(outDir, SUGGESTIONS_FILE);
    const suggestions = JSON.parse(await readFile(suggestionsFile, 'utf8')) as SearchSuggestions;
    await writeFile(suggestionsFile, JSON.stringify({ ...suggestions, pagefind: files } satisfies SearchSuggestions));
    logger.info(
      `search index: ${pageCount} pages and records, ${shipped.length} of Pagefind's ${byPath.size} files written in ${Date.now() - started} ms`,
    );
  } finally {
    await index.deleteIndex();
    await pagefindService.close();
  }
}

export default function search(): AstroIntegration {
  let dev: ReturnType<typeof devIndex> | undefined;
  let base = '/';
  return {
    name: 'lead-manage:search',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [lazySearchModules()] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        dev = devIndex(server, logger, base);
      },
      'astro:server:start': ({ address }) => {
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        // Crawl over loopback even when the server listens on all interfaces.
        dev?.start(`http://${host === '[::]' || host === '0.0.0.0' ? 'localhost' : host}:${address.port}`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeSearchIndex(fileURLToPath(dir), base, logger);
      },
      'astro:server:done': async () => {
        const pagefind = await import('pagefind');
        await pagefind.close();
      },
    },
  };
}
