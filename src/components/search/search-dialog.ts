/**
 * <search-dialog>: the modal search, loaded and built on first use by trigger.ts, so that no page
 * carries its markup or code until a learner opens search. It adds results as you type
 * (debounced), Up/Down through them, Enter to open, Escape to close with focus back where it was,
 * and a polite count. Built with createElement only (the CSP allows no HTML parsing from strings).
 */
import { routes } from '../../lib/routes';
import { searchStateToQueryString } from '../../lib/search/url';
import type { SearchSuggestions } from '../../lib/search/suggestions';
import { loadPagefind, preload, useIndexFiles } from './pagefind-client';
import { normalizeQuery } from '../../lib/search/query';
import { moveThroughResults, returnTypingToInput } from './render-results';
import { SearchController } from './search-controller';
import { NAV_ATTR_NAME } from './nav-attr';
/** The dialog has places for the best few; each result's data loads when it comes into view. */
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

/** Set once the suggestions have come or failed: until then the dialog opens at its full height (fitDialog). */
let suggestionsSettled = false;

// Fetched with the dialog's code, so the suggestions are there as it opens. Without them the
// dialog still searches; the lists are only a starting point.
const suggestions: Promise<SearchSuggestions | undefined> = fetch(routes.searchSuggestions())
  .then((r) => (r.ok ? (r.json() as Promise<SearchSuggestions>) : undefined))
  .catch(() => undefined)
  .finally(() => (suggestionsSettled = true));

// With them come the names of Pagefind's files: fetch them all at once, rather than one after
// another as Pagefind would.
useIndexFiles(suggestions.then((data) => data?.pagefind));

// This code loads when the learner shows intent to search (trigger.ts) or opens it: start
// Pagefind's script, WebAssembly and metadata in parallel with the rest. A failure shows on search.
loadPagefind().catch(() => undefined);

// The search control preloads the suggestions with this code: the dialog opens with them rather
// than grow under the learner's eyes when they come (the keys typed meanwhile are kept by trigger.ts).
// Not for long: later ones come into a dialog already at its full height.
const SUGGESTIONS_WAIT_MS = 800;
await Promise.race([suggestions, new Promise((resolve) => setTimeout(resolve, SUGGESTIONS_WAIT_MS))]);

/** Tailwind's `sm` breakpoint: below it the dialog fills the screen (84vh high from it). */
const PHONE = '(width < 40rem)';

/**
 * The dialog's size and place: on a phone it takes the whole screen (the keyboard already covers
 * half of it) and drops the keyboard hints, which a touch screen has no use for; wider, a panel
 * near the top, as tall as its suggestions while the field is empty and at its full height from
 * the first key typed (or while the suggestions are still to come). Results then come into a space
 * that is already there: the panel growing when they arrived, a moment after the typing, moved the
 * hints line under the learner's eyes (a layout shift). Growing as a key is pressed is a response to
 * it, not a shift; so fit runs on opening and typing only, never as something arrives. Set through the
 * CSSOM from this lazily loaded module rather than as utility classes, which would be in every
 * page's stylesheet. Returns the function that fits it again (after the field is set from code).
 */
function fitDialog(dialog: HTMLElement, panel: HTMLElement, keys: HTMLElement, input: HTMLInputElement): () => void {
  const query = matchMedia(PHONE);
  const fit = () => {
    const phone = query.matches;
    const value = (onPhone: string, wider = '') => (phone ? onPhone : wider);
    Object.assign(dialog.style, {
      margin: value('0', '8vh auto auto'),
      width: value('100%', 'min(42rem, 100vw - 2rem)'),
      maxWidth: value('none'),
      height: value('100dvh', normalizeQuery(input.value) || !suggestionsSettled ? '84vh' : ''),
      maxHeight: value('none', '84vh'),
      borderRadius: value('0'),
      borderWidth: value('0'),
      boxShadow: value('none', '0 25px 50px -12px rgb(0 0 0 / 0.25)'),
    });
    // The dialog's whole height when it has one (the hints at its foot), else as tall as what is in it.
    Object.assign(panel.style, { height: '100%', maxHeight: value('none', '84vh') });
    keys.hidden = phone;
    if (phone) input.removeAttribute('aria-describedby');
    else input.setAttribute('aria-describedby', keys.id);
  };
  fit();
  query.addEventListener('change', fit);
  input.addEventListener('input', fit);
  return fit;
}

