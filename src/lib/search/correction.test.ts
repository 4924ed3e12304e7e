import { describe, expect, it } from 'vitest';
import { buildVocabulary, correctQuery, correctWord, editDistance, type Vocabulary } from './correction';

const vocabulary: Vocabulary = buildVocabulary([
  'Leadership and management. Leadership is leading; management is managing.',
  'Communication styles: directive communication and inspiring communication.',
  'Micromanagement, delegation, KPI, Steve Jobs, Tim Cook, leads, leader, leaders',
]);

describe('buildVocabulary', () => {
  it('lists distinct lower-case words, most frequent first, without short words or numbers', () => {
    const v = buildVocabulary(['Risk risk RISK. Change, change; a plan to 2025', 'plan']);
    expect(v.words).toEqual(['risk', 'change', 'plan']);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('leadrship', 'leadership', 2)).toBe(1);
    expect(editDistance('managment', 'management', 2)).toBe(1);
    expect(editDistance('leaderhsip', 'leadership', 2)).toBe(1);
    expect(editDistance('cat', 'cut', 2)).toBe(1);
    expect(editDistance('same', 'same', 2)).toBe(0);
  });

  it('stops at max + 1 when the words are further apart', () => {
    expect(editDistance('risk', 'leadership', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('correctWord', () => {
  it('corrects a word one or two edits from a known word', () => {
    expect(correctWord('leadrship', vocabulary)).toBe('leadership');
    expect(correctWord('comunication', vocabulary)).toBe('communication');
    expect(correctWord('micromanagment', vocabulary)).toBe('micromanagement');
    expect(correctWord('Delegaton', vocabulary)).toBe('delegation');
  });

  it('leaves known words, their plurals and short words alone', () => {
    expect(correctWord('leadership', vocabulary)).toBeUndefined();
    expect(correctWord('kpis', vocabulary)).toBeUndefined();
    expect(correctWord('leaders', vocabulary)).toBeUndefined();
    expect(correctWord('stev', vocabulary)).toBe('steve');
    expect(correctWord('tom', vocabulary)).toBeUndefined();
  });

  it('offers nothing when no known word is close enough', () => {
    expect(correctWord('xylophone', vocabulary)).toBeUndefined();
    // Six letters allow one edit only.
    expect(correctWord('lzadxr', vocabulary)).toBeUndefined();
  });

  it('prefers the closer word, then the more frequent one', () => {
    const v: Vocabulary = { words: ['leads', 'leaps'] };
    expect(correctWord('leaks', v)).toBe('leads');
    expect(correctWord('leapz', v)).toBe('leaps');
  });
});

describe('correctQuery', () => {
  it('corrects each unknown word and keeps the rest as typed', () => {
    expect(correctQuery('comunication styles', vocabulary)).toBe('communication styles');
    expect(correctQuery('stev Jobs', vocabulary)).toBe('steve Jobs');
  });

  it('gives undefined when nothing needs correcting', () => {
    expect(correctQuery('leadership and management', vocabulary)).toBeUndefined();
    expect(correctQuery('xylophone', vocabulary)).toBeUndefined();
  });
});
