/**
 * The self-assessment chart, as geometry and words: where each bar goes in the SVG, and the text
 * alternative that says the same numbers. Pure, so the page's script only turns it into elements.
 *
 * Layout: per difference a label line, then a leadership and a management bar, each labelled with
 * its side on the left and its score at its end, so no colour has to be decoded. Grid lines at 0,
 * 50 and 100 run behind the bars. Horizontal positions are percentages of the chart's width and
 * vertical ones are pixels, so the SVG fills any width while its text keeps the page's size (a
 * scaled viewBox would shrink the labels to unreadable on a phone).
 */
import type { Side } from '../../schemas/content';
import { SIDES, type SideScores } from './scoring';

export interface ChartRow {
  label: string;
  scores: SideScores;
}

export const SIDE_LABELS: Record<Side, string> = { leadership: 'Leadership', management: 'Management' };

export const CHART = {
  /** Percent of the width: where bars start (after the side labels), and how wide 100 points is. */
  plotX: 32,
  plotWidth: 56,
  /** Pixels. */
  groupLabelHeight: 24,
  barHeight: 20,
  barGap: 6,
  groupGap: 16,
  axisHeight: 22,
} as const;

interface Bar {
  side: Side;
  label: string;
  value: number;
  /** Percent of the chart's width. */
  x: number;
  width: number;
  /** Where the score is written (percent): at the bar's end; the SVG adds a small gap. */
  valueX: number;
  /** Pixels. */
  y: number;
  height: number;
}

export interface ChartLayout {
  /** Pixels. */
  height: number;
  /** Grid lines (x in percent) run from 0 to plotBottom (pixels); their labels sit below. */
  ticks: { value: number; x: number }[];
  plotBottom: number;
  groups: { label: string; labelY: number; bars: Bar[] }[];
}

const clamp = (n: number) => Math.min(100, Math.max(0, n));

export function chartLayout(rows: readonly ChartRow[]): ChartLayout {
  const c = CHART;
  const width = (value: number) => (clamp(value) / 100) * c.plotWidth;
  let y = 0;
  const groups = rows.map((row) => {
    const labelY = y + 16;
    y += c.groupLabelHeight;
    const bars = SIDES.map((side): Bar => {
      const value = row.scores[side];
      const bar: Bar = {
        side,
        label: SIDE_LABELS[side],
        value,
        x: c.plotX,
        width: width(value),
        valueX: c.plotX + width(value),
        y,
        height: c.barHeight,
      };
      y += c.barHeight + c.barGap;
      return bar;
    });
    y += c.groupGap - c.barGap;
    return { label: row.label, labelY, bars };
  });
  return {
    height: y + c.axisHeight,
    ticks: [0, 50, 100].map((value) => ({ value, x: c.plotX + width(value) })),
    plotBottom: y,
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
