import { describe, expect, it } from 'vitest';
import { follow, pageTransfer, partSizes, resolveReference, type SiteFiles } from './transfer';
import { pagefindLanguage, searchTransfer } from './search';

/** An in-memory output folder; a file's "size on the wire" is its length, to keep sums readable. */
function site(files: Record<string, string>): SiteFiles {
  const bytes = new Map(Object.entries(files).map(([p, text]) => [p, new TextEncoder().encode(text)]));
  return { read: (p) => bytes.get(p), list: () => [...bytes.keys()].sort() };
}
const size = (b: Uint8Array) => b.length;

describe('resolveReference', () => {
  const opts = { base: '/course/', siteOrigin: 'https://learn.example.org' };
  it('maps the site’s own URLs to files in the output, under the base path', () => {
    expect(resolveReference('/course/_astro/a.js', '/course/lessons/x/', opts)).toEqual({ file: '_astro/a.js' });
    expect(resolveReference('../y/', '/course/lessons/x/', opts)).toEqual({ file: 'lessons/y/index.html' });
    expect(resolveReference('https://learn.example.org/course/', '/course/', opts)).toEqual({ file: 'index.html' });
  });
  it('tells another origin, a path outside the base, and what needs no request apart', () => {
    expect(resolveReference('https://cdn.example.com/x.js', '/course/', opts)).toEqual({
      foreign: 'https://cdn.example.com/x.js',
    });
    expect(resolveReference('//cdn.example.com/x.js', '/course/', opts)).toEqual({
      foreign: 'http://cdn.example.com/x.js',
    });
    expect(resolveReference('/_astro/a.js', '/course/', opts)).toEqual({ outside: '/_astro/a.js' });
    expect(resolveReference('data:image/png;base64,AA', '/course/', opts)).toBeUndefined();
    expect(resolveReference('#main', '/course/', opts)).toBeUndefined();
  });
});

describe('pageTransfer', () => {
  const files = site({
    'lessons/x/index.html':
      '<html lang="en"><link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg">' +
      '<script type="module" src="/_astro/island.js"></script><script type="module" src="/_astro/other.js"></script>',
    '_astro/site.css': '@import "./more.css";@font-face{src:url(/fonts/a.woff2)}',
    '_astro/more.css': 'p{}',
    'fonts/a.woff2': 'FONT',
    'favicon.svg': '<svg/>',
    '_astro/island.js': 'import{a}from"./shared.js";const lazy=()=>import("./lazy.js");',
    '_astro/other.js': 'import"./shared.js";',
    '_astro/shared.js': 'export const a=1;',
    '_astro/lazy.js': 'THIS IS NOT LOADED UNTIL USED',
  });

  it('counts the HTML, stylesheets with their imports and fonts, module scripts with their static imports, once each', () => {
    const t = pageTransfer('lessons/x/index.html', files, { size });
    expect(t.files.map((f) => `${f.part} ${f.path}`)).toEqual([
      'html lessons/x/index.html',
      'css _astro/site.css',
      'other favicon.svg',
      'js _astro/island.js',
      'js _astro/other.js',
      'css _astro/more.css',
      'fonts fonts/a.woff2',
      'js _astro/shared.js',
    ]);
    expect(t.foreign).toEqual([]);
    expect(t.missing).toEqual([]);
    const sizes = partSizes(t);
    const length = (p: string) => files.read(p)!.length;
    expect(sizes.js).toBe(length('_astro/island.js') + length('_astro/other.js') + length('_astro/shared.js'));
    expect(sizes.total).toBe(t.files.reduce((s, f) => s + f.bytes, 0));
  });

  it('reports references to other origins and to files that do not exist', () => {
    const broken = site({
      'index.html':
        '<link rel="stylesheet" href="https://cdn.example.com/x.css"><script type="module" src="/_astro/gone.js"></script>',
    });
    const t = pageTransfer('index.html', broken, { size });
    expect(t.foreign).toEqual(['https://cdn.example.com/x.css']);
    expect(t.missing).toEqual(['/_astro/gone.js']);
  });

  it('follows the files loaded code may load on demand as `onDemand` says, and names those it does not know', () => {
    const withLazy = site({
      'index.html': '<script type="module" src="/_astro/island.js"></script>',
      '_astro/island.js': 'const a=()=>import("./now.js"),b=()=>import("./later.js"),c=()=>import("./unknown.js");',
      '_astro/now.js': 'import"./now-dep.js";',
      '_astro/now-dep.js': 'export{}',
      '_astro/later.js': 'LATER',
      '_astro/unknown.js': 'UNKNOWN',
    });
    const when = { '_astro/now.js': 'load', '_astro/later.js': 'later' } as const;
    const t = pageTransfer('index.html', withLazy, {
      size,
      onDemand: (file) => when[file as keyof typeof when],
    });
    expect(t.files.map((f) => f.path)).toEqual([
      'index.html',
      '_astro/island.js',
      '_astro/now.js',
      '_astro/now-dep.js',
    ]);
    expect(t.undeclared).toEqual(['_astro/unknown.js']);
    // Without a model, nothing loaded on demand is followed or reported (the search transfer, for one).
    expect(pageTransfer('index.html', withLazy, { size }).undeclared).toEqual([]);
  });

  it('skips what the page has already loaded when following from elsewhere', () => {
    const t = follow(
      [{ resource: { url: '/_astro/island.js', part: 'js', module: true }, from: '/' }],
      files,
      { size },
      new Set(['_astro/shared.js']),
    );
    expect(t.files.map((f) => f.path)).toEqual(['_astro/island.js']);
  });
});

