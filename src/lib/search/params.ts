/**
 * URL parameter names, apart from the helpers that use them: the always-loaded search trigger
 * needs only the name, and must not pull the rest of the search code into every page.
 */
export const QUERY_PARAM = 'q';
export const HIGHLIGHT_PARAM = 'highlight';
