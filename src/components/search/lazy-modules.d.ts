/** URLs of the search code loaded on demand; provided by src/integrations/search.ts. */
declare module 'virtual:search-lazy-modules' {
  export const searchDialogUrl: string;
  export const highlightPageUrl: string;
  /** The chunks the dialog imports and Pagefind's script: fetched in parallel with the dialog. */
  export const searchDialogPreloads: string[];
  /** The dialog's suggestions (routes.searchSuggestions()), fetched in parallel with it. */
  export const searchSuggestionsUrl: string;
  /** Pagefind's WebAssembly (a fixed name), fetched in parallel with the dialog too. */
  export const pagefindWasmUrl: string;
}

/** The spelling correction's code, loaded when a search looks misspelt; provided by the lazyModules plugin in astro.config.mjs. */
declare module 'virtual:search-spelling-module' {
  export const spellingCorrectionUrl: string;
}
