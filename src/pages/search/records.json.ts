/**
 * /search/records.json: build input for the search index, not a file the site serves. The search
 * integration reads it after the build (lessons' searchTerms, glossary terms with their other
 * names), indexes it with the pages and deletes it (src/lib/search/records.ts).
 */
import type { APIRoute } from 'astro';
import { getCourse } from '../../data/course';
import { glossaryTermUrl, routes } from '../../lib/routes';
import { kindLabel } from '../../lib/search/filters';
import type { SearchRecords } from '../../lib/search/records';

export const GET: APIRoute = async () => {
  const course = await getCourse();
  const body: SearchRecords = {
    pages: course.lessons.map((lesson) => ({ url: routes.lesson(lesson.id), terms: lesson.data.searchTerms ?? [] })),
    glossary: course.glossary.map((entry) => ({
      url: glossaryTermUrl({ id: entry.id, term: entry.data.term }, course.glossary.length),
      term: entry.data.term,
      definition: entry.data.definition,
      aka: entry.data.aka ?? [],
      kind: kindLabel('glossary'),
    })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
