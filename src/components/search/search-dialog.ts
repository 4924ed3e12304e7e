/**
 * <search-dialog>: the modal search, loaded and built on first use by trigger.ts, so that no page
 * carries its markup or code until a learner opens search. It adds results as you type
 * (debounced), Up/Down through them, Enter to open, Escape to close with focus back where it was,
 * and a polite count. Built with createElement only (the CSP allows no HTML parsing from strings).
 */
import { routes } from '../../lib/routes';
import { normalizeQuery, resultCountMessage } from '../../lib/search/query';
import { searchStateToQueryString } from '../../lib/search/url';
import type { SearchSuggestions } from '../../lib/search/suggestions';
import { loadPagefind, search } from './pagefind-client';
import { moveThroughResults, renderResults, returnTypingToInput } from './render-results';
import { NAV_ATTR_NAME } from './nav-attr';

const DEBOUNCE_MS = 150;
/** The dialog shows the best few; each result's data is one more small request. */
const DIALOG_RESULTS = 5;

type Child = Node | string;

/** An element with attributes (`''` for a boolean attribute) and children. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const nav = { [NAV_ATTR_NAME]: '' };

/** The two suggestion lists; the same words and classes as SearchSuggestions.astro on /search/. */
function suggestionLists(data: SearchSuggestions): HTMLElement {
  const group = (title: string, items: HTMLLIElement[]) =>
    h(
      'div',
      {},
      h('h3', { class: 'text-sm font-semibold' }, title),
      h('ul', { class: 'mt-1 space-y-1 text-sm' }, ...items),
    );
  return h(
    'div',
    { class: 'grid gap-4 sm:grid-cols-2' },
    group(
      'Start with a lesson',
      data.lessons.map((l) =>
        h('li', {}, h('a', { href: l.href, ...nav }, l.title), h('span', { class: 'muted' }, ` · Part ${l.part}`)),
      ),
    ),
    group(
      'Or look up a term',
      data.terms.map((t) => h('li', {}, h('a', { href: t.href, ...nav }, t.term))),
    ),
  );
}

// Fetched with the dialog's code, so the suggestions are there as it opens. Without them the
// dialog still searches; the lists are only a starting point.
const suggestions: Promise<SearchSuggestions | undefined> = fetch(routes.searchSuggestions())
  .then((r) => (r.ok ? (r.json() as Promise<SearchSuggestions>) : undefined))
  .catch(() => undefined);

