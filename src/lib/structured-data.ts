/**
 * schema.org JSON-LD for search engines: the home page describes the `Course` with its parts and
 * lessons; each lesson page is a `LearningResource` that is part of it, with its reading time and
 * what it teaches (its objectives). Callers pass absolute URLs; this module builds plain objects.
 */

export interface LessonFacts {
  title: string;
  description: string;
  url: string;
  minutes: number;
  kind: 'lesson' | 'case-study';
  objectives: readonly string[];
}

export interface CourseFacts {
  title: string;
  description: string;
  url: string;
  image: string;
  minutes: number;
  /**
   * Each part with its lessons, or, when the home page lists only the parts (a long course,
   * src/lib/outline.ts), with the address of its own page instead: the JSON-LD then stays as small.
   */
  parts: readonly {
    title: string;
    /** Left out when the page lists the parts without descriptions (many parts, src/lib/outline.ts). */
    description?: string;
    url?: string;
    lessons?: readonly { title: string; url: string }[];
  }[];
}

const CONTEXT = 'https://schema.org';

/** ISO 8601 duration, as schema.org's timeRequired expects: 7 → "PT7M". */
export function isoMinutes(minutes: number): string {
  return `PT${Math.round(minutes)}M`;
}

export function courseJsonLd(course: CourseFacts) {
  return {
    '@context': CONTEXT,
    '@type': 'Course',
    name: course.title,
    description: course.description,
    url: course.url,
    image: course.image,
    inLanguage: 'en',
    isAccessibleForFree: true,
    timeRequired: isoMinutes(course.minutes),
    hasPart: course.parts.map((part, i) => ({
      '@type': 'LearningResource',
      name: `Part ${i + 1}: ${part.title}`,
      ...(part.description === undefined ? {} : { description: part.description }),
      ...(part.url === undefined ? {} : { url: part.url }),
      ...(part.lessons === undefined
        ? {}
        : { hasPart: part.lessons.map((l) => ({ '@type': 'LearningResource', name: l.title, url: l.url })) }),
    })),
  };
}

export function lessonJsonLd(lesson: LessonFacts, course: { title: string; url: string }) {
  return {
    '@context': CONTEXT,
    '@type': 'LearningResource',
    name: lesson.title,
    description: lesson.description,
    url: lesson.url,
    learningResourceType: lesson.kind === 'case-study' ? 'Case study' : 'Lesson',
    inLanguage: 'en',
    timeRequired: isoMinutes(lesson.minutes),
    teaches: [...lesson.objectives],
    isPartOf: { '@type': 'Course', name: course.title, url: course.url },
  };
}

/** JSON for a `<script type="application/ld+json">`: compact, and `<` escaped so no text can end the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
