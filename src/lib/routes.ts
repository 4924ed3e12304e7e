/**
 * Every internal URL of the site is built here, so the site works under a base path
 * (`BASE_PATH=/course/`, as on GitHub Pages) as well as at the root of a domain.
 * Components and scripts call these instead of writing "/lessons/…" themselves.
 */

/** Joins a base path and a site path: `joinBase('/course', '/lessons/x/')` → `/course/lessons/x/`. */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** The address of a site path under the configured base (`import.meta.env.BASE_URL`). */
export function url(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export const routes = {
  home: (hash = '') => url(`/${hash}`),
  lesson: (id: string, hash = '') => url(`/lessons/${id}/${hash}`),
  glossary: (termId?: string) => url(termId ? `/glossary/#${termId}` : '/glossary/'),
  /** `query` is a query string such as "?q=risk", or empty. */
  search: (query = '') => url(`/search/${query}`),
  selfAssessment: () => url('/self-assessment/'),
  asset: (file: string) => url(`/${file}`),
};
