/**
 * The course as pages see it: read from the content collections once per
 * build, checked across files, and handed out already ordered and grouped.
 * Problems that no single file can see (duplicate order, an unknown part, a
 * glossary link to a missing lesson) stop the build here, naming the file.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { findCourseProblems, groupByPart, sortLessons, type PartWithLessons } from '../lib/course';
import type { CourseData } from '../schemas/content';

export type Lesson = CollectionEntry<'lessons'>;
type GlossaryEntry = CollectionEntry<'glossary'>;

export interface Course extends CourseData {
  lessons: Lesson[];
  parts: PartWithLessons<Lesson>[];
  glossary: GlossaryEntry[];
}

let loaded: Promise<Course> | undefined;

export function getCourse(): Promise<Course> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<Course> {
  const entry = await getEntry('course', 'course');
  if (!entry) {
    throw new Error('content/course.yaml: the file must hold one entry named "course" (title, tagline, parts…)');
  }
  const lessons = sortLessons(await getCollection('lessons'));
  const glossary = (await getCollection('glossary')).sort((a, b) =>
    a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }),
  );
  const problems = findCourseProblems(
    entry.data,
    lessons,
    glossary.map((g) => ({ id: g.id, lessons: g.data.lessons })),
  );
  if (problems.length > 0) {
    throw new Error(`The course content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
  return { ...entry.data, lessons, parts: groupByPart(entry.data.parts, lessons), glossary };
}

export function partOf(course: Course, lesson: Lesson): PartWithLessons<Lesson> {
  const part = course.parts.find((p) => p.id === lesson.data.part);
  if (!part) throw new Error(`${lesson.filePath}: unknown part "${lesson.data.part}"`);
  return part;
}
