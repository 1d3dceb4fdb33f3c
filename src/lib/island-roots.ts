// The root components of the page's islands (`islands.ts`), in one module so that the first
// reach for either brings both in one request.
export { default as ControlsBar } from '../components/ControlsBar.svelte';
export { default as StoryTools } from '../components/StoryTools.svelte';
export { default as StoryHeader } from '../components/StoryHeader.svelte';
export { default as StoryNotes } from '../components/StoryNotes.svelte';
