/** The web app manifest: name, colours and the PNG icons, with every URL under the base path. */
import type { APIRoute } from 'astro';
import { getCourse } from '../data/course';
import { routes } from '../lib/routes';

export const GET: APIRoute = async () => {
  const course = await getCourse();
  const manifest = {
    name: course.title,
    short_name: course.title,
    description: course.tagline,
    lang: 'en',
    start_url: routes.home(),
    scope: routes.home(),
    display: 'minimal-ui',
    background_color: '#ffffff',
    theme_color: '#3730a3',
    icons: [
      { src: routes.icon('icon-192'), sizes: '192x192', type: 'image/png' },
      { src: routes.icon('icon-512'), sizes: '512x512', type: 'image/png' },
      { src: routes.icon('icon-maskable-512'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: routes.asset('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
