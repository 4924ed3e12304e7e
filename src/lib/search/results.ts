/**
 * A Pagefind result as the UI shows it: title, part, kind, an excerpt with the matched words,
 * and up to a few sections of the page that match best, each linking to its heading.
 */
import { parseExcerpt, sameExcerpt, trimExcerpt, type ExcerptPart } from './excerpt';

/** The parts of Pagefind's result data this site uses (pagefind.js has no types of its own). */
interface PagefindLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: PagefindLocation[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's (or glossary term's) whole indexed text, already in the fragment. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

interface SectionView {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}

export interface ResultView {
  url: string;
  title: string;
  kind?: string;
  part?: string;
  minutes?: number;
  excerpt: ExcerptPart[];
  sections: SectionView[];
}

const MAX_SECTIONS = 3;

const withoutHash = (url: string) => url.split('#')[0] ?? url;

function sectionScore(sub: PagefindSubResult): number {
  return (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
}

export function toResultView(data: PagefindResultData, maxSections = MAX_SECTIONS): ResultView {
  const pageUrl = withoutHash(data.url);
  const sections = data.sub_results
    // The part of the page before its first heading comes back as a "section" that is the page
    // itself (for a glossary term, whose record is an anchor, with that very URL).
    .filter((sub) => sub.url.includes('#') && withoutHash(sub.url) === pageUrl && sub.url !== data.url)
    .map((sub, index) => ({ sub, index, score: sectionScore(sub) }))
    // Best-matching sections first; ties keep the order of the page.
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, maxSections)
    .map(({ sub }) => ({
      url: sub.url,
      title: sub.title,
      // A section's text starts with its heading; where it ends is only known for the page's last.
      excerpt: trimExcerpt(parseExcerpt(sub.excerpt), data.content, sub.title),
    }));
  let excerpt = trimExcerpt(parseExcerpt(data.excerpt), data.content, data.meta.title);
  // The page's excerpt is often one of its sections' again: shown once, under the section, which
  // says where in the page it is.
  if (sections.some((s) => sameExcerpt(s.excerpt, excerpt))) excerpt = [];
  const minutes = Number(data.meta.minutes);
  return {
    url: data.url,
    title: data.meta.title?.trim() || pageUrl,
    kind: data.filters.kind?.[0],
    part: data.meta.part,
    minutes: Number.isFinite(minutes) && minutes > 0 ? minutes : undefined,
    excerpt,
    sections,
  };
}

/**
 * The line under a result's title: "Part 2: Three differences · Lesson · 7 min". The kind is left
 * out when it would only repeat the title (the glossary's result is titled "Glossary").
 */
export function resultDetails(view: Pick<ResultView, 'title' | 'kind' | 'part' | 'minutes'>): string {
  const kind = view.kind === view.title ? undefined : view.kind;
  return [view.part, kind, view.minutes ? `${view.minutes} min` : undefined].filter(Boolean).join(' · ');
}
