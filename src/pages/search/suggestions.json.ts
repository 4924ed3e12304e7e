/**
 * /search/suggestions.json: what the search dialog offers before anything is typed. The dialog is
 * built only when search is first opened (search-dialog.ts), so these lists are fetched then too,
 * rather than sitting in every page's HTML.
 */
import type { APIRoute } from 'astro';
import { getCourse } from '../../data/course';
import { glossaryTermUrl, routes } from '../../lib/routes';
import {
  DIALOG_SUGGESTED_TERMS,
  firstLessonOfEachPart,
  mostUsedTerms,
  type SearchSuggestions,
} from '../../lib/search/suggestions';

export const GET: APIRoute = async () => {
  const course = await getCourse();
  const body: SearchSuggestions = {
    lessons: firstLessonOfEachPart(course.parts).map(({ part, lesson }) => ({
      title: lesson.data.title,
      href: routes.lesson(lesson.id),
      part: part.number,
    })),
    terms: mostUsedTerms(course.glossary, DIALOG_SUGGESTED_TERMS).map((entry) => ({
      term: entry.data.term,
      href: glossaryTermUrl({ id: entry.id, term: entry.data.term }, course.glossary.length),
    })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
