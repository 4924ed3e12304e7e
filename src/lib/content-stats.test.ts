import { describe, expect, it } from 'vitest';
import {
  countComponent,
  countWords,
  estimateMinutes,
  glossaryLinks,
  proseText,
  rightIsLongest,
  sentenceCount,
  splitFrontmatter,
} from './content-stats';

describe('content stats', () => {
  it('splits YAML frontmatter from the body', () => {
    const { data, body } = splitFrontmatter('---\ntitle: Hi\norder: 2\n---\nBody text.\n');
    expect(data).toEqual({ title: 'Hi', order: 2 });
    expect(body).toBe('Body text.\n');
  });

  it('counts prose words but not tags, attributes or link targets', () => {
    const body = [
      '## A heading here',
      '<Callout type="key-idea" title="Ignored title">Three words inside</Callout>',
      'See [the lesson](/lessons/what-management-is/) now.',
      "It's a manager’s job.",
    ].join('\n');
    expect(countWords(proseText(body))).toBe(3 + 3 + 4 + 4);
  });

  it('handles tags that span lines', () => {
    expect(countWords(proseText('<Comparison\n  caption="x y z"\n  rows={[["a"]]}\n/>\nOne two.'))).toBe(2);
  });

  it('lists glossary ids once each', () => {
    expect(
      glossaryLinks('<Term id="vision">v</Term> and <Term id="risk-appetite">r</Term> <Term id="vision">again</Term>'),
    ).toEqual(['vision', 'risk-appetite']);
  });

  it('estimates minutes from words and questions', () => {
    expect(estimateMinutes(1000, 6)).toBe(7);
    expect(estimateMinutes(0, 0)).toBe(0);
  });

  it('counts component uses', () => {
    expect(countComponent('<Scenario title="a">x</Scenario> <ScenarioX/> <Scenario>', 'Scenario')).toBe(2);
  });

  it('spots a right answer that is the longest option', () => {
    const options = [
      { id: 'a', text: 'short' },
      { id: 'b', text: 'the longest of them all' },
    ];
    expect(rightIsLongest(options, ['b'])).toBe(true);
    expect(rightIsLongest(options, ['a'])).toBe(false);
  });

  it('counts sentences without splitting on abbreviations', () => {
    expect(sentenceCount('One. Two, e.g. this! Three?')).toBe(3);
    expect(sentenceCount('Just one sentence.')).toBe(1);
  });
});
