/** The social card of the home page (`home`) and of each lesson, rendered at build time (src/images/render.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourse, partOf } from '../../data/course';
import { totalMinutes } from '../../lib/course';
import { partLabel } from '../../lib/search/filters';
import type { CardText } from '../../lib/social-card';
import { renderCard } from '../../images/render';

export const getStaticPaths = (async () => {
  const course = await getCourse();
  const count = course.lessons.length;
  const home: CardText = {
    course: course.title,
    title: course.tagline,
    footer: `${count} lessons in ${course.parts.length} parts · about ${totalMinutes(course.lessons)} minutes`,
  };
  return [
    { params: { card: 'home' }, props: { text: home } },
    ...course.lessons.map((lesson) => {
      const { title, kind, order, minutes } = lesson.data;
      const text: CardText = {
        course: course.title,
        eyebrow: partLabel(partOf(course, lesson)),
        title,
        footer: `${kind === 'case-study' ? 'Case study' : 'Lesson'} ${order} of ${count} · about ${minutes} minutes`,
      };
      return { params: { card: lesson.id }, props: { text } };
    }),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(props.text)), { headers: { 'Content-Type': 'image/png' } });
