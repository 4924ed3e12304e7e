/**
 * On a page that opens with its check (the final check; CheckUpfront.astro): the check's first
 * part with the page, so that the options are in this attempt's order and the saved result is
 * shown before the learner can use them. The grading code still loads at the first press or focus
 * in the check, or when its end comes near the screen (lesson-check.ts).
 */
import { show } from './check-view';

for (const check of document.querySelectorAll<HTMLElement>('lesson-check[data-upfront]')) show(check, true);
