/** Marks the links that Up/Down move between in search: results, their sections and suggestions. */
export const NAV_ATTR_NAME = 'data-search-nav';
