/**
 * Pagefind's excerpts are HTML: the page text with `<` and `>` escaped and the matched words
 * wrapped in `<mark>`. Turning that into plain parts lets the UI build text nodes and <mark>
 * elements itself, so page text is never parsed as HTML in the learner's browser.
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

// Pagefind escapes only these two when it builds an excerpt; "&" stays as it was in the page.
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    // Adjacent marked words ("<mark>risk</mark> <mark>appetite</mark>") stay separate marks,
    // but two plain runs are merged so the output has no empty or split text.
    if (last && last.marked === marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let at = 0;
  for (const m of html.matchAll(re)) {
    push(unescape(stripTags(html.slice(at, m.index))), false);
    // Pagefind marks a word with the punctuation it touches ("crisis,"); only the word is highlighted.
    const [, word = '', after = ''] = /^([\s\S]*?)([.,;:!?)\]”’"]*)$/.exec(unescape(stripTags(m[1] ?? ''))) ?? [];
    push(word, true);
    push(after, false);
    at = m.index + m[0].length;
  }
  push(unescape(stripTags(html.slice(at))), false);
  return parts;
}

/** Any other tag would be a Pagefind change we do not expect; drop it rather than show markup. */
function stripTags(s: string): string {
  return s.replace(/<\/?[a-z][^>]*>/gi, '');
}

const ELLIPSIS = '…';
const plain = (parts: readonly ExcerptPart[]) => parts.map((p) => p.text).join('');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Pagefind cuts an excerpt as a window of whole words, often mid-sentence. Says so: an ellipsis
 * where the window starts after the text's beginning or stops before its end, with the
 * punctuation it stopped on dropped ("…proven methods…", not "proven methods;"), and none at a
 * sentence's start or end. `text` is the
 * page's (or section's) full text, when known; `starts` is text the excerpt may begin with at a
 * real start (a section's title). Without either, both ends are marked as cut.
 */
export function trimExcerpt(parts: readonly ExcerptPart[], text = '', starts = ''): ExcerptPart[] {
  const out = parts.filter((p) => p.text).map((p) => ({ ...p }));
  if (out.length === 0) return out;
  const shown = squash(plain(out));
  const full = squash(text);
  const at = full ? full.indexOf(shown) : -1;
  // A window that starts or stops at a sentence's edge is not cut where it matters.
  const atStart =
    at === 0 || /[.!?]["”’)]? $/.test(full.slice(0, at)) || (!!starts && shown.startsWith(squash(starts)));
  const atEnd = (at >= 0 && at + shown.length === full.length) || /[.!?]["”’)]?$/.test(shown);
  const first = out[0]!;
  const last = out.at(-1)!;
  first.text = first.text.replace(/^\s+/, '');
  last.text = last.text.replace(/\s+$/, '');
  if (!atStart) {
    if (first.marked) out.unshift({ text: ELLIPSIS, marked: false });
    else first.text = ELLIPSIS + first.text.replace(/^[\s,;:.)\]–—-]+/, '');
  }
  if (!atEnd) {
    // A marked last word keeps its mark; the ellipsis follows it as plain text.
    if (last.marked) out.push({ text: ELLIPSIS, marked: false });
    else last.text = last.text.replace(/[\s,;:([–—-]+$/, '') + ELLIPSIS;
  }
  return out.filter((p) => p.text);
}

/** The words of an excerpt, lower case, without punctuation or the ellipses trimExcerpt adds. */
function words(parts: readonly ExcerptPart[]): string[] {
  return plain(parts)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean);
}

/**
 * True when two excerpts show the same passage: they share a run of `run` words in a row (a
 * section's excerpt is often the page's excerpt again, or shifted by a few words).
 */
export function sameExcerpt(a: readonly ExcerptPart[], b: readonly ExcerptPart[], run = 6): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const need = Math.min(run, wa.length, wb.length);
  const runs = new Set<string>();
  for (let i = 0; i + need <= wa.length; i++) runs.add(wa.slice(i, i + need).join(' '));
  for (let i = 0; i + need <= wb.length; i++) if (runs.has(wb.slice(i, i + need).join(' '))) return true;
  return false;
}
