import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import StoryErrors from './components/StoryErrors.svelte';
import { cellHashFromParent, startEmbedChild } from './lib/embed-child';
import { readEmbeddedStory } from './lib/embedded-story';
import { resolveLanguage } from './lib/i18n';
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
    const language = resolveLanguage(result.story.language, location.search);
    const props = {
      story: result.story,
      mode,
      embedUrl,
      language,
      onselectionchange: child?.reportSelection,
    } as const;
    // The build prerenders the page in the story's language: keep its nodes. A `?lang=`
    // override renders afresh, as does the dev server, which sends an empty root.
    if (target.hasChildNodes() && language === result.story.language)
      hydrate(App, { target, props });
    else {
      target.replaceChildren();
      mount(App, { target, props });
    }
  } else {
    target.replaceChildren();
    mount(StoryErrors, { target, props: { errors: result.errors } });
  }
}
