/**
 * <search-page>: live search on /search/. The query and the chosen filters live in the URL
 * (`?q=risk&kind=Case+study`), read on load and kept up to date with replaceState, so the
 * address can be shared or bookmarked at any moment without filling the back button.
 */
import { normalizeQuery, resultCountMessage } from '../../lib/search/query';
import { FILTER_KEYS, readSearchState, searchStateToQueryString, type SearchState } from '../../lib/search/url';
import { loadPagefind, search, type SearchOutcome } from './pagefind-client';
import { moveThroughResults, renderResults, returnTypingToInput } from './render-results';

const DEBOUNCE_MS = 150;
const PAGE_RESULTS = 10;

function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`<search-page> is missing ${selector}`);
  return found;
}

class SearchPageElement extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #area!: HTMLElement;
  #status!: HTMLElement;
  #list!: HTMLElement;
  #more!: HTMLButtonElement;
  #empty!: HTMLElement;
  #error!: HTMLElement;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #sequence = 0;
  #outcome: SearchOutcome | undefined;
  #shown = 0;

  connectedCallback(): void {
    this.#form = part(this, 'form');
    this.#input = part(this, 'input[type=search]');
    this.#area = part(this, '[data-search-area]');
    this.#status = part(this, '[data-search-status]');
    this.#list = part(this, '[data-search-results]');
    this.#more = part(this, '[data-search-more]');
    this.#empty = part(this, '[data-search-empty]');
    this.#error = part(this, '[data-search-error]');

    this.#apply(readSearchState(location.search));
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.#timer);
      void this.#run();
    });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#run(), DEBOUNCE_MS);
    });
    this.#form.addEventListener('change', (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'checkbox') void this.#run();
    });
    this.addEventListener('keydown', (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'checkbox') return;
      if (moveThroughResults(e, this.#input, this.#area)) e.preventDefault();
      else if (e.target !== this.#input && this.#area.contains(e.target as Node)) returnTypingToInput(e, this.#input);
    });
    this.#more.addEventListener('click', () => void this.#showMore());
    // The header button and the shortcuts (trigger.ts announces 'open-search') come to this field
    // instead of opening the dialog.
    addEventListener('open-search', (e) => {
      e.preventDefault();
      this.#input.focus();
      this.#input.select();
    });

    if (this.#state().query) void this.#run();
    // This page exists to search: start loading Pagefind now rather than on the first key.
    else loadPagefind().catch((err: unknown) => this.#showError(err));
  }

  #apply(state: SearchState): void {
    this.#input.value = state.query;
    for (const box of this.#checkboxes())
      box.checked = state.filters[box.name as 'kind' | 'part']?.includes(box.value) ?? false;
  }

  #checkboxes(): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  }

  #state(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const key of FILTER_KEYS) {
      const values = this.#checkboxes()
        .filter((b) => b.name === key && b.checked)
        .map((b) => b.value);
      if (values.length > 0) filters[key] = values;
    }
    return { query: normalizeQuery(this.#input.value), filters };
  }

  async #run(): Promise<void> {
    const state = this.#state();
    const sequence = ++this.#sequence;
    history.replaceState(history.state, '', `${location.pathname}${searchStateToQueryString(state)}`);
    if (!state.query) {
      this.#outcome = undefined;
      this.#list.replaceChildren();
      this.#status.textContent = '';
      this.#more.hidden = true;
      this.#error.hidden = true;
      this.#empty.hidden = false;
      return;
    }
    try {
      const outcome = await search(state.query, state.filters, PAGE_RESULTS);
      if (sequence !== this.#sequence) return;
      this.#outcome = outcome;
      this.#shown = outcome.results.length;
      this.#error.hidden = true;
      renderResults(this.#list, outcome.results);
      this.#status.textContent = resultCountMessage(outcome.total, state.query);
      this.#empty.hidden = outcome.total > 0;
      this.#more.hidden = this.#shown >= outcome.total;
    } catch (err) {
      if (sequence === this.#sequence) this.#showError(err);
    }
  }

  async #showMore(): Promise<void> {
    const outcome = this.#outcome;
    if (!outcome) return;
    const sequence = this.#sequence;
    const before = this.#list.children.length;
    let views;
    try {
      views = await outcome.more(PAGE_RESULTS);
    } catch (err) {
      if (sequence === this.#sequence) this.#showError(err);
      return;
    }
    if (sequence !== this.#sequence) return;
    this.#shown += views.length;
    renderResults(this.#list, views, true);
    this.#more.hidden = this.#shown >= outcome.total;
    // Keep keyboard users where the new results start instead of on a button that may now be gone.
    this.#list.children[before]?.querySelector('a')?.focus();
  }

  #showError(err: unknown): void {
    this.#error.textContent = err instanceof Error ? err.message : String(err);
    this.#error.hidden = false;
  }
}

customElements.define('search-page', SearchPageElement);