describe('searchTransfer', () => {
  const files = site({
    '_astro/searchDialog.abc.js': 'import"./render.js";import"./shared.js";',
    '_astro/render.js': 'R',
    '_astro/shared.js': 'S',
    'search/suggestions.json': '{}',
    'pagefind/pagefind.js': 'PAGEFIND',
    'pagefind/pagefind-entry.json': JSON.stringify({
      version: '1.6.0',
      languages: { en: { hash: 'en_123', wasm: 'en' }, fr: { hash: 'fr_456', wasm: null } },
    }),
    'pagefind/pagefind.en_123.pf_meta': 'META',
    'pagefind/wasm.en.pagefind': 'WASMWASM',
    'pagefind/index/en_a.pf_index': 'I',
    'pagefind/index/en_b.pf_index': 'IIII',
    'pagefind/index/fr_c.pf_index': 'IIIIIIIIII',
    'pagefind/fragment/en_1.pf_fragment': 'F',
    'pagefind/fragment/en_2.pf_fragment': 'FFF',
    'pagefind/fragment/en_3.pf_fragment': 'FF',
  });
  const model = {
    dialogChunk: /^_astro\/searchDialog\.\w+\.js$/,
    fetchedOnOpen: ['/search/suggestions.json'],
    results: 2,
    pagefindPath: '/pagefind/',
  };

  it('adds the dialog code the page lacks, what it fetches on open, and Pagefind for one query', () => {
    const t = searchTransfer(files, new Set(['_astro/shared.js']), 'en', model, { size });
    expect(t.files.map((f) => f.path)).toEqual([
      '_astro/searchDialog.abc.js',
      'search/suggestions.json',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_123.pf_meta',
      'pagefind/wasm.en.pagefind',
      'pagefind/index/en_b.pf_index',
      'pagefind/fragment/en_2.pf_fragment',
      'pagefind/fragment/en_3.pf_fragment',
      '_astro/render.js',
    ]);
    expect(t.missing).toEqual([]);
  });

  it('says when the dialog chunk is not where the model expects it', () => {
    const t = searchTransfer(files, new Set(), 'en', { ...model, dialogChunk: /^nothing$/ }, { size });
    expect(t.missing[0]).toMatch(/the search dialog/);
  });

  it('picks Pagefind’s language as Pagefind does', () => {
    const entry = { languages: { en: { hash: 'en_1' }, pt: { hash: 'pt_1' } } };
    expect(pagefindLanguage(entry, 'pt')).toBe('pt');
    expect(pagefindLanguage(entry, 'en-gb')).toBe('en');
    expect(pagefindLanguage(entry, 'de')).toBe('en');
  });
});
