/** URLs of the search code loaded on demand; provided by src/integrations/search.ts. */
declare module 'virtual:search-lazy-modules' {
  export const searchDialogUrl: string;
  export const highlightPageUrl: string;
}
