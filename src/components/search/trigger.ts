/**
 * The only search code every page loads (about 0.7 KB gzip): it turns the header's link to
 * /search/ into a button that opens the dialog, listens for "/" and Ctrl/Cmd+K, and, when a page
 * was opened from a search result, loads the highlighter. The dialog, Pagefind and the index
 * are fetched on first use.
 */
import { highlightPageUrl, searchDialogUrl } from 'virtual:search-lazy-modules';
import { isSearchShortcut, isTypingTarget } from '../../lib/search/shortcut';

// Imported by URL (see src/integrations/search.ts) so that Vite adds no preload helper here.
const load = <T>(url: string): Promise<T> => import(/* @vite-ignore */ url) as Promise<T>;
type DialogModule = typeof import('./search-dialog');
type HighlightModule = typeof import('./highlight-page');

function openSearch(returnTo: Element | null): void {
  // Announced first: a page with its own search field (search-page.ts) cancels this event and
  // focuses that field, rather than have a dialog stacked on top of it.
  if (!dispatchEvent(new Event('open-search', { cancelable: true }))) return;
  // Open the server-rendered dialog at once, so nothing typed while its code loads is lost;
  // showModal() focuses its search field.
  const dialog = document.querySelector<HTMLDialogElement>('search-dialog dialog');
  if (dialog && !dialog.open) {
    dialog.showModal();
    dialog.querySelector('input')?.select();
  }
  load<DialogModule>(searchDialogUrl)
    .then((m) => m.searchDialogOpened(returnTo as HTMLElement | null))
    // Offline, or a new deploy replaced the hashed file: say so instead of leaving a dead field.
    .catch(() => dialog?.querySelector('[data-search-load-error]')?.removeAttribute('hidden'));
}

const link = document.querySelector('a[data-search-open]');
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
