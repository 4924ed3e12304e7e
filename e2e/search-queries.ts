/**
 * Search quality as data: what learners type, and the lesson each query should bring up in the
 * top three results (e2e/search-quality.spec.ts). Phrased the way people search (lowercase,
 * loose, half-remembered), not copied from headings. When a lesson changes, rerun the spec; when
 * a query fails, tune the index (weights, what is indexed, a lesson's searchTerms) or the ranking
 * (src/lib/search/rank.ts), never the lesson text to suit the query.
 */
export interface SearchQuery {
  query: string;
  /** The id of the lesson (its file name in content/lessons/) that should be in the top three. */
  lesson: string;
}

export const SEARCH_QUERIES: readonly SearchQuery[] = [
  // What management is
  { query: 'only i know how anything works', lesson: 'what-management-is' },
  { query: 'rotas checklists budgets', lesson: 'what-management-is' },
  { query: 'dry cleaner lost a suit', lesson: 'what-management-is' },
  { query: 'day off without everything falling apart', lesson: 'what-management-is' },
  // What leadership is
  { query: 'can you lead if you are not the boss', lesson: 'what-leadership-is' },
  { query: 'keep staff motivated', lesson: 'what-leadership-is' },
  { query: 'designers stopped suggesting ideas', lesson: 'what-leadership-is' },
  // Difference one: focus
  { query: 'how vs why', lesson: 'difference-focus' },
  { query: 'clients not turning up to appointments', lesson: 'difference-focus' },
  { query: 'looking at the business through a different lens', lesson: 'difference-focus' },
  // Difference two: risk
  { query: 'how much risk should i take', lesson: 'difference-risk' },
  { query: 'danger of doing nothing', lesson: 'difference-risk' },
  { query: 'big order croissants bakery', lesson: 'difference-risk' },
  { query: 'try it small before a big change', lesson: 'difference-risk' },
  // Difference three: communication
  { query: 'how to give clear instructions', lesson: 'difference-communication' },
  { query: 'compliance or commitment', lesson: 'difference-communication' },
  { query: 'allergen labels cafe', lesson: 'difference-communication' },
  { query: 'telling a story to get people on board', lesson: 'difference-communication' },
  // Not either/or
  { query: 'what to do in a crisis', lesson: 'not-either-or' },
  { query: 'burst pipe flooded kitchen', lesson: 'not-either-or' },
  { query: 'should i lead or manage while the business is growing', lesson: 'not-either-or' },
  { query: 'micromanaging', lesson: 'not-either-or' },
  // Steve Jobs
  { query: 'steve jobs', lesson: 'steve-jobs' },
  { query: 'jobs was hard to work for', lesson: 'steve-jobs' },
  { query: 'macintosh schedule', lesson: 'steve-jobs' },
  // Tim Cook
  { query: 'tim cook', lesson: 'tim-cook' },
  { query: 'apple supply chain', lesson: 'tim-cook' },
  { query: 'taking over from the founder', lesson: 'tim-cook' },
  // Leader or manager?
  { query: 'am i more of a leader or a manager', lesson: 'leader-or-manager' },
  { query: '30 day plan', lesson: 'leader-or-manager' },
  { query: 'hate spreadsheets', lesson: 'leader-or-manager' },
  { query: 'cover my weak side', lesson: 'leader-or-manager' },

  // Learners' own words, found through lessons' searchTerms and glossary terms' aka
  // (content/lessons/*.mdx, content/glossary.yaml). Abbreviations:
  { query: 'KPIs', lesson: 'what-management-is' },
  { query: 'SOP', lesson: 'what-management-is' },
  { query: 'apple ceo', lesson: 'tim-cook' },
  { query: 'EQ', lesson: 'steve-jobs' },
  // Synonyms and phrases from the wider management literature:
  { query: 'key performance indicators', lesson: 'what-management-is' },
  { query: 'time management', lesson: 'what-management-is' },
  { query: 'influence without authority', lesson: 'what-leadership-is' },
  { query: 'leadership qualities', lesson: 'what-leadership-is' },
  { query: 'task oriented or people oriented', lesson: 'difference-focus' },
  { query: 'big picture thinking', lesson: 'difference-focus' },
  { query: 'fear of failure', lesson: 'difference-risk' },
  { query: 'pilot a new idea', lesson: 'difference-risk' },
  { query: 'giving feedback', lesson: 'difference-communication' },
  { query: 'storytelling', lesson: 'difference-communication' },
  { query: 'situational leadership', lesson: 'not-either-or' },
  { query: 'reality distortion field', lesson: 'steve-jobs' },
  { query: 'supply chain operations', lesson: 'tim-cook' },
  // Questions in plain words:
  { query: 'how do i motivate my team', lesson: 'what-leadership-is' },
  { query: 'how do i get staff buy-in', lesson: 'difference-communication' },
  { query: 'my boss is really demanding', lesson: 'steve-jobs' },
  { query: 'how can i improve my leadership skills', lesson: 'leader-or-manager' },
  { query: 'crisis', lesson: 'not-either-or' },
  // The source article's own phrases:
  { query: 'leadership vs management', lesson: 'not-either-or' },
  { query: 'two sides of the same coin', lesson: 'not-either-or' },
  { query: 'when to lead and when to manage', lesson: 'not-either-or' },
  { query: 'risk-averse', lesson: 'difference-risk' },
  { query: 'ignite passion', lesson: 'difference-communication' },
  { query: 'maintaining order', lesson: 'what-management-is' },
  // Typos (corrected by "Did you mean", src/lib/search/spelling.ts):
  { query: 'leadrship', lesson: 'what-leadership-is' },
  { query: 'managment basics', lesson: 'what-management-is' },
  { query: 'comunication styles', lesson: 'difference-communication' },
  { query: 'micromanagment', lesson: 'not-either-or' },
  { query: 'stev jobs', lesson: 'steve-jobs' },
];
