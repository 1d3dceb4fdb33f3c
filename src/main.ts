import { flushSync, hydrate, mount } from 'svelte';
import App from './App.svelte';
import StoryErrors from './components/StoryErrors.svelte';
import { afterNextPaint } from './lib/after-paint';
import { changedControls, replayChanges } from './lib/early-input';
import type { EmbedChild } from './lib/embed-child';
import { readEmbeddedDateLabels, readEmbeddedStory } from './lib/embedded-story';
import { asksForView, parseHash } from './lib/hash';
import { latestMatrix, storyModel } from './lib/story-model';
import { knownDateLabels } from './lib/format';
import { loadMessages, resolveLanguage } from './lib/i18n';
import { loadIslands } from './lib/islands';
import { themeFromSearch } from './lib/theme';
import { prepareFormatters } from './locales/intl';
import './styles.css';
import './appendix.css';
import './matrix.css';

const theme = themeFromSearch(location.search);
if (theme) document.documentElement.dataset.theme = theme;

/** A cell picked (clicked, or Enter or Space pressed on it) before the dashboard could answer. */
interface EarlyPick {
  actor: string;
  issue: string;
}

/**
 * Reads the story and hydrates the prerendered dashboard (or, in dev and for a `?lang=`
 * override, renders it afresh). The page is readable before any of this runs, so the work is
 * split into tasks — evaluate the script, read the story, load locale data and strings, work out
 * the matrix, then the first view, hydrate — that each keep the main thread free sooner than one
 * long task would.
 */
async function start(root: HTMLElement, earlyPick: () => EarlyPick | undefined) {
  const mode: 'page' | 'embed' = root.dataset.mode === 'embed' ? 'embed' : 'page';
  const embedUrl = root.dataset.embedUrl;
  const child = mode === 'embed' ? await startEmbed() : undefined;
  const result = await readEmbeddedStory(document);
  if (!result.ok) {
    root.replaceChildren();
    mount(StoryErrors, { target: root, props: { errors: result.errors } });
    return;
  }
  const story = result.story;
  knownDateLabels(story.language, readEmbeddedDateLabels(document));
  const language = resolveLanguage(story.language, location.search);
  setTimeout(() => prepareFormatters(language));
  setTimeout(() => latestMatrix(story));
  setTimeout(() => storyModel(story));
  const hydrating = root.hasChildNodes() && language === story.language;
  // A page mounted afresh shows its islands with it, and a link to another view (a date, a
  // pair) has the controls show it as the page hydrates, so their code comes first then.
  const islandsFirst = !hydrating || asksForView(parseHash(location.hash));
  // A language other than English has its interface strings in a module of its own.
  Promise.all([loadMessages(language), islandsFirst && loadIslands()]).then(() =>
    setTimeout(renderDashboard),
  );
  function renderDashboard() {
    const props = {
      story,
      mode,
      embedUrl,
      quotesUrl: root.dataset.quotesUrl,
      language,
      onselectionchange: child?.reportSelection,
    };
    performance.mark('standpoint:start');
    const picked = earlyPick();
    const changed = hydrating ? changedControls(root) : [];
    let app: { pick: (actor: string, issue: string) => void };
    if (hydrating) app = hydrate(App, { target: root, props });
    else {
      root.replaceChildren();
      app = mount(App, { target: root, props });
    }
    // Effects run now, the root's reading of the link's hash among them, before early input
    // changes the state: its URL is written after the next paint, and would otherwise be read
    // back as it was.
    flushSync();
    replayChanges(document, changed);
    if (picked) app.pick(picked.actor, picked.issue);
    // For the benchmark, and for anyone profiling a page in DevTools.
    performance.measure('standpoint:render', 'standpoint:start');
  }
}

/**
 * Starts talking to the host page and opens the cell its URL names. Only embed pages do this, so
 * story pages never load the code (the embed script, one file, has it inlined).
 */
async function startEmbed(): Promise<EmbedChild> {
  const { cellHashFromParent, startEmbedChild } = await import('./lib/embed-child');
  const hash = cellHashFromParent(location.search, location.hash);
  if (hash) history.replaceState(null, '', hash);
  return startEmbedChild(window, document.body);
}

/**
 * Notes the last prerendered cell a reader picks before the dashboard has hydrated — clicks it,
 * or presses Enter or Space on it as the hydrated grid lets a keyboard reader — so that the pick
 * is answered once it has instead of being lost. Returns the function that stops recording and
 * gives the cell.
 */
function recordEarlyPicks(root: HTMLElement) {
  let picked: EarlyPick | undefined;
  const note = (event: Event) => {
    const cell = (event.target as Element).closest<HTMLElement>('[data-actor][data-issue]');
    const { actor, issue } = cell?.dataset ?? {};
    if (!actor || !issue) return false;
    picked = { actor, issue };
    return true;
  };
  const onkeydown = (event: KeyboardEvent) => {
    // Space would scroll the page, which it does not once the grid answers it.
    if ((event.key === 'Enter' || event.key === ' ') && note(event)) event.preventDefault();
  };
  root.addEventListener('click', note);
  root.addEventListener('keydown', onkeydown);
  return () => {
    root.removeEventListener('click', note);
    root.removeEventListener('keydown', onkeydown);
    return picked;
  };
}

const root = document.getElementById('app');
if (root) {
  const earlyPick = recordEarlyPicks(root);
  // The prerendered page paints first; none of the start-up tasks can hold its first frame back.
  afterNextPaint(() => void start(root, earlyPick));
}
