/** URL of the check's code loaded on demand; provided by the lazyModules plugin in astro.config.mjs. */
declare module 'virtual:check-lazy-modules' {
  export const checkControllerUrl: string;
  /** A lesson page's progress code, loaded once the page is idle (src/components/progress/lesson-journey.ts). */
  export const lessonJourneyUrl: string;
}
