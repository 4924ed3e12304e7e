/** URL of the check's code loaded on demand; provided by the lazyModules plugin in astro.config.mjs. */
declare module 'virtual:check-lazy-modules' {
  export const checkControllerUrl: string;
}
