/**
 * Where the content lives. The model itself (every field and rule) is in
 * `src/schemas/content.ts`; this file only points Astro's loaders at `content/`.
 * Rules that span several files (lesson order, parts, glossary links, the lessons
 * a "From earlier" or final-check question draws on) are checked in
 * `src/data/course.ts`, which every page goes through.
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import {
  courseSchema,
  finalCheckSchema,
  glossaryEntrySchema,
  lessonSchema,
  selfAssessmentSchema,
} from './schemas/content';
import { FINAL_CHECK_ID } from './lib/progress/progress';

// The content folder; COURSE_CONTENT_DIR lets a benchmark build a generated course without touching content/.
const CONTENT_DIR = (process.env.COURSE_CONTENT_DIR || './content').replace(/\/+$/, '');

/** A YAML file that a course may leave out (a generated course has neither): an empty collection then. */
function optionalFile(path: string, options?: Parameters<typeof file>[1]): Loader {
  const loader = file(path, options);
  return {
    name: 'optional-file-loader',
    load: async (context) => {
      if (existsSync(new URL(path, context.config.root))) return loader.load(context);
      context.store.clear();
    },
  };
}

export const collections = {
  lessons: defineCollection({
    // Ids are the file names: content/lessons/what-management-is.mdx → /lessons/what-management-is/.
    // Two files with the same id fail the build (prerenderConflictBehavior: 'error' in astro.config.mjs).
    loader: glob({ pattern: '**/*.mdx', base: `${CONTENT_DIR}/lessons` }),
    schema: lessonSchema,
  }),
  course: defineCollection({
    loader: file(`${CONTENT_DIR}/course.yaml`),
    schema: courseSchema,
  }),
  glossary: defineCollection({
    loader: file(`${CONTENT_DIR}/glossary.yaml`),
    schema: glossaryEntrySchema,
  }),
  // One entry, "final-check": the final check's title, description and questions (no file, no page).
  finalCheck: defineCollection({
    loader: optionalFile(`${CONTENT_DIR}/final-check.yaml`, {
      parser: (text) => ({ [FINAL_CHECK_ID]: parseYaml(text) }),
    }),
    schema: finalCheckSchema,
  }),
  // One entry, "self-assessment": the statements and readings of /self-assessment/ (no file, no page).
  selfAssessment: defineCollection({
    loader: optionalFile(`${CONTENT_DIR}/self-assessment.yaml`),
    schema: selfAssessmentSchema,
  }),
};
