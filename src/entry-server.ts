import { render } from 'svelte/server';
import App from './App.svelte';
import Appendix from './components/Appendix.svelte';
import ControlsBar from './components/ControlsBar.svelte';
import StoryHeader from './components/StoryHeader.svelte';
import StoryNotes from './components/StoryNotes.svelte';
import StoryTools from './components/StoryTools.svelte';
import { INTERFACE_LANGUAGES, loadMessages } from './lib/i18n';
import { fillIsland } from './lib/island-markup';
import { QUOTES_FOLDER, type PageStory } from './lib/quote-chunks';
import { StoryPage } from './lib/story-page.svelte';

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
    app: withIslands(render(App, { props: { story, mode, embedUrl } }).body, story, mode, embedUrl),
    appendix: render(Appendix, { props: { story, collapsed: mode === 'embed' } }).body,
  };
}

/**
 * The page's markup with its islands (`Island`) rendered into it, as the host components would
 * have rendered them: the page's state as it starts, in the story's language. Each has ids of
 * its own (`idPrefix`), apart from the dashboard's.
 */
function withIslands(
  app: string,
  story: PageStory,
  mode: PageMode,
  embedUrl: string | undefined,
): string {
  const page = new StoryPage({ story: () => story, quotesUrl: () => `${QUOTES_FOLDER}/`, mode });
  const language = story.language;
  const bodies: Record<string, string> = {
    controls: render(ControlsBar, {
      props: { page, language, onpick: () => undefined },
      idPrefix: 'controls',
    }).body,
    tools: render(StoryTools, {
      props: { story, quotes: page.quotes, mode, embedUrl, language },
      idPrefix: 'tools',
    }).body,
    header: render(StoryHeader, { props: { story, language } }).body,
    notes: render(StoryNotes, { props: { story, index: page.model.index, language } }).body,
  };
  return Object.entries(bodies).reduce((html, [name, body]) => fillIsland(html, name, body), app);
}
