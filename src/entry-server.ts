import { render } from 'svelte/server';
import App from './App.svelte';
import type { Story } from './lib/types';

export type PageMode = 'page' | 'embed';

/**
 * Renders a story's dashboard to HTML at build time, with nothing selected, exactly as the
 * client will hydrate it: the same component, the same props.
 */
export function renderStory(story: Story, mode: PageMode, embedUrl: string | undefined): string {
  return render(App, { props: { story, mode, embedUrl } }).body;
}
