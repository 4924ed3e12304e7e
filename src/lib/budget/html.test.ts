import { describe, expect, it } from 'vitest';
import { attributes, cssResources, htmlLang, htmlResources } from './html';

describe('attributes', () => {
  it('reads quoted, unquoted and bare attributes, names lower-cased, entities decoded', () => {
    const a = attributes(`<link REL=stylesheet href="/a.css?x=1&amp;y=2" data-x='q' disabled>`);
    expect(Object.fromEntries(a)).toEqual({ rel: 'stylesheet', href: '/a.css?x=1&y=2', 'data-x': 'q', disabled: '' });
  });
});

describe('htmlResources', () => {
  const page = `<!doctype html><html lang="en-GB"><head>
    <link rel="stylesheet" href="/_astro/site.css">
    <link rel="alternate stylesheet" href="/_astro/alt.css">
    <link rel="stylesheet" href="/_astro/off.css" disabled>
    <link rel="icon" href="/favicon.svg">
    <link rel="canonical" href="https://example.org/lessons/x/">
    <link rel="preconnect" href="https://fonts.example.com">
    <link rel="modulepreload" href="/_astro/shared.js">
    <link rel="preload" href="/fonts/a.woff2" as="font" crossorigin>
    <script>document.write('<script src="/_astro/in-inline-script.js"></' + 'script>')</script>
    <!-- <script src="/_astro/in-comment.js"></script> -->
    </head><body>
    <script type="module" src="/_astro/island.js"></script>
    <script src="/_astro/classic.js"></script>
    <script nomodule src="/_astro/legacy.js"></script>
    <img src="/eager.png" alt=""><img src="/lazy.png" loading="lazy" alt="" srcset="/lazy-2x.png 2x">
    <a href="https://example.com/source">a source is a link, not a request</a>
    <iframe src="https://video.example.com/embed"></iframe>
  </body></html>`;

  it('lists what the browser fetches, with the part each counts towards', () => {
    expect(htmlResources(page)).toEqual([
      { url: '/_astro/site.css', part: 'css', module: false },
      { url: '/_astro/alt.css' },
      { url: '/favicon.svg', part: 'other', module: false },
      { url: 'https://fonts.example.com' },
      { url: '/_astro/shared.js', part: 'js', module: true },
      { url: '/fonts/a.woff2', part: 'fonts', module: false },
      { url: '/_astro/island.js', part: 'js', module: true },
      { url: '/_astro/classic.js', part: 'js', module: false },
      { url: '/eager.png', part: 'other' },
      { url: '/lazy.png' },
      { url: '/lazy-2x.png' },
      { url: 'https://video.example.com/embed' },
    ]);
  });

  it('reads the page language', () => {
    expect(htmlLang(page)).toBe('en-gb');
    expect(htmlLang('<p>no html tag</p>')).toBeUndefined();
  });
});

describe('cssResources', () => {
  it('counts @imports and the first source of each font, and only origin-checks other url()s', () => {
    const css = `@import url("/base.css");@import './more.css';
      /* url(/in-comment.png) */
      @font-face{font-family:A;src:url(/fonts/a.woff2) format("woff2"),url(/fonts/a.woff) format("woff")}
      @font-face{font-family:B;src:url('https://fonts.example.com/b.woff2')}
      .hero{background:url(/hero.png)}`;
    expect(cssResources(css)).toEqual([
      { url: '/base.css', part: 'css' },
      { url: './more.css', part: 'css' },
      { url: '/fonts/a.woff2', part: 'fonts' },
      { url: 'https://fonts.example.com/b.woff2', part: 'fonts' },
      { url: '/fonts/a.woff' },
      { url: '/hero.png' },
    ]);
  });
});
