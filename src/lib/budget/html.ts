/**
 * What a page asks the browser to fetch before it is idle, read from its HTML and CSS the way a
 * browser reads them: stylesheets, scripts, module and other preloads, the icon, eager images,
 * CSS @imports and the fonts CSS declares. Also every address a page could make a request to,
 * so that a reference to another origin is caught even where nothing is counted (frames, media,
 * preconnects, images named in CSS).
 */

/** The parts a page's transfer is reported in. */
export type Part = 'html' | 'css' | 'js' | 'fonts' | 'other';

export interface Resource {
  url: string;
  /** Which part its bytes count towards; undefined for a reference only checked for its origin. */
  part?: Exclude<Part, 'html'>;
  /** An ES module, whose static imports are fetched too. */
  module?: boolean;
}

/** Attributes of a start tag, names lower-cased; a bare attribute has the value ''. */
export function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const body = tag.replace(/^<[^\s/>]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

function decodeEntities(value: string): string {
  return value.replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'quot' ? '"' : e === '#39' ? "'" : e === 'lt' ? '<' : '>',
  );
}

/** The first URL of a srcset (the one counted) and all of them (origin-checked). */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Link types a browser fetches, and the part their bytes count towards. */
function linkPart(rel: string[], as: string): Resource['part'] | 'origin-only' | undefined {
  if (rel.includes('stylesheet')) return rel.includes('alternate') ? 'origin-only' : 'css';
  if (rel.includes('modulepreload')) return 'js';
  if (rel.includes('preload'))
    return as === 'style' ? 'css' : as === 'script' ? 'js' : as === 'font' ? 'fonts' : 'other';
  if (rel.includes('icon') || rel.includes('prefetch') || rel.includes('manifest')) return 'other';
  // Not fetched, but a connection to that origin is opened: another origin is still a problem.
  if (rel.includes('preconnect') || rel.includes('dns-prefetch') || rel.includes('apple-touch-icon'))
    return 'origin-only';
  return undefined; // canonical, alternate, author, next…: addresses, not requests
}

/** Resources of a page, in document order. Inline scripts and styles are part of the HTML itself. */
export function htmlResources(html: string): Resource[] {
  const out: Resource[] = [];
  // Comments, and the text of scripts, styles and templates, are not markup.
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style|template|textarea|title)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, '$1');
  for (const m of markup.matchAll(/<([a-z][a-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi)) {
    const tag = m[1]!.toLowerCase();
    const a = attributes(m[0]);
    const src = a.get('src');
    switch (tag) {
      case 'link': {
        const href = a.get('href');
        if (!href) break;
        const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
        const part = linkPart(rel, (a.get('as') ?? '').toLowerCase());
        if (part === 'origin-only') out.push({ url: href });
        else if (part && !a.has('disabled')) out.push({ url: href, part, module: rel.includes('modulepreload') });
        break;
      }
      case 'script':
        // Module-aware browsers skip nomodule scripts.
        if (src && !a.has('nomodule'))
          out.push({ url: src, part: 'js', module: (a.get('type') ?? '').toLowerCase() === 'module' });
        break;
      case 'img': {
        const lazy = (a.get('loading') ?? '').toLowerCase() === 'lazy';
        if (src) out.push(lazy ? { url: src } : { url: src, part: 'other' });
        for (const url of srcsetUrls(a.get('srcset') ?? '')) out.push({ url });
        break;
      }
      case 'source':
        if (src) out.push({ url: src });
        for (const url of srcsetUrls(a.get('srcset') ?? '')) out.push({ url });
        break;
      case 'iframe':
      case 'video':
      case 'audio':
      case 'embed':
      case 'track':
      case 'input':
        if (src) out.push({ url: src });
        if (a.get('poster')) out.push({ url: a.get('poster')! });
        break;
      case 'object':
        if (a.get('data')) out.push({ url: a.get('data')! });
        break;
    }
  }
  return out;
}

/**
 * Resources of a stylesheet: @imports (fetched with it), the first source of each @font-face
 * (fetched when text uses the font; counted, since a page budget must hold when it does), and
 * every other url() (images, fetched only when a rule matches: checked for their origin only).
 */
export function cssResources(css: string): Resource[] {
  const out: Resource[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const urlOf = (s: string) =>
    s
      .trim()
      .replace(/^url\(\s*/i, '')
      .replace(/\s*\)$/, '')
      .replace(/^["']|["']$/g, '');
  const counted = new Set<number>();
  for (const m of text.matchAll(/@import\s+(url\(\s*(?:"[^"]*"|'[^']*'|[^)]*)\s*\)|"[^"]*"|'[^']*')/gi)) {
    out.push({ url: urlOf(m[1]!), part: 'css' });
    counted.add(m.index + m[0].indexOf(m[1]!));
  }
  for (const face of text.matchAll(/@font-face\s*\{[^}]*\}/gi)) {
    const src = /(?:^|[;{\s])src\s*:([^;}]*)/i.exec(face[0]);
    const first = src && /url\(\s*(?:"[^"]*"|'[^']*'|[^)]*)\s*\)/i.exec(src[1]!);
    if (first) {
      out.push({ url: urlOf(first[0]), part: 'fonts' });
      counted.add(face.index + face[0].indexOf(first[0]));
    }
  }
  for (const m of text.matchAll(/url\(\s*(?:"[^"]*"|'[^']*'|[^)]*)\s*\)/gi)) {
    if (!counted.has(m.index)) out.push({ url: urlOf(m[0]) });
  }
  return out;
}

/** The page's language (<html lang>), which picks Pagefind's index. */
export function htmlLang(html: string): string | undefined {
  const tag = /<html\b(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(html);
  return tag ? attributes(tag[0]).get('lang')?.toLowerCase() : undefined;
}
