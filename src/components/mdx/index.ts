/** The components every lesson can use without importing them (passed to <Content components>). */
import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import PullQuote from './PullQuote.astro';
import Reflection from './Reflection.astro';
import Scenario from './Scenario.astro';
import Term from './Term.astro';

export const lessonComponents = { Callout, Comparison, PullQuote, Reflection, Scenario, Term };
