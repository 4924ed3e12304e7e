import { describe, expect, it } from 'vitest';
import { cspHash, inlineBlocks, isReadFragment, pruneHashes, withoutCspMeta } from './csp';

describe('cspHash', () => {
  it('is the base64 SHA-256 a browser compares against', () => {
    // The well-known hash of the empty string.
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('inlineBlocks', () => {
  it('finds inline scripts and styles, not external scripts or data blocks', () => {
    const html =
      '<script>a()</script><script type="module" src="/x.js"></script>' +
      '<script type="application/ld+json">{"a":1}</script><script type="module">b()</script>' +
      '<style>p{color:red}</style>';
    expect(inlineBlocks(html)).toEqual({ scripts: ['a()', 'b()'], styles: ['p{color:red}'] });
  });
});

describe('pruneHashes', () => {
  const policy =
    "default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC=';";

  it('keeps only the hashes asked for, and every other source and directive', () => {
    expect(pruneHashes(policy, new Set(["'sha256-BBB='"]))).toBe(
      "default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-BBB='; style-src 'self';",
    );
  });

  it('changes nothing when every hash is used', () => {
    expect(pruneHashes(policy, new Set(["'sha256-AAA='", "'sha256-BBB='", "'sha256-CCC='"]))).toBe(policy);
  });
});

describe('read fragments', () => {
  it('are the review page question and answer files, not the review page', () => {
    expect(isReadFragment('review/questions/x/q/index.html')).toBe(true);
    expect(isReadFragment('review/questions/x/answers/index.html')).toBe(true);
    expect(isReadFragment('review/index.html')).toBe(false);
    expect(isReadFragment('lessons/review/questions/index.html')).toBe(false);
  });

  it('lose their CSP meta and nothing else', () => {
    const html =
      '<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;;"><title>t</title></head>';
    expect(withoutCspMeta(html)).toBe('<head><meta charset="utf-8"><title>t</title></head>');
  });
});
