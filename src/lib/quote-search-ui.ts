/**
 * What the quote search imports when a reader first uses it: the matching and the list that
 * shows its results. Most readers never search, so neither is in the page's module.
 */
export { matchExcerpt, searchQuotes } from './quote-search';
export { default as SearchResults } from '../components/SearchResults.svelte';
