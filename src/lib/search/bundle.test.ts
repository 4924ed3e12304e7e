import { describe, expect, it } from 'vitest';
import { shippedSearchFiles } from './bundle';

const ENTRY = JSON.stringify({
  version: '1.6.0',
  languages: { en: { hash: 'en_8c7d6c55ae', wasm: 'en', page_count: 10 } },
});
const PAGEFIND_OUTPUT = [
  'pagefind.js',
  'pagefind-entry.json',
  'pagefind.en_8c7d6c55ae.pf_meta',
  'index/en_0f1e2d3.pf_index',
  'fragment/en_1a2b3c4.pf_fragment',
  'filter/en_5d6e7f8.pf_filter',
  'wasm.en.pagefind',
  'wasm.unknown.pagefind',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
  'playground/index.html',
];

describe('shippedSearchFiles', () => {
  it('keeps the JS API, the index and the WebAssembly of the site’s languages only', () => {
    expect(shippedSearchFiles(PAGEFIND_OUTPUT, ENTRY)).toEqual([
      'pagefind.js',
      'pagefind-entry.json',
      'pagefind.en_8c7d6c55ae.pf_meta',
      'index/en_0f1e2d3.pf_index',
      'fragment/en_1a2b3c4.pf_fragment',
      'filter/en_5d6e7f8.pf_filter',
      'wasm.en.pagefind',
    ]);
  });

  it('keeps every language the entry file lists', () => {
    const entry = JSON.stringify({ languages: { en: { wasm: 'en' }, fr: { wasm: 'fr' } } });
    expect(shippedSearchFiles(['wasm.en.pagefind', 'wasm.fr.pagefind', 'wasm.de.pagefind'], entry)).toEqual([
      'wasm.en.pagefind',
      'wasm.fr.pagefind',
    ]);
  });
});
