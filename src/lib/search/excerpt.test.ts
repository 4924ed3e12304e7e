import { describe, expect, it } from 'vitest';
import { parseExcerpt, sameExcerpt, trimExcerpt } from './excerpt';

describe('parseExcerpt', () => {
  it('splits an excerpt into plain and marked parts', () => {
    expect(parseExcerpt('the <mark>risk</mark> of standing <mark>still</mark>.')).toEqual([
      { text: 'the ', marked: false },
      { text: 'risk', marked: true },
      { text: ' of standing ', marked: false },
      { text: 'still', marked: true },
      { text: '.', marked: false },
    ]);
  });
  it('shows page text that looks like markup as text, never as HTML', () => {
    const parts = parseExcerpt('use &lt;script&gt; and <mark>&lt;b&gt;</mark> & more');
    expect(parts).toEqual([
      { text: 'use <script> and ', marked: false },
      { text: '<b>', marked: true },
      { text: ' & more', marked: false },
    ]);
  });
  it('drops tags other than <mark> rather than showing them', () => {
    expect(parseExcerpt('<em>calm</em> <mark>cook</mark>')).toEqual([
      { text: 'calm ', marked: false },
      { text: 'cook', marked: true },
    ]);
  });
  it('highlights the word without the punctuation Pagefind marked with it', () => {
    expect(parseExcerpt('In a <mark>crisis,</mark> mostly <mark>manage.</mark>')).toEqual([
      { text: 'In a ', marked: false },
      { text: 'crisis', marked: true },
      { text: ', mostly ', marked: false },
      { text: 'manage', marked: true },
      { text: '.', marked: false },
    ]);
  });
  it('keeps neighbouring marks separate and skips empty parts', () => {
    expect(parseExcerpt('<mark>risk</mark><mark>appetite</mark>')).toEqual([
      { text: 'risk', marked: true },
      { text: 'appetite', marked: true },
    ]);
    expect(parseExcerpt('')).toEqual([]);
  });
});

describe('trimExcerpt', () => {
  const text =
    'Risk appetite. How much uncertainty a person accepts. A low appetite favours proven methods; a high one bets.';

  it('marks both ends as cut when the window is inside the text, dropping the punctuation it stopped on', () => {
    const parts = trimExcerpt(
      parseExcerpt('much uncertainty a person accepts. A low <mark>appetite</mark> favours proven methods;'),
      text,
    );
    expect(parts.map((p) => p.text).join('')).toBe(
      '…much uncertainty a person accepts. A low appetite favours proven methods…',
    );
    expect(parts.find((p) => p.marked)?.text).toBe('appetite');
  });

  it('adds no ellipsis where the excerpt is the start or the end of the text', () => {
    const start = trimExcerpt(parseExcerpt('<mark>Risk</mark> appetite. How much'), text);
    expect(start.map((p) => p.text)).toEqual(['Risk', ' appetite. How much…']);
    const end = trimExcerpt(parseExcerpt('a high one <mark>bets.</mark>'), text);
    expect(end.map((p) => p.text)).toEqual(['…a high one ', 'bets', '.']);
  });

  it('treats a section excerpt that begins with its heading as a real start', () => {
    const parts = trimExcerpt(
      parseExcerpt('In a <mark>crisis,</mark> mostly manage. A crisis is'),
      '',
      'In a crisis, mostly manage',
    );
    expect(parts.map((p) => p.text).join('')).toBe('In a crisis, mostly manage. A crisis is…');
  });

  it('keeps a mark at either end whole, with the ellipsis outside it', () => {
    const parts = trimExcerpt(
      parseExcerpt('<mark>risk</mark> of standing <mark>still</mark>'),
      'the risk of standing still too',
    );
    expect(parts).toEqual([
      { text: '…', marked: false },
      { text: 'risk', marked: true },
      { text: ' of standing ', marked: false },
      { text: 'still', marked: true },
      { text: '…', marked: false },
    ]);
    expect(trimExcerpt([])).toEqual([]);
  });

  it('adds none where the window starts or ends at a sentence boundary', () => {
    const parts = trimExcerpt(parseExcerpt('How much uncertainty a person <mark>accepts.</mark>'), text);
    expect(parts.map((p) => p.text)).toEqual(['How much uncertainty a person ', 'accepts', '.']);
  });
});

describe('sameExcerpt', () => {
  const page = trimExcerpt(
    parseExcerpt('only one of them either drifts. In a <mark>crisis,</mark> mostly manage. A crisis is sudden'),
  );
  it('finds the same passage shifted by a few words', () => {
    const section = trimExcerpt(
      parseExcerpt('In a <mark>crisis,</mark> mostly manage. A crisis is sudden, threatening and short'),
    );
    expect(sameExcerpt(page, section)).toBe(true);
  });
  it('tells different passages apart even when they share a word or two', () => {
    const other = parseExcerpt('an owner still in <mark>crisis</mark> mode months later ends up micromanaging');
    expect(sameExcerpt(page, other)).toBe(false);
    expect(sameExcerpt(page, [])).toBe(false);
  });
});
