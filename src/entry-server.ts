import { render } from 'svelte/server';
import App from './App.svelte';
import Appendix from './components/Appendix.svelte';
import { INTERFACE_LANGUAGES, loadMessages } from './lib/i18n';
import type { PageStory } from './lib/quote-chunks';

export type PageMode = 'page' | 'embed';

export interface RenderedStory {
  /** The dashboard, rendered with nothing selected exactly as the client will hydrate it. */
  app: string;
  /** Every position as text, under the dashboard; static, never hydrated. */
  appendix: string;
}

// Every interface language, loaded while the build imports this module: the build renders
// pages synchronously, and its module runner is closed once the import is done.
await Promise.all(INTERFACE_LANGUAGES.map(loadMessages));

/** Renders a story's page at build time. */
export function renderStory(
  story: PageStory,
  mode: PageMode,
  embedUrl: string | undefined,
): RenderedStory {
  return {
    app: render(App, { props: { story, mode, embedUrl } }).body,
    appendix: render(Appendix, { props: { story, collapsed: mode === 'embed' } }).body,
  };
}