class SearchDialogElement extends HTMLElement {
  #dialog = h('dialog', {
    'aria-labelledby': 'search-dialog-title',
    class:
      'rounded-xl border border-[var(--color-line)] bg-[var(--color-page)] p-0 text-[var(--color-ink)] backdrop:bg-slate-950/60',
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
  // Never display:none: an empty paragraph takes no space, and the live region stays in the
  // accessibility tree, so the first count is announced.
  #status = h('p', { role: 'status', class: 'muted text-sm' });
  #error = h('p', { role: 'alert', class: 'text-sm font-semibold text-[var(--color-bad)]', hidden: '' });
  #correction = h('div', { class: 'text-sm empty:hidden', 'data-search-correction': '' });
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
    this.#correction,
    this.#list,
    this.#all,
    this.#empty,
  );
  #returnTo: HTMLElement | null = null;
  #fit: () => void = () => undefined;
  #search = new SearchController(
    {
      input: this.#input,
      status: this.#status,
      error: this.#error,
      correction: this.#correction,
      list: this.#list,
      // Full height whenever there is a query to search (fitDialog): its end is where results stop being in view.
      scroller: this.#area,
    },
    {
      limit: DIALOG_RESULTS,
      filters: () => ({}),
      href: (query) => routes.search(searchStateToQueryString({ query, filters: {} })),
      onShown: ({ query, outcome, shown }) => {
        this.#empty.hidden = !!outcome && outcome.total > 0;
        this.#all.hidden = !outcome || outcome.total <= shown;
        this.#all.href = routes.search(searchStateToQueryString({ query, filters: {} }));
        this.#all.textContent = `See all ${outcome?.total ?? 0} results, with filters`;
      },
    },
  );

  connectedCallback(): void {
    if (this.#dialog.isConnected) return;
    const close = h('button', { type: 'button', class: 'btn-quiet' }, 'Close');
    const panel = h('div', { class: 'flex flex-col' });
    const keys = h(
      'p',
      { id: 'search-dialog-keys', class: 'muted border-t border-[var(--color-line)] px-3 py-2 text-xs' },
      'Results appear as you type. Up and Down arrows move through them, Enter opens one, Escape closes.',
    );
    panel.append(
      h(
        'div',
        { class: 'flex items-center gap-2 border-b border-[var(--color-line)] p-3' },
        h('h2', { id: 'search-dialog-title', class: 'sr-only' }, 'Search the course'),
        h('label', { for: 'search-dialog-input', class: 'sr-only' }, 'Search lessons and glossary'),
        this.#input,
        close,
      ),
      this.#area,
      keys,
    );
    this.#dialog.append(panel);
    this.#fit = fitDialog(this.#dialog, panel, keys, this.#input);
    this.append(this.#dialog);
    void suggestions.then((data) => data && this.#empty.append(suggestionLists(data)));

    this.#dialog.addEventListener('keydown', (e) => this.#onKey(e));
    this.#dialog.addEventListener('close', () => {
      if (this.#returnTo?.isConnected) this.#returnTo.focus();
      this.#returnTo = null;
    });
    // A click on the backdrop lands on the <dialog> itself; its content sits in an inner panel.
    // Only a press that started there closes it: selecting text in the field by dragging past the
    // dialog's edge ends on the backdrop too, and must not close it.
    let pressedOnBackdrop = false;
    this.#dialog.addEventListener('pointerdown', (e) => (pressedOnBackdrop = e.target === this.#dialog));
    this.#dialog.addEventListener('click', (e) => {
      if (e.target === this.#dialog && pressedOnBackdrop) this.#dialog.close();
      pressedOnBackdrop = false;
    });
    close.addEventListener('click', () => this.#dialog.close());
  }

  /**
   * Opens the dialog with focus in its field. `typed` is what the learner typed while this code
   * was loading (trigger.ts keeps it), so no keystroke is lost on the first open.
   */
  open(returnTo: HTMLElement | null, typed: string): void {
    if (typed) this.#input.value = typed;
    this.#fit();
    if (!this.#dialog.open) this.#dialog.showModal();
    this.#returnTo = returnTo;
    if (typed) {
      void this.#search.run();
    } else {
      this.#input.select();
    }
    // Fetch Pagefind while the learner is still typing the first word; a failure shows on search.
    loadPagefind().catch(() => undefined);
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
      // Enter in the field opens the best result, as in most search boxes: of what is typed now,
      // once a search still waiting for the pause has run.
      void this.#search
        .settled()
        .then(() => this.#list.querySelector<HTMLAnchorElement>(`a[${NAV_ATTR_NAME}]`)?.click());
      return;
    }
    // The key goes to the field; the page's own "/" shortcut must not take it (and lose it).
    if (returnTypingToInput(e, this.#input)) e.stopPropagation();
  }
}

customElements.define('search-dialog', SearchDialogElement);

/** Called by trigger.ts each time search is opened; builds the dialog the first time. */
export function openSearchDialog(returnTo: HTMLElement | null, typed: string): void {
  // What was typed while this code loaded: its index files start before the dialog is built.
  if (typed) preload(normalizeQuery(typed), {});
  let element = document.querySelector('search-dialog');
  if (!(element instanceof SearchDialogElement)) {
    element = new SearchDialogElement();
    document.body.append(element);
  }
  (element as SearchDialogElement).open(returnTo, typed);
}
