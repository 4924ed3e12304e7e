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
    push(unescape(stripTags(m[1] ?? '')), true);
    at = m.index + m[0].length;
  }
  push(unescape(stripTags(html.slice(at))), false);
  return parts;
}

/** Any other tag would be a Pagefind change we do not expect; drop it rather than show markup. */
function stripTags(s: string): string {
  return s.replace(/<\/?[a-z][^>]*>/gi, '');
}
