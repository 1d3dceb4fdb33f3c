import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import StoryErrors from './components/StoryErrors.svelte';
import { cellHashFromParent, startEmbedChild } from './lib/embed-child';
import { readEmbeddedStory } from './lib/embedded-story';
import { themeFromSearch } from './lib/theme';
import './styles.css';

const target = document.getElementById('app');
const theme = themeFromSearch(location.search);
if (theme) document.documentElement.dataset.theme = theme;

if (target) {
  const mode = target.dataset.mode === 'embed' ? 'embed' : 'page';
  const embedUrl = target.dataset.embedUrl;
  const child = mode === 'embed' ? startEmbedChild(window, document.body) : undefined;
  if (mode === 'embed') {
    const hash = cellHashFromParent(location.search, location.hash);
    if (hash) history.replaceState(null, '', hash);
  }
  const result = readEmbeddedStory(document);
  if (result.ok) {
    const props = {
      story: result.story,
      mode,
      embedUrl,
      onselectionchange: child?.reportSelection,
    } as const;
    // The build prerenders the page: keep its nodes. The dev server sends an empty root.
    if (target.hasChildNodes()) hydrate(App, { target, props });
    else mount(App, { target, props });
  } else {
    target.replaceChildren();
    mount(StoryErrors, { target, props: { errors: result.errors } });
  }
}
