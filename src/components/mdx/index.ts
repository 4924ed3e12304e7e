/** The components every lesson can use without importing them (passed to <Content components>). */
import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import LessonLink from './LessonLink.astro';
import PullQuote from './PullQuote.astro';
import Reflection from './Reflection.astro';
import Scenario from './Scenario.astro';
import Term from './Term.astro';

// `a` renders every Markdown link, so links written from the site root follow the base path.
export const lessonComponents = { a: LessonLink, Callout, Comparison, PullQuote, Reflection, Scenario, Term };
