import { describe, expect, it } from 'vitest';
import {
  HOME_LISTS_LESSONS_UP_TO,
  PART_DESCRIPTIONS_UP_TO,
  describesParts,
  homeListsEveryLesson,
  outlineWindow,
} from './outline';

describe('homeListsEveryLesson', () => {
  it('lists every lesson on the home page up to the threshold, and only the parts above it', () => {
    expect(homeListsEveryLesson(9)).toBe(true);
    expect(homeListsEveryLesson(HOME_LISTS_LESSONS_UP_TO)).toBe(true);
    expect(homeListsEveryLesson(HOME_LISTS_LESSONS_UP_TO + 1)).toBe(false);
    expect(homeListsEveryLesson(1000)).toBe(false);
  });
});

describe('describesParts', () => {
  it("gives each part's description up to the threshold, titles and counts only above it", () => {
    expect(describesParts(5)).toBe(true);
    expect(describesParts(PART_DESCRIPTIONS_UP_TO)).toBe(true);
    expect(describesParts(PART_DESCRIPTIONS_UP_TO + 1)).toBe(false);
    expect(describesParts(40)).toBe(false);
  });
});

describe('outlineWindow', () => {
  it('shows a whole part that fits', () => {
    expect(outlineWindow(5, 2)).toEqual({ start: 0, end: 5, partial: false });
    expect(outlineWindow(21, 0)).toEqual({ start: 0, end: 21, partial: false });
  });

  it('shows the radius on each side of the current lesson in a long part', () => {
    expect(outlineWindow(200, 100)).toEqual({ start: 90, end: 111, partial: true });
    expect(outlineWindow(200, 100, 2)).toEqual({ start: 98, end: 103, partial: true });
  });

  it('keeps the window full at either end of the part', () => {
    expect(outlineWindow(200, 0)).toEqual({ start: 0, end: 21, partial: true });
    expect(outlineWindow(200, 3)).toEqual({ start: 0, end: 21, partial: true });
    expect(outlineWindow(200, 199)).toEqual({ start: 179, end: 200, partial: true });
    expect(outlineWindow(22, 21)).toEqual({ start: 1, end: 22, partial: true });
  });

  it('always contains the current lesson', () => {
    for (let count = 1; count < 60; count++)
      for (let current = 0; current < count; current++) {
        const w = outlineWindow(count, current, 4);
        expect(w.start).toBeLessThanOrEqual(current);
        expect(w.end).toBeGreaterThan(current);
        expect(w.end - w.start).toBe(Math.min(count, 9));
      }
  });

  it('is empty for a part without lessons', () => {
    expect(outlineWindow(0, 0)).toEqual({ start: 0, end: 0, partial: false });
  });
});
