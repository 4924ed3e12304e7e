/**
 * What the search index holds beyond the built pages' text, prepared for Pagefind at build time
 * (src/integrations/search.ts):
 *
 * - a lesson's `searchTerms` (the words learners use that the lesson does not) become a Pagefind
 *   metadata field that is searched with a weight (`TERMS_META`, see pagefind-client.ts) but never
 *   shown: the page a learner sees is unchanged, and no page's HTML carries the terms;
 * - each glossary term becomes its own record at its anchor (`/glossary/#crisis`), with its other
 *   names (`aka`) searchable the same way, instead of one "Glossary" page whose excerpt runs one
 *   term into the next.
 *
 * The source is /search/records.json (src/pages/search/records.json.ts), read and removed by the
 * integration: it is build input, not something the site serves.
 */

/** Where the build writes the records; the integration reads the file and deletes it. */
export const RECORDS_PATH = 'search/records.json';

/** The Pagefind metadata field that carries searchTerms and aka (searched, never displayed). */
export const TERMS_META = 'terms';

export interface SearchRecords {
  /** Pages (by URL, with the site's base path) and the extra words each is found by. */
  pages: { url: string; terms: string[] }[];
  glossary: { url: string; term: string; definition: string; aka: string[]; kind: string }[];
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The terms as one metadata value; ", " keeps phrases apart for the excerpt-free match. */
function termsElement(terms: readonly string[]): string {
  if (terms.length === 0) return '';
  return `<div data-pagefind-meta="${TERMS_META}">${escapeHtml(terms.join(', '))}</div>`;
}

/**
 * A built page's HTML as Pagefind should index it: the same page with its search terms as a
 * metadata element at the end of the body (metadata is read from anywhere in the page, so the
 * indexed body and its excerpts stay exactly the page's own text).
 */
export function withSearchTerms(html: string, terms: readonly string[]): string {
  const element = termsElement(terms);
  if (!element) return html;
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + element : html.slice(0, at) + element + html.slice(at);
}

/** One glossary term as a page of its own for Pagefind: the term, its definition, its other names. */
export function glossaryRecordHtml(entry: SearchRecords['glossary'][number]): string {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>' +
    `<div data-pagefind-body data-pagefind-filter="kind:${escapeHtml(entry.kind)}">` +
    `<p data-pagefind-meta="title" data-pagefind-weight="5">${escapeHtml(entry.term)}</p>` +
    `<p>${escapeHtml(entry.definition)}</p>` +
    '</div>' +
    termsElement(entry.aka) +
    '</body></html>'
  );
}

/** A site URL as Pagefind records it: without the base path, which pagefind.js adds back in the browser. */
export function withoutBase(url: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return url.startsWith(prefix) ? `/${url.slice(prefix.length)}` : url;
}

/** The URL of a built file, as Pagefind derives it: `lessons/x/index.html` → `/lessons/x/`. */
export function urlOfFile(relativePath: string): string {
  const path = `/${relativePath.replace(/\\/g, '/').replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * A result's data file (a Pagefind fragment, as JSON) without the terms metadata. Pagefind keeps
 * every metadata field in the fragment for display, but the terms are only searched (the index
 * holds them) and never shown, and each result a learner sees fetches its fragment: about 0.2 KB
 * gzip less a result.
 */
export function withoutTermsMeta(fragmentJson: string): string {
  const fragment = JSON.parse(fragmentJson) as { meta?: Record<string, unknown> };
  if (!fragment.meta || !(TERMS_META in fragment.meta)) return fragmentJson;
  delete fragment.meta[TERMS_META];
  return JSON.stringify(fragment);
}
