/** URL of the check's controller for the review page; provided by the lazyModules plugin in astro.config.mjs. */
declare module 'virtual:review-lazy-modules' {
  export const checkControllerUrl: string;
}
