/**
 * <search-page>: live search on /search/. The query and the chosen filters live in the URL
 * (`?q=risk&kind=Case+study`), read on load and kept up to date with replaceState, so the
 * address can be shared or bookmarked at any moment without filling the back button. The search
 * itself is the controller the dialog uses too (search-controller.ts).
 */
import { FILTER_KEYS, readSearchState, searchStateToQueryString, type SearchState } from '../../lib/search/url';
import { routes } from '../../lib/routes';
import { filterValues, loadPagefind } from './pagefind-client';
import { partsInOrder } from '../../lib/search/filters';
import { moveThroughResults, returnTypingToInput } from './render-results';
import { SearchController } from './search-controller';

const PAGE_RESULTS = 10;

function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`<search-page> is missing ${selector}`);
  return found;
}

class SearchPageElement extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #search!: SearchController;
  /** Parts chosen in the address, kept until the part filter's options have come (#showParts). */
  #parts: string[] | undefined;
  #partsShown: Promise<void> | undefined;

  connectedCallback(): void {
    this.#form = part(this, 'form');
    this.#input = part(this, 'input[type=search]');
    const area = part<HTMLElement>(this, '[data-search-area]');
    const list = part<HTMLElement>(this, '[data-search-results]');
    const more = part<HTMLButtonElement>(this, '[data-search-more]');
    const empty = part<HTMLElement>(this, '[data-search-empty]');
    this.#search = new SearchController(
      {
        input: this.#input,
        status: part(this, '[data-search-status]'),
        error: part(this, '[data-search-error]'),
        correction: part(this, '[data-search-correction]'),
        list,
      },
      {
        limit: PAGE_RESULTS,
        filters: () => this.#state().filters,
        href: (query) => routes.search(searchStateToQueryString({ query, filters: this.#state().filters })),
        onShown: ({ outcome, shown }) => {
          // The address follows the field (a correction link may have changed it).
          history.replaceState(history.state, '', `${location.pathname}${searchStateToQueryString(this.#state())}`);
          empty.hidden = !!outcome && outcome.total > 0;
          // Search works now: the part filter too, if its first try failed.
          void this.#showParts();
          more.hidden = !outcome || shown >= outcome.total;
        },
      },
    );

    this.#apply(readSearchState(location.search));
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#search.run();
    });
    this.#form.addEventListener('change', (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'checkbox') void this.#search.run();
    });
    this.addEventListener('keydown', (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'checkbox') return;
      if (moveThroughResults(e, this.#input, area)) e.preventDefault();
      else if (e.target !== this.#input && area.contains(e.target as Node) && returnTypingToInput(e, this.#input))
        // The key goes to the field; the page's own "/" shortcut must not take it (and lose it).
        e.stopPropagation();
    });
    more.addEventListener('click', () => {
      const before = list.children.length;
      void this.#search.more().then((added) => {
        // Keep keyboard users where the new results start instead of on a button that may now be gone.
        if (added) list.children[before]?.querySelector('a')?.focus();
      });
    });
    // The header button and the shortcuts (trigger.ts announces 'open-search') come to this field
    // instead of opening the dialog.
    addEventListener('open-search', (e) => {
      e.preventDefault();
      this.#input.focus();
      this.#input.select();
    });

    if (this.#state().query || this.#parts) {
      void this.#showParts();
      if (this.#state().query) void this.#search.run();
    } else {
      // Pagefind (about 72 KB) starts at the first sign of searching (focus, pointer, "/"), before the
      // first key, but not with the page: a visit that only passes through costs the page alone.
      const warm = () => {
        void loadPagefind().catch(() => undefined);
        void this.#showParts();
      };
      for (const type of ['focusin', 'pointerenter']) this.#form.addEventListener(type, warm, { once: true });
      if (this.#form.contains(document.activeElement)) warm();
    }
  }

  /**
   * The part filter's options of a long course, from Pagefind's filter data (SearchPage.astro keeps a
   * row for each): once, when search starts, with the parts the address chose checked.
   */
  #showParts(): Promise<void> {
    if (this.#partsInPage()) return Promise.resolve();
    this.#partsShown ??= filterValues('part').then(
      (parts) => {
        const list = part<HTMLElement>(this, '[data-search-parts]');
        const rows = [...list.children];
        partsInOrder(parts).forEach((value, i) => {
          const label = document.createElement('label');
          label.className = 'flex items-center gap-2';
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = 'part';
          box.value = value;
          box.className = 'size-4 accent-[var(--color-accent)]';
          box.checked = this.#parts?.includes(value) ?? false;
          label.append(box, value);
          const row = rows[i] ?? list.appendChild(document.createElement('li'));
          row.replaceChildren(label);
        });
        list.removeAttribute('aria-hidden');
        this.#parts = undefined;
      },
      // Offline or no index: search says so when it runs; the parts can come with the next try.
      () => void (this.#partsShown = undefined),
    );
    return this.#partsShown;
  }

  /** A short course's part choices are in the page (SearchPage.astro), so their boxes hold the state. */
  #partsInPage(): boolean {
    return part<HTMLElement>(this, '[data-search-parts]').hasAttribute('data-filled');
  }

  #apply(state: SearchState): void {
    this.#parts = this.#partsInPage() ? undefined : state.filters.part;
    this.#input.value = state.query;
    for (const box of this.#checkboxes())
      box.checked = state.filters[box.name as 'kind' | 'part']?.includes(box.value) ?? false;
    // Filters chosen in the address are shown, not hidden behind the phones' "Filters" button.
    if (this.#checkboxes().some((b) => b.checked) || this.#parts)
      part<HTMLDetailsElement>(this, '[data-search-filters]').open = true;
  }

  #checkboxes(): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  }

  #state(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const key of FILTER_KEYS) {
      const values =
        key === 'part' && this.#parts
          ? this.#parts
          : this.#checkboxes()
              .filter((b) => b.name === key && b.checked)
              .map((b) => b.value);
      if (values.length > 0) filters[key] = values;
    }
    return { query: this.#input.value, filters };
  }
}

customElements.define('search-page', SearchPageElement);
