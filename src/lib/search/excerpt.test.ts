import { describe, expect, it } from 'vitest';
import { parseExcerpt } from './excerpt';

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
  it('keeps neighbouring marks separate and skips empty parts', () => {
    expect(parseExcerpt('<mark>risk</mark><mark>appetite</mark>')).toEqual([
      { text: 'risk', marked: true },
      { text: 'appetite', marked: true },
    ]);
    expect(parseExcerpt('')).toEqual([]);
  });
});