class SearchDialogElement extends HTMLElement {
  #dialog = h('dialog', {
    'aria-labelledby': 'search-dialog-title',
    class:
      'mx-auto mt-[8vh] max-h-[84vh] w-[min(42rem,calc(100vw-2rem))] rounded-xl border border-[var(--color-line)] bg-[var(--color-page)] p-0 text-[var(--color-ink)] shadow-2xl backdrop:bg-slate-950/60',
  });
  #input = h('input', {
    id: 'search-dialog-input',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'go',
    placeholder: 'Search lessons and glossary',
    'aria-describedby': 'search-dialog-keys',
    class: 'min-w-0 flex-1 rounded-md border border-[var(--color-line)] bg-[var(--color-page)] px-3 py-2 text-base',
  });
  #status = h('p', { role: 'status', class: 'muted text-sm empty:hidden' });
  #error = h('p', { role: 'alert', class: 'text-sm font-semibold text-[var(--color-bad)]', hidden: '' });
  #list = h('ol', { class: 'mt-2 space-y-3 empty:hidden', 'data-search-results': '' });
  #all = h(
    'a',
    { href: routes.search(), class: 'mt-3 block text-sm', hidden: '', ...nav },
    'See all results, with filters',
  );
  #empty = h('div', { class: 'mt-2', 'data-search-empty': '' });
  #area = h(
    'div',
    { class: 'min-h-0 flex-1 overflow-y-auto p-3' },
    this.#status,
    this.#error,
    this.#list,
    this.#all,
    this.#empty,
  );
  #returnTo: HTMLElement | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Each search gets a number; an answer that arrives after a newer search started is dropped. */
  #sequence = 0;

  connectedCallback(): void {
    if (this.#dialog.isConnected) return;
    const close = h('button', { type: 'button', class: 'btn-quiet' }, 'Close');
    this.#dialog.append(
      h(
        'div',
        { class: 'flex max-h-[84vh] flex-col' },
        h(
          'div',
          { class: 'flex items-center gap-2 border-b border-[var(--color-line)] p-3' },
          h('h2', { id: 'search-dialog-title', class: 'sr-only' }, 'Search the course'),
          h('label', { for: 'search-dialog-input', class: 'sr-only' }, 'Search lessons and glossary'),
          this.#input,
          close,
        ),
        this.#area,
        h(
          'p',
          { id: 'search-dialog-keys', class: 'muted border-t border-[var(--color-line)] px-3 py-2 text-xs' },
          'Results appear as you type. Up and Down arrows move through them, Enter opens one, Escape closes.',
        ),
      ),
    );
    this.append(this.#dialog);
    void suggestions.then((data) => data && this.#empty.append(suggestionLists(data)));

    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#run(), DEBOUNCE_MS);
    });
    this.#dialog.addEventListener('keydown', (e) => this.#onKey(e));
    this.#dialog.addEventListener('close', () => {
      if (this.#returnTo?.isConnected) this.#returnTo.focus();
      this.#returnTo = null;
    });
    // A click on the backdrop lands on the <dialog> itself; its content sits in an inner panel.
    this.#dialog.addEventListener('click', (e) => {
      if (e.target === this.#dialog) this.#dialog.close();
    });
    close.addEventListener('click', () => this.#dialog.close());
  }

  /**
   * Opens the dialog with focus in its field. `typed` is what the learner typed while this code
   * was loading (trigger.ts keeps it), so no keystroke is lost on the first open.
   */
  open(returnTo: HTMLElement | null, typed: string): void {
    if (!this.#dialog.open) this.#dialog.showModal();
    this.#returnTo = returnTo;
    if (typed) {
      this.#input.value = typed;
      void this.#run();
    } else {
      this.#input.select();
    }
    // Fetch Pagefind while the learner is still typing the first word.
    loadPagefind().catch((err: unknown) => this.#showError(err));
  }

  #onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      // Handled here rather than by the dialog's own cancel, which a search field would first
      // spend on clearing its text.
      e.preventDefault();
      this.#dialog.close();
      return;
    }
    if (moveThroughResults(e, this.#input, this.#area)) {
      e.preventDefault();
      return;
    }
    if (e.key === 'Enter' && e.target === this.#input) {
      e.preventDefault();
      // Enter in the field opens the best result, as in most search boxes.
      this.#list.querySelector<HTMLAnchorElement>(`a[${NAV_ATTR_NAME}]`)?.click();
      return;
    }
    returnTypingToInput(e, this.#input);
  }

  async #run(): Promise<void> {
    const query = normalizeQuery(this.#input.value);
    const sequence = ++this.#sequence;
    if (!query) {
      this.#list.replaceChildren();
      this.#status.textContent = '';
      this.#all.hidden = true;
      this.#error.hidden = true;
      this.#empty.hidden = false;
      return;
    }
    try {
      const outcome = await search(query, {}, DIALOG_RESULTS);
      if (sequence !== this.#sequence) return;
      this.#error.hidden = true;
      renderResults(this.#list, outcome.results);
      this.#status.textContent = resultCountMessage(outcome.total, query);
      this.#empty.hidden = outcome.total > 0;
      this.#all.hidden = outcome.total <= outcome.results.length;
      this.#all.href = routes.search(searchStateToQueryString({ query, filters: {} }));
      this.#all.textContent = `See all ${outcome.total} results, with filters`;
    } catch (err) {
      if (sequence === this.#sequence) this.#showError(err);
    }
  }

  #showError(err: unknown): void {
    this.#error.textContent = err instanceof Error ? err.message : String(err);
    this.#error.hidden = false;
  }
}

customElements.define('search-dialog', SearchDialogElement);

/** Called by trigger.ts each time search is opened; builds the dialog the first time. */
export function openSearchDialog(returnTo: HTMLElement | null, typed: string): void {
  let element = document.querySelector('search-dialog');
  if (!(element instanceof SearchDialogElement)) {
    element = new SearchDialogElement();
    document.body.append(element);
  }
  (element as SearchDialogElement).open(returnTo, typed);
}
