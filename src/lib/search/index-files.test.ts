import { describe, expect, it } from 'vitest';
import { MAX_LISTED_CHUNKS, chunkFor, decodeCbor, indexFiles, type IndexFiles } from './index-files';

/** CBOR for strings, small unsigned integers, byte strings and arrays (what Pagefind's metadata uses). */
function cbor(value: unknown): number[] {
  const head = (major: number, n: number): number[] =>
    n < 24 ? [(major << 5) | n] : n < 256 ? [(major << 5) | 24, n] : [(major << 5) | 25, n >> 8, n & 255];
  if (typeof value === 'number') return head(0, value);
  if (typeof value === 'string') {
    const bytes = [...new TextEncoder().encode(value)];
    return [...head(3, bytes.length), ...bytes];
  }
  if (value instanceof Uint8Array) return [...head(2, value.length), ...value];
  if (Array.isArray(value)) return [...head(4, value.length), ...value.flatMap(cbor)];
  throw new Error('not in this test encoder');
}

const meta = (chunks: string[][], filters: string[][]) =>
  new Uint8Array(cbor(['1.6.0', [['en_page1', 300, new Uint8Array()]], chunks, filters, []]));

const ENTRY = JSON.stringify({
  version: '1.6.0',
  languages: { en: { hash: 'en_74e4ab848a', wasm: 'en', page_count: 1 } },
});

describe('decodeCbor', () => {
  it('reads integers, strings, byte strings, arrays, maps and simple values', () => {
    expect(decodeCbor(new Uint8Array(cbor([1, 500, 'risk', ['a', []]])))).toEqual([1, 500, 'risk', ['a', []]]);
    // {"a": -2, "b": true, "c": null}
    expect(decodeCbor(new Uint8Array([0xa3, 0x61, 0x61, 0x21, 0x61, 0x62, 0xf5, 0x61, 0x63, 0xf6]))).toEqual({
      a: -2,
      b: true,
      c: null,
    });
    expect(decodeCbor(new Uint8Array([0x1a, 0, 1, 0, 0]))).toBe(65536);
  });

  it('fails on what it cannot read, rather than guess', () => {
    expect(() => decodeCbor(new Uint8Array([0x62, 0x61]))).toThrow(/end/);
    expect(() => decodeCbor(new Uint8Array([0xfb, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(/unsupported/);
    expect(() => decodeCbor(new Uint8Array([0x01, 0x02]))).toThrow(/trailing/);
  });
});

describe('indexFiles', () => {
  it("names the metadata, WebAssembly, the kind filter's chunk and the index chunks of each language", () => {
    const files = indexFiles(ENTRY, (hash) => {
      expect(hash).toBe('en_74e4ab848a');
      return meta(
        [
          ['00', 'stro', 'en_2acacba'],
          ['struc', 'zone', 'en_dabf93c'],
        ],
        [
          ['kind', 'en_7a656ec'],
          ['part', 'en_a96ead8'],
        ],
      );
    });
    expect(files).toEqual({
      en: {
        meta: 'pagefind.en_74e4ab848a.pf_meta',
        wasm: 'wasm.en.pagefind',
        filter: 'filter/en_7a656ec.pf_filter',
        index: [
          ['00', 'stro', 'index/en_2acacba.pf_index'],
          ['struc', 'zone', 'index/en_dabf93c.pf_index'],
        ],
      },
    });
  });

  it('lists no index chunks for a large index, and no filter when there is none', () => {
    const many = Array.from({ length: MAX_LISTED_CHUNKS + 1 }, (_, i) => [`a${i}`, `a${i}z`, `en_${i}`]);
    const files = indexFiles(ENTRY, () => meta(many, []));
    expect(files.en).toEqual({ meta: 'pagefind.en_74e4ab848a.pf_meta', wasm: 'wasm.en.pagefind' });
  });

  it('rejects metadata of another shape', () => {
    expect(() => indexFiles(ENTRY, () => new Uint8Array(cbor(['1.6.0', []])))).toThrow(/expected shape/);
  });
});

describe('chunkFor', () => {
  const two: IndexFiles = {
    meta: 'm',
    wasm: 'w',
    index: [
      ['00', 'stro', 'index/a.pf_index'],
      ['struc', 'zone', 'index/b.pf_index'],
    ],
  };

  it('picks the chunk that the first word falls in', () => {
    expect(chunkFor(two, 'risk')).toBe('index/a.pf_index');
    expect(chunkFor(two, 'Risk appetite')).toBe('index/a.pf_index');
    expect(chunkFor(two, '  "team goals"')).toBe('index/b.pf_index');
    expect(chunkFor(two, 'zoning')).toBe('index/b.pf_index');
  });

  it('picks none when the word may be in either chunk, or nothing is typed', () => {
    expect(chunkFor(two, 'stress')).toBeUndefined();
    expect(chunkFor(two, 'st')).toBeUndefined();
    expect(chunkFor(two, '')).toBeUndefined();
    expect(chunkFor({ meta: 'm', wasm: 'w' }, 'risk')).toBeUndefined();
  });

  it('with a single chunk, picks it whatever is typed', () => {
    expect(chunkFor({ meta: 'm', wasm: 'w', index: [['a', 'z', 'index/only.pf_index']] }, '')).toBe(
      'index/only.pf_index',
    );
  });
});
