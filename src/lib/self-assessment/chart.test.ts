import { describe, expect, it } from 'vitest';
import { CHART, chartDescription, chartLayout } from './chart';

const rows = [
  { label: 'Focus', scores: { leadership: 100, management: 38 } },
  { label: 'Risk', scores: { leadership: 0, management: 50 } },
];

describe('chartLayout', () => {
  const layout = chartLayout(rows);

  it('draws two bars per difference, leadership first, as long as their scores (in percent of the width)', () => {
    const [focus, risk] = layout.groups;
    expect(focus!.bars.map((b) => [b.side, b.value, b.x, b.width])).toEqual([
      ['leadership', 100, CHART.plotX, CHART.plotWidth],
      ['management', 38, CHART.plotX, 0.38 * CHART.plotWidth],
    ]);
    expect(risk!.bars.map((b) => b.width)).toEqual([0, CHART.plotWidth / 2]);
    expect(risk!.bars.map((b) => b.valueX)).toEqual([CHART.plotX, CHART.plotX + CHART.plotWidth / 2]);
  });

  it('leaves room on the right for the score of a full bar', () => {
    expect(CHART.plotX + CHART.plotWidth).toBeLessThanOrEqual(90);
  });

  it('stacks groups without overlap and fits them in its height', () => {
    const bars = layout.groups.flatMap((g) => g.bars);
    bars.slice(1).forEach((bar, i) => expect(bar.y).toBeGreaterThanOrEqual(bars[i]!.y + bars[i]!.height));
    expect(layout.groups[1]!.labelY).toBeGreaterThan(layout.groups[0]!.bars[1]!.y + CHART.barHeight);
    expect(layout.plotBottom).toBeGreaterThan(bars.at(-1)!.y + CHART.barHeight);
    expect(layout.height).toBe(layout.plotBottom + CHART.axisHeight);
    expect(layout.ticks).toEqual([
      { value: 0, x: CHART.plotX },
      { value: 50, x: CHART.plotX + CHART.plotWidth / 2 },
      { value: 100, x: CHART.plotX + CHART.plotWidth },
    ]);
  });

  it('keeps scores out of range inside the plot', () => {
    const [group] = chartLayout([{ label: 'X', scores: { leadership: 140, management: -5 } }]).groups;
    expect(group!.bars.map((b) => b.width)).toEqual([CHART.plotWidth, 0]);
  });
});

describe('chartDescription', () => {
  it('says every number the chart shows', () => {
    expect(chartDescription(rows)).toBe(
      'Bar chart of your scores out of 100. Focus: leadership 100, management 38. Risk: leadership 0, management 50.',
    );
  });
});
