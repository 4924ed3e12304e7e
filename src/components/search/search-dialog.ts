/**
 * <search-dialog>: the modal search, loaded on first use by trigger.ts (which opens the
 * server-rendered <dialog> itself, so no keystroke waits for this code). It adds results as you
 * type (debounced), Up/Down through them, Enter to open, Escape to close with focus back where
 * it was, and a polite count.
 */
import { routes } from '../../lib/routes';
import { normalizeQuery, resultCountMessage } from '../../lib/search/query';
import { searchStateToQueryString } from '../../lib/search/url';
import { loadPagefind, search } from './pagefind-client';
import { moveThroughResults, renderResults, returnTypingToInput } from './render-results';
import { NAV_ATTR_NAME } from './nav-attr';

const DEBOUNCE_MS = 150;
/** The dialog shows the best few; each result's data is one more small request. */
const DIALOG_RESULTS = 5;

function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`<search-dialog> is missing ${selector}`);
  return found;
}

class SearchDialogElement extends HTMLElement {
  #dialog!: HTMLDialogElement;
  #input!: HTMLInputElement;
  #area!: HTMLElement;
  #status!: HTMLElement;
  #list!: HTMLElement;
  #all!: HTMLAnchorElement;
  #empty!: HTMLElement;
  #error!: HTMLElement;
  #returnTo: HTMLElement | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Each search gets a number; an answer that arrives after a newer search started is dropped. */
  #sequence = 0;

  connectedCallback(): void {
    this.#dialog = part(this, 'dialog');
    this.#input = part(this, 'input[type=search]');
    this.#area = part(this, '[data-search-area]');
    this.#status = part(this, '[data-search-status]');
    this.#list = part(this, '[data-search-results]');
    this.#all = part(this, '[data-search-all]');
    this.#empty = part(this, '[data-search-empty]');
    this.#error = part(this, '[data-search-error]');

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
    part(this, '[data-search-close]').addEventListener('click', () => this.#dialog.close());
    // trigger.ts opens the dialog before this code arrives; search for whatever was typed meanwhile.
    if (this.#input.value.trim()) void this.#run();
  }

  /** trigger.ts has opened the dialog and focused its field; this remembers where focus goes back to. */
  opened(returnTo: HTMLElement | null): void {
    // Closed again before this code arrived: the browser has already put focus back.
    if (!this.#dialog.open) return;
    this.#returnTo = returnTo;
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

/** Called by trigger.ts each time it opens the dialog. */
export function searchDialogOpened(returnTo: HTMLElement | null): void {
  const element = document.querySelector('search-dialog');
  if (element instanceof SearchDialogElement) element.opened(returnTo);
}
