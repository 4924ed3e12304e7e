/**
 * The self-assessment chart, as geometry and words: where each bar goes in the SVG, and the text
 * alternative that says the same numbers. Pure, so the page's script only turns it into elements.
 *
 * Layout (SVG user units): per difference a label line, then a leadership and a management bar,
 * each labelled with its side on the left and its score at its end, so no colour has to be decoded.
 * Grid lines at 0, 50 and 100 run behind the bars.
 */
import type { Side } from '../../schemas/content';
import { SIDES, type SideScores } from './scoring';

export interface ChartRow {
  label: string;
  scores: SideScores;
}

export const SIDE_LABELS: Record<Side, string> = { leadership: 'Leadership', management: 'Management' };

export const CHART = {
  width: 400,
  /** Where bars start (after the side labels) and how long 100 points is. */
  plotX: 104,
  plotWidth: 250,
  groupLabelHeight: 22,
  barHeight: 18,
  barGap: 6,
  groupGap: 14,
  axisHeight: 20,
} as const;

export interface Bar {
  side: Side;
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the score is written: just after the bar's end. */
  valueX: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  ticks: { value: number; x: number }[];
  /** Grid lines run from 0 to this y; tick labels sit below it. */
  plotBottom: number;
  groups: { label: string; labelY: number; bars: Bar[] }[];
}

const clamp = (n: number) => Math.min(100, Math.max(0, n));

export function chartLayout(rows: readonly ChartRow[]): ChartLayout {
  const c = CHART;
  const xOf = (value: number) => c.plotX + (clamp(value) / 100) * c.plotWidth;
  let y = 0;
  const groups = rows.map((row) => {
    const labelY = y + 15;
    y += c.groupLabelHeight;
    const bars = SIDES.map((side): Bar => {
      const value = row.scores[side];
      const bar: Bar = {
        side,
        label: SIDE_LABELS[side],
        value,
        x: c.plotX,
        y,
        width: xOf(value) - c.plotX,
        height: c.barHeight,
        valueX: xOf(value) + 6,
      };
      y += c.barHeight + c.barGap;
      return bar;
    });
    y += c.groupGap - c.barGap;
    return { label: row.label, labelY, bars };
  });
  const plotBottom = y;
  return {
    width: c.width,
    height: plotBottom + c.axisHeight,
    ticks: [0, 50, 100].map((value) => ({ value, x: xOf(value) })),
    plotBottom,
    groups,
  };
}

/** The chart's text alternative: every number it shows, in reading order. */
export function chartDescription(rows: readonly ChartRow[]): string {
  const parts = rows.map(
    (row) => `${row.label}: leadership ${row.scores.leadership}, management ${row.scores.management}.`,
  );
  return `Bar chart of your scores out of 100. ${parts.join(' ')}`;
}
