/** URLs of the note code loaded on demand; provided by src/integrations/lazy-modules.ts (astro.config.mjs). */
declare module 'virtual:notes-lazy-modules' {
  export const noteEditorUrl: string;
}
