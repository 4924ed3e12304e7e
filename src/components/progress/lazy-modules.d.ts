/** URL of the progress page's actions, loaded on the first press; provided by src/integrations/lazy-modules.ts. */
declare module 'virtual:progress-lazy-modules' {
  export const progressActionsUrl: string;
}
