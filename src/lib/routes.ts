/**
 * Every internal URL of the site is built here, so the site works under a base path
 * (`BASE_PATH=/course/`, as on GitHub Pages) as well as at the root of a domain.
 * Components and scripts call these instead of writing "/lessons/…" themselves.
 */
import { glossaryIsSplit, letterOf } from './glossary-pages';

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
  /** A part's own page: its lessons, with breadcrumb and outline (src/pages/parts/[id].astro). */
  part: (id: string) => url(`/parts/${id}/`),
  finalCheck: () => url('/final-check/'),
  /** The glossary: the one page, or the A–Z index when it is split by letter (src/lib/glossary-pages.ts). */
  glossary: () => url('/glossary/'),
  /** `query` is a query string such as "?q=risk", or empty. */
  search: (query = '') => url(`/search/${query}`),
  /** What the search dialog offers before anything is typed (src/pages/search/suggestions.json.ts). */
  searchSuggestions: () => url('/search/suggestions.json'),
  /** The words "Did you mean" draws on, written with the search index (src/lib/search/spelling.ts). */
  searchVocabulary: () => url('/pagefind/vocabulary.json'),
  selfAssessment: () => url('/self-assessment/'),
  /** The learner's progress: every lesson's state, export, import and reset (src/pages/progress.astro). */
  progress: () => url('/progress/'),
  /** The printable completion record (src/pages/certificate.astro). */
  certificate: () => url('/certificate/'),
  asset: (file: string) => url(`/${file}`),
  /** A page's social card: "home" or a lesson id (src/pages/social/[card].png.ts). */
  socialCard: (card: string) => url(`/social/${card}.png`),
  /** PNG icons drawn from the SVG mark (src/pages/icons/[icon].png.ts). */
  icon: (name: string) => url(`/icons/${name}.png`),
  manifest: () => url('/manifest.webmanifest'),
  sitemap: () => url('/sitemap-index.xml'),
};

// The glossary's term and letter links are functions of their own, not members of `routes`: the
// browser bundles that import `routes` then leave them (and the glossary's rules) out.

/**
 * A term's entry: `/glossary/#<id>` on a one-page glossary, `/glossary/<letter>/#<id>` when a
 * glossary of `termCount` terms is split by letter (src/lib/glossary-pages.ts). Every link to a term
 * goes through here.
 */
export function glossaryTermUrl(entry: { id: string; term: string }, termCount: number): string {
  return url(`/glossary/${glossaryIsSplit(termCount) ? `${letterOf(entry.term)}/` : ''}#${entry.id}`);
}

/** A letter's page of a split glossary: "d" → `/glossary/d/`, or "other". */
export function glossaryLetterUrl(key: string): string {
  return url(`/glossary/${key}/`);
}

/**
 * The questions to review, missed or due again (src/pages/review.astro). Not a member of `routes`:
 * every page's search button bundles `routes`, and a lesson page has no bytes to spare.
 */
export function reviewUrl(): string {
  return url('/review/');
}

/**
 * One question of a check as the review page loads it, without its answer
 * (src/components/review/ReviewQuestions.astro). Not a member of `routes`, like the glossary's:
 * only the review page's bundle needs it.
 */
export function reviewQuestionUrl(checkId: string, questionId: string): string {
  return url(`/review/questions/${checkId}/${questionId}/`);
}

/** A check's questions with their answers, loaded with the review page's grading code. */
export function reviewAnswersUrl(checkId: string): string {
  return url(`/review/questions/${checkId}/answers/`);
}

/** An absolute URL on the published site (canonical links, sharing tags, sitemap), from a URL path. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('the site URL is not set (SITE_URL; see astro.config.mjs)');
  return new URL(path, site).href;
}
