import { describe, expect, it } from 'vitest';
import { courseJsonLd, isoMinutes, jsonLdText, lessonJsonLd } from './structured-data';

const COURSE = { title: 'Lead & Manage', url: 'https://example.org/course/' };

describe('lessonJsonLd', () => {
  it('describes a lesson as a LearningResource of the course, with its time and objectives', () => {
    const data = lessonJsonLd(
      {
        title: 'What management is',
        description: 'The work of managing.',
        url: 'https://example.org/course/lessons/what-management-is/',
        minutes: 7,
        kind: 'lesson',
        objectives: ['Describe what a manager does.', 'Spot management tools.'],
      },
      COURSE,
    );
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'LearningResource',
      name: 'What management is',
      description: 'The work of managing.',
      url: 'https://example.org/course/lessons/what-management-is/',
      learningResourceType: 'Lesson',
      inLanguage: 'en',
      timeRequired: 'PT7M',
      teaches: ['Describe what a manager does.', 'Spot management tools.'],
      isPartOf: { '@type': 'Course', name: 'Lead & Manage', url: 'https://example.org/course/' },
    });
  });

  it('names a case study as such', () => {
    const data = lessonJsonLd(
      { title: 'T', description: 'D', url: 'u', minutes: 9, kind: 'case-study', objectives: [] },
      COURSE,
    );
    expect(data.learningResourceType).toBe('Case study');
  });
});

describe('courseJsonLd', () => {
  it('lists the parts in order, each with its lessons', () => {
    const data = courseJsonLd({
      ...COURSE,
      description: 'A short course.',
      image: 'https://example.org/course/social/home.png',
      minutes: 70,
      parts: [
        { title: 'Foundations', description: 'First.', lessons: [{ title: 'A', url: 'https://example.org/a/' }] },
        { title: 'Using both', description: 'Then.', lessons: [] },
      ],
    });
    expect(data['@type']).toBe('Course');
    expect(data.timeRequired).toBe('PT70M');
    expect(data.hasPart.map((p) => p.name)).toEqual(['Part 1: Foundations', 'Part 2: Using both']);
    expect(data.hasPart[0]!.hasPart).toEqual([
      { '@type': 'LearningResource', name: 'A', url: 'https://example.org/a/' },
    ]);
  });

  it('names each part by its own page, without its lessons, when the home page lists only the parts', () => {
    const data = courseJsonLd({
      ...COURSE,
      description: 'A long course.',
      image: 'https://example.org/course/social/home.png',
      minutes: 7000,
      parts: [{ title: 'Foundations', description: 'First.', url: 'https://example.org/parts/foundations/' }],
    });
    expect(data.hasPart).toEqual([
      {
        '@type': 'LearningResource',
        name: 'Part 1: Foundations',
        description: 'First.',
        url: 'https://example.org/parts/foundations/',
      },
    ]);
  });
});

describe('helpers', () => {
  it('writes minutes as an ISO 8601 duration', () => {
    expect(isoMinutes(7)).toBe('PT7M');
    expect(isoMinutes(70)).toBe('PT70M');
  });

  it('keeps JSON-LD from closing its script element', () => {
    const text = jsonLdText({ name: 'a </script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ name: 'a </script><script>alert(1)</script>' });
  });

  it('leaves out part descriptions the page does not show (a course with many parts)', () => {
    const data = courseJsonLd({
      ...COURSE,
      description: 'A long course.',
      image: 'https://example.org/course/social/home.png',
      minutes: 7000,
      parts: [{ title: 'Foundations', url: 'https://example.org/parts/foundations/' }],
    });
    expect(data.hasPart).toEqual([
      { '@type': 'LearningResource', name: 'Part 1: Foundations', url: 'https://example.org/parts/foundations/' },
    ]);
  });
});
