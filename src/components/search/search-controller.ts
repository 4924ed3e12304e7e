/**
 * The search behaviour the dialog and the /search/ page share: typing runs a search after a short
 * pause, only the newest search's answer is shown, a misspelt query gets "Did you mean …?" (or the
 * corrected results when they are clearly better), a failure replaces the results with a message
 * and a retry, "Show more" loads one page at a time, and opening a result hands the matched words
 * to that page (lib/search/highlight.ts). Each view supplies its elements and what differs.
 */
import { HANDOVER_KEY, handoverPage, type Handover } from '../../lib/search/highlight';
import { normalizeQuery, resultCountMessage } from '../../lib/search/query';
import { ResultSlots, resultsInView } from '../../lib/search/result-slots';
import type { ResultView } from '../../lib/search/results';
import { isClearlyBetter, looksMisspelt } from '../../lib/search/spelling';
import type { SelectedFilters } from '../../lib/search/url';
import { SearchUnavailableError, preload, search, type SearchOutcome } from './pagefind-client';
import { spellingCorrectionUrl } from 'virtual:search-spelling-module';
import { PENDING_ATTR, placeholderItem, resultItem } from './render-results';

type SpellingModule = typeof import('./spelling-correction');

const DEBOUNCE_MS = 150;

/**
 * How many of the best results' marked words decide whether a query looks misspelt. Their data is
 * loaded only while a word of the query is still unmarked: for most queries the first result
 * marks every word, and the others load when they come into view.
 */
const SPELLING_SAMPLE = 3;

/**
 * The room a result's place keeps until its data comes, in rem: about a result with three
 * sections, the tallest usual result (22rem at 40rem wide, 28rem on a phone, where lines wrap
 * more). It decides how many places are in view, so how many results load at once: rather too
 * tall (one more loads as soon as the first ones show they are shorter) than too short (results
 * that do not fit would load for nothing, and what follows the list would move down as they show).
 */
const placeRem = (columnWidth: number) => (columnWidth < 480 ? 28 : 22);

export interface SearchParts {
  input: HTMLInputElement;
  status: HTMLElement;
  error: HTMLElement;
  correction: HTMLElement;
  list: HTMLElement;
  /** What scrolls the results (the dialog's area, at its full height while there is a query); the page itself when absent. */
  scroller?: HTMLElement;
}

/** What is on screen after a search: the query it is for, and the outcome unless there is none. */
interface Shown {
  query: string;
  outcome?: SearchOutcome;
  /** How many results have a place in the list (shown, or loading as they come into view). */
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

/** The words Pagefind marked in some results: what it actually matched. */
function markedWords(views: readonly ResultView[]): string[] {
  return views.flatMap((r) =>
    [r.excerpt, ...r.sections.map((s) => s.excerpt)].flat().flatMap((p) => (p.marked ? [p.text] : [])),
  );
}

/**
 * Whether a query looks misspelt, judged on the marked words of up to SPELLING_SAMPLE best
 * results, loading each only while a word is still unmarked (more marks never make a query look
 * more misspelt, so stopping early gives the same answer).
 */
async function looksMisspeltIn(query: string, outcome: SearchOutcome): Promise<boolean> {
  const views: ResultView[] = [];
  const size = Math.min(SPELLING_SAMPLE, outcome.total);
  const misspelt = () => looksMisspelt(query, { total: outcome.total, marked: markedWords(views) });
  for (let i = 0; i < size && misspelt(); i++) {
    // The first result left a word unmarked: the rest of the sample at once, not one by one.
    if (i === 1) for (let j = 2; j < size; j++) outcome.load(j).catch(() => undefined);
    views.push(await outcome.load(i));
  }
  return misspelt();
}

function failureMessage(err: unknown): string {
  if (err instanceof SearchUnavailableError) return err.message;
  // Never the browser's own words ("Failed to fetch"): say what happened and what to do.
  return 'Search could not load its results. Check your connection, then try again.';
}

/** The list's item that holds `node`, and its place in the list. */
function placeOf(list: HTMLElement, node: EventTarget | null): number {
  let item = node instanceof Element ? node : null;
  while (item && item.parentElement !== list) item = item.parentElement;
  return item ? [...list.children].indexOf(item) : -1;
}

export class SearchController {
  #parts: SearchParts;
  #options: SearchOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Each search gets a number; an answer that arrives after a newer search started is dropped. */
  #sequence = 0;
  /** Counts edits of the field: a search typed over before its results load loads none. */
  #edits = 0;
  #running: Promise<void> = Promise.resolve();
  #outcome: SearchOutcome | undefined;
  #query = '';
  /** The results on screen and the places of those still to load. */
  #slots: ResultSlots<ResultView> | undefined;
  #observer: IntersectionObserver;
  #loadingMore = false;
  /** Set from adding places until the next frame, when they are first painted. */
  #unseen = false;

