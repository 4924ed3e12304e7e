/**
 * The only search code every page loads (about 0.8 KB gzip): it turns the header's link to
 * /search/ into a button that opens the dialog, listens for "/" and Ctrl/Cmd+K, and, when a page
 * was opened from a search result, loads the highlighter. The dialog (its markup too), Pagefind
 * and the index are fetched on first use.
 */
import { highlightPageUrl, searchDialogUrl } from 'virtual:search-lazy-modules';
import { isSearchShortcut, isTypingTarget } from '../../lib/search/shortcut';

// Imported by URL (see src/integrations/search.ts) so that Vite adds no preload helper here.
const load = <T>(url: string): Promise<T> => import(/* @vite-ignore */ url) as Promise<T>;
type DialogModule = typeof import('./search-dialog');
type HighlightModule = typeof import('./highlight-page');

/** What was typed while the dialog's code loads (first open only); undefined when not loading. */
let typedWhileLoading: string | undefined;

function openSearch(returnTo: Element | null): void {
  // Announced first: a page with its own search field (search-page.ts) cancels this event and
  // focuses that field, rather than have a dialog stacked on top of it.
  if (!dispatchEvent(new Event('open-search', { cancelable: true })) || typedWhileLoading !== undefined) return;
  typedWhileLoading = '';
  load<DialogModule>(searchDialogUrl).then(
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
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  button.append(...link.childNodes);
  button.onclick = () => openSearch(button);
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

// The parameter name is HIGHLIGHT_PARAM in src/lib/search/url.ts; importing it here would add
// a request for a shared chunk to every page.
if (new URLSearchParams(location.search).has('highlight')) {
  void load<HighlightModule>(highlightPageUrl).then((m) => m.highlightFromUrl());
}
