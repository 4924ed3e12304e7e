/**
 * The search behaviour the dialog and the /search/ page share: typing runs a search after a short
 * pause, only the newest search's answer is shown, a misspelt query gets "Did you mean …?" (or the
 * corrected results when they are clearly better), a failure replaces the results with a message
 * and a retry, "Show more" loads one page at a time, and opening a result hands the matched words
 * to that page (lib/search/highlight.ts). Each view supplies its elements and what differs.
 */
import { HANDOVER_KEY, handoverPage, type Handover } from '../../lib/search/highlight';
import { normalizeQuery, resultCountMessage } from '../../lib/search/query';
import { correctQuery, isClearlyBetter, looksMisspelt } from '../../lib/search/spelling';
import type { SelectedFilters } from '../../lib/search/url';
import { SearchUnavailableError, loadVocabulary, preload, search, type SearchOutcome } from './pagefind-client';
import { renderResults } from './render-results';

const DEBOUNCE_MS = 150;

/**
 * Results whose data (one fragment request each) is loaded first: about what a screen shows. The
 * rest of the page's results follow straight after, so the first ones are not kept waiting for
 * them.
 */
const IN_VIEW = 3;

export interface SearchParts {
  input: HTMLInputElement;
  status: HTMLElement;
  error: HTMLElement;
  correction: HTMLElement;
  list: HTMLElement;
}

/** What is on screen after a search: the query it is for, and the outcome unless there is none. */
interface Shown {
  query: string;
  outcome?: SearchOutcome;
  shown: number;
}

export interface SearchOptions {
  /** Results per page (the dialog shows fewer than the page). */
  limit: number;
  filters(): SelectedFilters;
  /** A search page address for a query, so that correction links are real links. */
  href(query: string): string;
  /** Called whenever what is shown changes: results, an empty field, or a failure (no outcome). */
  onShown(shown: Shown): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The words Pagefind marked in the results shown: what it actually matched. */
function markedWords(outcome: SearchOutcome): string[] {
  return outcome.results.flatMap((r) =>
    [r.excerpt, ...r.sections.map((s) => s.excerpt)].flat().flatMap((p) => (p.marked ? [p.text] : [])),
  );
}

function failureMessage(err: unknown): string {
  if (err instanceof SearchUnavailableError) return err.message;
  // Never the browser's own words ("Failed to fetch"): say what happened and what to do.
  return 'Search could not load its results. Check your connection, then try again.';
}

export class SearchController {
  #parts: SearchParts;
  #options: SearchOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Each search gets a number; an answer that arrives after a newer search started is dropped. */
  #sequence = 0;
  #running: Promise<void> = Promise.resolve();
  #outcome: SearchOutcome | undefined;
  #query = '';
  #shown = 0;
  #loadingMore = false;

  constructor(parts: SearchParts, options: SearchOptions) {
    this.#parts = parts;
    this.#options = options;
    parts.input.addEventListener('input', () => {
      // The index chunks for what is typed start loading now, not after the pause.
      preload(normalizeQuery(parts.input.value), options.filters());
      this.schedule();
    });
    const handOver = (e: MouseEvent) => this.#handOver(e);
    parts.list.addEventListener('click', handOver);
    parts.list.addEventListener('auxclick', handOver);
  }

  /** Runs the search once typing pauses. */
  schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /**
   * Resolves when what is shown matches the field: runs a waiting search at once, so that Enter
   * pressed within the pause opens the new query's result, not the previous query's.
   */
  settled(): Promise<void> {
    if (this.#timer !== undefined) return this.run();
    return this.#running;
  }

  /** Searches for what is in the field now. `exact`: as typed, without spelling correction. */
  run(exact = false): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#running = this.#search(normalizeQuery(this.#parts.input.value), exact);
    return this.#running;
  }

