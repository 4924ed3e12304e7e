/**
 * Pagefind's own loading is a chain: pagefind.js, then its entry file, then the metadata and the
 * WebAssembly, then (at the first query) a word-index chunk, each request waiting for the one
 * before. The build knows all those names, so it hands them to the dialog (`IndexFiles`, in
 * /search/suggestions.json), which starts them together with pagefind.js (pagefind-client.ts).
 * Pagefind's own requests then find them in the browser's cache.
 */

/** Pagefind's files for one language, as paths inside its folder ("index/en_2acacba.pf_index"). */
export interface IndexFiles {
  /** The metadata file. */
  meta: string;
  /** The WebAssembly build. */
  wasm: string;
  /** The filter chunk the search reads on every query (the `kind` filter), if any. */
  filter?: string;
  /**
   * The word-index chunks, each as [first word, last word, path], when there are few enough to
   * list (MAX_LISTED_CHUNKS); the client fetches the one the first typed word falls in.
   */
  index?: [from: string, to: string, path: string][];
}

/** Above this many index chunks (a course of hundreds of lessons) none are listed: the list would cost more than it saves. */
export const MAX_LISTED_CHUNKS = 8;

type Cbor = number | string | Uint8Array | boolean | null | undefined | Cbor[] | { [key: string]: Cbor };

/**
 * A small CBOR decoder (RFC 8949: integers, strings, arrays, maps, simple values), enough for
 * Pagefind's metadata. Throws on anything else, so a changed format fails the build, not search.
 */
export function decodeCbor(bytes: Uint8Array): Cbor {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info - 24;
    if (size > 3) throw new Error(`CBOR: unsupported length ${info} at ${at}`);
    const n =
      size === 0
        ? view.getUint8(at)
        : size === 1
          ? view.getUint16(at)
          : size === 2
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += 1 << size;
    return n;
  };
  const item = (): Cbor => {
    if (at >= bytes.length) throw new Error('CBOR: unexpected end');
    const first = bytes[at++]!;
    const major = first >> 5;
    const info = first & 31;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2:
      case 3: {
        const n = length(info);
        const chunk = bytes.subarray(at, at + n);
        if (chunk.length !== n) throw new Error('CBOR: unexpected end');
        at += n;
        return major === 2 ? chunk : text.decode(chunk);
      }
      case 4:
        return Array.from({ length: length(info) }, item);
      case 5: {
        const map: { [key: string]: Cbor } = {};
        for (let n = length(info); n > 0; n--) map[String(item())] = item();
        return map;
      }
      case 7:
        if (info === 20 || info === 21) return info === 21;
        if (info === 22 || info === 23) return info === 22 ? null : undefined;
    }
    throw new Error(`CBOR: unsupported item 0x${first.toString(16)} at ${at - 1}`);
  };
  const value = item();
  if (at !== bytes.length) throw new Error('CBOR: trailing bytes');
  return value;
}

interface Entry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

const isString = (x: unknown): x is string => typeof x === 'string';

/**
 * The files to fetch for each language of the index, from the entry file's JSON and each
 * language's metadata (decompressed, without Pagefind's signature: `metaOf(hash)`).
 * Pagefind's metadata is [version, pages, index chunks [from, to, hash], filters [name, hash], ...].
 */
export function indexFiles(
  entryJson: string,
  metaOf: (hash: string) => Uint8Array,
  filterName = 'kind',
): Record<string, IndexFiles> {
  const entry = JSON.parse(entryJson) as Entry;
  const out: Record<string, IndexFiles> = {};
  for (const [lang, { hash, wasm }] of Object.entries(entry.languages)) {
    const meta = decodeCbor(metaOf(hash));
    if (!Array.isArray(meta) || !Array.isArray(meta[2]) || !Array.isArray(meta[3])) {
      throw new Error(`Pagefind metadata for "${lang}" is not in the expected shape`);
    }
    const chunks = meta[2].map((c) => {
      if (!Array.isArray(c) || !c.slice(0, 3).every(isString))
        throw new Error('Pagefind index chunk: unexpected shape');
      return [c[0], c[1], `index/${c[2]}.pf_index`] as [string, string, string];
    });
    const filter = meta[3].find((f) => Array.isArray(f) && f[0] === filterName) as Cbor[] | undefined;
    out[lang] = {
      meta: `pagefind.${hash}.pf_meta`,
      wasm: `wasm.${wasm ?? 'unknown'}.pagefind`,
      ...(filter && isString(filter[1]) ? { filter: `filter/${filter[1]}.pf_filter` } : {}),
      ...(chunks.length <= MAX_LISTED_CHUNKS ? { index: chunks } : {}),
    };
  }
  return out;
}

/**
 * The index chunk that the first word of `typed` will need, when that is sure to be one chunk.
 * Pagefind looks a word up by its stem, and English stems can end differently from the word
 * ("happy", "happi"), so only the word's first three letters are relied on: when they span two
 * chunks, nothing is fetched here and Pagefind fetches what it needs itself. With a single chunk,
 * it is the one whatever is typed, even before anything is.
 */
export function chunkFor(files: IndexFiles, typed: string): string | undefined {
  const chunks = files.index ?? [];
  if (chunks.length === 1) return chunks[0]![2];
  const word =
    typed
      .toLowerCase()
      .trim()
      .split(/\s+/)[0]
      ?.replace(/^["']+/, '') ?? '';
  const prefix = word.slice(0, 3);
  if (!prefix) return undefined;
  // Chunk i holds the words from `from` to `to`, and any longer word that starts with `to`.
  const end = `${prefix}\uffff`;
  const hits = chunks.filter(([from, to]) => from <= end && `${to}\uffff` >= prefix);
  return hits.length === 1 ? hits[0]![2] : undefined;
}
