/** The header that carries the page's clock with each call to the harness (its handlers' "now"). */
export const PAGE_NOW_HEADER = 'x-aima-page-now';
