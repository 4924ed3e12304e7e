/** URL of the check's code loaded on demand; provided by the lazyModules plugin in astro.config.mjs. */
declare module 'virtual:check-lazy-modules' {
  export const checkControllerUrl: string;
  /** A lesson page's progress code, loaded once the page is idle (src/components/progress/lesson-journey.ts). */
  export const lessonJourneyUrl: string;
}

/** URL of the saved result's code, loaded by check-view.ts when something is saved for the check. */
declare module 'virtual:check-saved-module' {
  export const checkSavedUrl: string;
}
