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
import { courseSchema, finalCheckSchema, glossaryEntrySchema, lessonSchema } from './schemas/content';
import { FINAL_CHECK_ID } from './lib/progress/progress';

// The content folder; COURSE_CONTENT_DIR lets a benchmark build a generated course without touching content/.
const CONTENT_DIR = (process.env.COURSE_CONTENT_DIR || './content').replace(/\/+$/, '');

/**
 * The final check is one YAML document (title, description, check), read as the single entry
 * "final-check". The file is optional: without it the collection is empty and no page is made.
 */
function finalCheckLoader(path: string): Loader {
  const loader = file(path, { parser: (text) => ({ [FINAL_CHECK_ID]: parseYaml(text) }) });
  return {
    name: 'final-check-loader',
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
  finalCheck: defineCollection({
    loader: finalCheckLoader(`${CONTENT_DIR}/final-check.yaml`),
    schema: finalCheckSchema,
  }),
};
