/**
 * The only search code every page loads (about 0.9 KB gzip): it turns the header's link to
 * /search/ into a button that opens the dialog, listens for "/" and Ctrl/Cmd+K, and, when a page
 * was opened from a search result, loads the highlighter. The dialog (its markup too), Pagefind
 * and the index are fetched on first use.
 */
import {
  highlightPageUrl,
  searchDialogPreloads,
  searchDialogUrl,
  searchSuggestionsUrl,
  pagefindWasmUrl,
} from 'virtual:search-lazy-modules';
import { isSearchShortcut, isTypingTarget } from '../../lib/search/shortcut';

// Imported by URL (see src/integrations/search.ts) so that Vite adds no preload helper here.
const load = <T>(url: string): Promise<T> => import(/* @vite-ignore */ url) as Promise<T>;
type DialogModule = typeof import('./search-dialog');

let started = false;

/**
 * The dialog's code, the chunks it imports, Pagefind's script and the dialog's suggestions, all at
 * once: one round trip instead of a chain (dialog, its imports, theirs, then Pagefind and the
 * suggestions). The suggestions name Pagefind's other files, which the dialog then starts at once
 * (pagefind-client.ts); they are preloaded, once, so that the dialog's own fetch() takes the
 * response. A failure is handled when search is opened.
 */
const fetchSearch = (): Promise<DialogModule> => {
  for (const url of searchDialogPreloads) load(url).catch(String);
  if (!started) {
    started = true;
    // Pagefind's WebAssembly too: its largest file, whose name does not change.
    for (const href of [searchSuggestionsUrl, pagefindWasmUrl])
      document.head.append(
        Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: '', href }),
      );
  }
  return load<DialogModule>(searchDialogUrl);
};

/** What was typed while the dialog's code loads (first open only); undefined when not loading. */
let typedWhileLoading: string | undefined;

function openSearch(returnTo: Element | null): void {
  // Announced first: a page with its own search field (search-page.ts) cancels this event and
  // focuses that field, rather than have a dialog stacked on top of it.
  if (!dispatchEvent(new Event('open-search', { cancelable: true })) || typedWhileLoading !== undefined) return;
  typedWhileLoading = '';
  fetchSearch().then(
    (m) => {
      const typed = typedWhileLoading;
      typedWhileLoading = undefined;
      // Undefined here means Escape was pressed while loading: the learner changed their mind.
      if (typed !== undefined) m.openSearchDialog(returnTo as HTMLElement | null, typed);
    },
    // Offline, or a new deploy replaced the hashed file: the search page works without this code.
    () => (location.href = searchPage),
  );
}

const link = document.querySelector('a[data-search-open]');
const searchPage = link?.getAttribute('href') ?? '';
if (link) {
  // Without JavaScript the link leads to /search/, which explains what is possible there.
  const button = document.createElement('button');
  button.type = 'button';
  button.className = link.className;
  // ARIA reflection sets the attributes, in fewer bytes on every page.
  button.ariaHasPopup = 'dialog';
  button.ariaKeyShortcuts = '/ Control+K Meta+K';
  button.append(...link.childNodes);
  button.onclick = () => openSearch(button);
  // Intent (pointer over or focus on the control): fetch the dialog's code, which starts Pagefind's
  // script, WebAssembly and metadata, before the click; never on page load for everyone. A failure
  // here is handled when search is opened.
  button.onpointerenter = button.onfocus = () => fetchSearch().catch(String);
  link.replaceWith(button);
}

addEventListener('keydown', (e) => {
  if (
    typedWhileLoading !== undefined &&
    !e.ctrlKey &&
    !e.metaKey &&
    !e.altKey &&
    (e.key.length === 1 || e.key === 'Escape')
  ) {
    // The dialog's code is on its way (first open): keep what is typed for its field; Escape cancels.
    typedWhileLoading = e.key === 'Escape' ? undefined : typedWhileLoading + e.key;
    e.preventDefault();
    return;
  }
  if (e.defaultPrevented || e.repeat || !isSearchShortcut(e) || isTypingTarget(e.target as HTMLElement)) return;
  // Also keeps Ctrl+K from the browser's address bar and "/" from Firefox's quick find.
  e.preventDefault();
  openSearch(document.activeElement);
});

// Opened from a search result: the words to mark wait in sessionStorage (HANDOVER_KEY in
// src/lib/search/highlight.ts, repeated here: importing it would add a chunk to every page). The
// highlighter checks that they are for this page.
try {
  if (sessionStorage['search-highlight']) void load(highlightPageUrl);
} catch {
  // Storage blocked: no highlighting, nothing else changes.
}
