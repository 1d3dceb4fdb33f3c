/**
 * What the embed dialog imports when a reader first opens it: the snippets and the list that
 * shows them. Few readers embed the graphic, so neither is in the page's module.
 */
export { default as EmbedSnippetList } from '../components/EmbedSnippetList.svelte';