  async #search(query: string, exact: boolean): Promise<void> {
    const sequence = ++this.#sequence;
    this.#outcome = undefined;
    if (!query) {
      this.#show(query, undefined, undefined);
      return;
    }
    const limit = Math.min(IN_VIEW, this.#options.limit);
    const filters = this.#options.filters();
    try {
      let outcome = await search(query, filters, limit);
      let shownQuery = query;
      let correction: HTMLElement | undefined;
      if (!exact && looksMisspelt(query, { total: outcome.total, marked: markedWords(outcome) })) {
        // Also how a blocked index shows itself: Pagefind reports no results, this fetch fails.
        const corrected = correctQuery(query, await loadVocabulary());
        if (corrected) {
          const alternative = await search(corrected, filters, limit);
          const misspelt = looksMisspelt(corrected, { total: alternative.total, marked: markedWords(alternative) });
          if (isClearlyBetter(outcome, { ...alternative, misspelt })) {
            outcome = alternative;
            shownQuery = corrected;
            correction = this.#correctionLine('Showing results for ', corrected, '; ', query, true);
          } else if (alternative.total > 0) {
            correction = this.#correctionLine('Did you mean ', corrected, '?');
          }
        }
      }
      if (sequence !== this.#sequence) return;
      this.#outcome = outcome;
      this.#show(shownQuery, outcome, correction);
      if (this.#shown < Math.min(outcome.total, this.#options.limit))
        await this.#more(this.#options.limit - this.#shown);
    } catch (err) {
      if (sequence === this.#sequence) this.#fail(query, err);
    }
  }

  /**
   * "Did you mean <a>X</a>?" or "Showing results for <b>X</b>; <a>search instead for Y</a>". The
   * links are real links to the search page; here they run the search in place.
   */
  #correctionLine(before: string, corrected: string, after: string, original?: string, exact = false): HTMLElement {
    const line = el('p');
    const link = (query: string, text: string, asTyped: boolean) => {
      const a = el('a', text);
      a.href = this.#options.href(query);
      a.addEventListener('click', (e) => {
        e.preventDefault();
        this.#parts.input.value = query;
        this.#parts.input.focus();
        void this.run(asTyped);
      });
      return a;
    };
    if (original === undefined) line.append(before, link(corrected, corrected, false), after);
    else line.append(before, el('strong', corrected), after, link(original, `search instead for “${original}”`, exact));
    return line;
  }

  #show(query: string, outcome: SearchOutcome | undefined, correction: HTMLElement | undefined): void {
    const { status, error, list } = this.#parts;
    this.#query = query;
    this.#shown = outcome?.results.length ?? 0;
    error.hidden = true;
    error.replaceChildren();
    this.#parts.correction.replaceChildren(...(correction ? [correction] : []));
    renderResults(list, outcome?.results ?? []);
    status.textContent = outcome ? resultCountMessage(outcome.total, query) : '';
    this.#options.onShown({ query, outcome, shown: this.#shown });
  }

  /** Nothing stale stays on screen: no old results, count or correction, only what to do next. */
  #fail(query: string, err: unknown): void {
    const { status, error, list, correction } = this.#parts;
    this.#outcome = undefined;
    this.#shown = 0;
    list.replaceChildren();
    status.textContent = '';
    correction.replaceChildren();
    const retry = el('button', 'Try again');
    retry.type = 'button';
    retry.className = 'btn-quiet py-0.5 text-sm';
    retry.addEventListener('click', () => void this.run());
    error.replaceChildren(`${failureMessage(err)} `, retry);
    error.hidden = false;
    this.#options.onShown({ query, shown: 0 });
  }

  /** The next page of results; a second call while one is loading is ignored. */
  more(): Promise<boolean> {
    return this.#more(this.#options.limit);
  }

  async #more(count: number): Promise<boolean> {
    const outcome = this.#outcome;
    if (!outcome || this.#loadingMore) return false;
    this.#loadingMore = true;
    const sequence = this.#sequence;
    try {
      const views = await outcome.more(count);
      if (sequence !== this.#sequence) return false;
      this.#shown += views.length;
      renderResults(this.#parts.list, views, true);
      this.#options.onShown({ query: this.#query, outcome, shown: this.#shown });
      return true;
    } catch (err) {
      if (sequence === this.#sequence) this.#fail(this.#query, err);
      return false;
    } finally {
      this.#loadingMore = false;
    }
  }

  /** Opening a result: the words Pagefind marked in it go to that page for highlighting. */
  #handOver(e: MouseEvent): void {
    const link = e.target instanceof Element ? e.target.closest('a') : null;
    if (!link) return;
    const result = link.closest('.search-result');
    const words = [...(result?.querySelectorAll('mark') ?? [])].map((m) => m.textContent ?? '');
    const handover: Handover = { page: handoverPage(link.href, location.href), query: this.#query, words };
    try {
      sessionStorage.setItem(HANDOVER_KEY, JSON.stringify(handover));
    } catch {
      // Storage blocked or full: the page opens without highlighting.
    }
  }
}
