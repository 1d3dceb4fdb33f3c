import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import StoryErrors from './components/StoryErrors.svelte';
import { cellHashFromParent, startEmbedChild } from './lib/embed-child';
import { readEmbeddedDateLabels, readEmbeddedStory } from './lib/embedded-story';
import { knownDateLabels } from './lib/format';
import { resolveLanguage } from './lib/i18n';
import { themeFromSearch } from './lib/theme';
import { prepareCountFormatters } from './locales/intl';
import './styles.css';
import './appendix.css';

const theme = themeFromSearch(location.search);
if (theme) document.documentElement.dataset.theme = theme;

/**
 * Reads the story and hydrates the prerendered dashboard (or, in dev and for a `?lang=`
 * override, renders it afresh). The page is readable before any of this runs, so the work is
 * split into tasks — evaluate the script, load locale data, hydrate — that each keep the main
 * thread free sooner than one long task would.
 */
function start(root: HTMLElement) {
  const mode: 'page' | 'embed' = root.dataset.mode === 'embed' ? 'embed' : 'page';
  const embedUrl = root.dataset.embedUrl;
  const child = mode === 'embed' ? startEmbedChild(window, document.body) : undefined;
  if (mode === 'embed') {
    const hash = cellHashFromParent(location.search, location.hash);
    if (hash) history.replaceState(null, '', hash);
  }
  const result = readEmbeddedStory(document);
  if (!result.ok) {
    root.replaceChildren();
    mount(StoryErrors, { target: root, props: { errors: result.errors } });
    return;
  }
  const story = result.story;
  knownDateLabels(story.language, readEmbeddedDateLabels(document));
  const language = resolveLanguage(story.language, location.search);
  prepareCountFormatters(language);

  setTimeout(() => {
    const props = { story, mode, embedUrl, language, onselectionchange: child?.reportSelection };
    performance.mark('standpoint:start');
    if (root.hasChildNodes() && language === story.language) {
      hydrate(App, { target: root, props });
    } else {
      root.replaceChildren();
      mount(App, { target: root, props });
    }
    // For the benchmark, and for anyone profiling a page in DevTools.
    performance.measure('standpoint:render', 'standpoint:start');
  });
}

const root = document.getElementById('app');
if (root) setTimeout(() => start(root));