  constructor(parts: SearchParts, options: SearchOptions) {
    this.#parts = parts;
    this.#options = options;
    parts.input.addEventListener('input', () => {
      this.#edits++;
      // The index chunks for what is typed start loading now, not after the pause.
      preload(normalizeQuery(parts.input.value), options.filters());
      this.schedule();
    });
    const handOver = (e: MouseEvent) => this.#handOver(e);
    parts.list.addEventListener('click', handOver);
    parts.list.addEventListener('auxclick', handOver);
    // A result's place loads when it comes into view...
    this.#observer = new IntersectionObserver(
      (entries) => {
        const inView = entries.filter((e) => e.isIntersecting).map((e) => placeOf(parts.list, e.target));
        if (inView.length > 0) this.#slots?.want(Math.max(...inView));
      },
      { root: parts.scroller ?? null },
    );
    // ...or when the keyboard reaches it; a result with focus loads the next, where Tab and Down go.
    parts.list.addEventListener('focusin', (e) => {
      const at = placeOf(parts.list, e.target);
      if (at < 0) return;
      const pending = parts.list.children[at]?.hasAttribute(PENDING_ATTR);
      this.#slots?.want(pending ? at : at + 1);
    });
    // Room kept at the list's end (#fill) is given back once the end is out of view below.
    (parts.scroller ?? window).addEventListener('scroll', () => this.#releaseEnd(), { passive: true });
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
    const edits = this.#edits;
    if (!query) {
      this.#show(query, undefined, undefined);
      return;
    }
    const filters = this.#options.filters();
    try {
      let outcome = await search(query, filters);
      // Keys typed while the index answered are handled first: a query already typed over (its
      // own search is waiting for the pause) loads no results.
      await new Promise((resolve) => setTimeout(resolve));
      if (sequence !== this.#sequence || edits !== this.#edits) return;
      // The results that will be in view start loading together, before the first is on screen.
      const inView = this.#inView(outcome.total);
      for (let i = 0; i < inView; i++) outcome.load(i).catch(() => undefined);
      let shownQuery = query;
      let correction: HTMLElement | undefined;
      if (!exact && (await looksMisspeltIn(query, outcome))) {
        // Also how a blocked index shows itself: Pagefind reports no results, this fetch fails.
        // The correction code comes only now, with the vocabulary (spelling-correction.ts).
        const spelling = (await import(/* @vite-ignore */ spellingCorrectionUrl)) as SpellingModule;
        const corrected = await spelling.correctionOf(query);
        if (corrected) {
          const alternative = await search(corrected, filters);
          const misspelt = await looksMisspeltIn(corrected, alternative);
          if (isClearlyBetter(outcome, { ...alternative, misspelt })) {
            outcome = alternative;
            shownQuery = corrected;
            correction = this.#correctionLine('Showing results for ', corrected, '; ', query, true);
          } else if (alternative.total > 0) {
            correction = this.#correctionLine('Did you mean ', corrected, '?');
          }
        }
      }
      // The first result comes with the count: never a count above a list of empty places.
      if (outcome.total > 0) await outcome.load(0);
      if (sequence !== this.#sequence) return;
      this.#show(shownQuery, outcome, correction, inView);
    } catch (err) {
      if (sequence === this.#sequence) this.#fail(query, err);
    }
  }

  /** How many results would be in view below the count, by the size of their places. */
  #inView(total: number): number {
    const { list, status, scroller } = this.#parts;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const height = placeRem((list.parentElement ?? list).clientWidth) * rem;
    const bottom = scroller ? scroller.getBoundingClientRect().bottom : innerHeight;
    return resultsInView(
      bottom - status.getBoundingClientRect().bottom,
      height,
      rem,
      Math.min(total, this.#options.limit),
    );
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

  /** Shows a search's count and its first result, with a place for each further one; `inView`: those to load now. */
  #show(query: string, outcome: SearchOutcome | undefined, correction: HTMLElement | undefined, inView = 1): void {
    const { status, error } = this.#parts;
    this.#clearResults();
    this.#query = query;
    this.#outcome = outcome;
    error.hidden = true;
    error.replaceChildren();
    this.#parts.correction.replaceChildren(...(correction ? [correction] : []));
    const count = Math.min(outcome?.total ?? 0, this.#options.limit);
    if (outcome && count > 0) {
      this.#slots = new ResultSlots<ResultView>(count, {
        load: (i) => outcome.load(i),
        show: (i, view) => this.#fill(i, view),
        fail: (err) => this.#fail(query, err),
      });
      this.#addPlaces(0, count, inView);
    }
    status.textContent = outcome ? resultCountMessage(outcome.total, query) : '';
    this.#options.onShown({ query, outcome, shown: count });
  }

  /**
   * Empty places for results `from` to `to - 1`, watched so that each loads as it comes into view;
   * the first `inView` load now (those that have arrived already are shown at once, with the first).
   */
  #addPlaces(from: number, to: number, inView = 1): void {
    const { list } = this.#parts;
    const rem = placeRem((list.parentElement ?? list).clientWidth);
    for (let i = from; i < to; i++) {
      const place = placeholderItem(i + 1, `${rem}rem`);
      list.append(place);
      this.#observer.observe(place);
    }
    this.#slots?.want(from + Math.max(1, inView) - 1);
    // Places filled before the next frame were never seen empty: nothing to keep still for them.
    this.#unseen = true;
    requestAnimationFrame(() => (this.#unseen = false));
  }

  /**
   * A result takes its place. What follows the list (the link to all results, "Show more") is not
   * moved up under the learner's eyes when a result is shorter than its place: while the list's
   * end is in view the list keeps its height, given back once its end is out of view below.
   */
  #fill(index: number, view: ResultView): void {
    const { list } = this.#parts;
    const place = list.children[index];
    if (!place?.hasAttribute(PENDING_ATTR)) return;
    this.#observer.unobserve(place);
    const before = this.#unseen ? undefined : list.getBoundingClientRect();
    const bottom = this.#viewBottom();
    const focused = place === document.activeElement;
    const item = resultItem(view);
    place.replaceWith(item);
    if (before) {
      const kept = parseFloat(list.style.minHeight) || 0;
      list.style.minHeight = before.bottom < bottom ? `${Math.max(before.height, kept)}px` : '';
    }
    // Reached from the keyboard while loading: focus stays where the learner went.
    if (focused) item.querySelector('a')?.focus();
  }

  #viewBottom(): number {
    return this.#parts.scroller?.getBoundingClientRect().bottom ?? innerHeight;
  }

  #releaseEnd(): void {
    const { list } = this.#parts;
    if (list.style.minHeight && list.getBoundingClientRect().bottom > this.#viewBottom()) list.style.minHeight = '';
  }

  #clearResults(): void {
    this.#slots?.stop();
    this.#slots = undefined;
    this.#observer.disconnect();
    this.#parts.list.style.minHeight = '';
    this.#parts.list.replaceChildren();
  }

  /** Nothing stale stays on screen: no old results, count or correction, only what to do next. */
  #fail(query: string, err: unknown): void {
    const { status, error, correction } = this.#parts;
    this.#outcome = undefined;
    this.#clearResults();
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

  /**
   * The next page of results, its first shown at once and the rest as they come into view;
   * resolves true once the first is there. A second call while one is loading is ignored.
   */
  async more(): Promise<boolean> {
    const outcome = this.#outcome;
    const slots = this.#slots;
    if (!outcome || !slots || this.#loadingMore) return false;
    const from = slots.count;
    const to = Math.min(outcome.total, from + this.#options.limit);
    if (from >= to) return false;
    this.#loadingMore = true;
    const sequence = this.#sequence;
    try {
      // With any result above it still loading (results show in order), so that it shows at once.
      await Promise.all(Array.from({ length: from + 1 }, (_, i) => outcome.load(i)));
      if (sequence !== this.#sequence || slots !== this.#slots) return false;
      slots.grow(to);
      this.#addPlaces(from, to);
      this.#options.onShown({ query: this.#query, outcome, shown: to });
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
