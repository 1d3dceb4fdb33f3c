import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { relocateOneFolderDown, storyPageHtml } from './page-html';
import { loadAllStories, readConfig, type StandpointConfig } from './stories';

/**
 * Turns every story in the data folder into a static page: `dist/<id>/index.html` for each
 * and `dist/index.html` for the configured default. Every story is validated first; one
 * invalid story fails the build (and the dev server) with the list of problems.
 */
export function standpoint(overrides: Partial<StandpointConfig> = {}): Plugin {
  let root = process.cwd();
  let template = '';

  /** standpoint.config.json, with any option passed to the plugin (e.g. by the benchmark) on top. */
  const config = (): StandpointConfig => ({ ...readConfig(root), ...overrides });
  const loadStories = () => loadAllStories(root, config());

  return {
    name: 'standpoint',
    configResolved(config: ResolvedConfig) {
      root = config.root;
    },
    buildStart() {
      loadStories();
    },
    configureServer(server) {
      loadStories();
      const dataDir = resolve(root, config().dataDir);
      server.watcher.add(dataDir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(dataDir) && file.endsWith('.json'))
          server.ws.send({ type: 'full-reload' });
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.server) {
          template = html;
          return html;
        }
        // Dev: `/` serves the default story, `/<id>/` any other.
        const { defaultStory } = config();
        const stories = loadStories();
        const requested = (context.originalUrl ?? '/')
          .split(/[?#]/)[0]
          ?.split('/')
          .filter(Boolean)[0];
        const story =
          stories.find((candidate) => candidate.id === requested) ??
          stories.find((candidate) => candidate.id === defaultStory);
        if (!story) throw new Error(`Standpoint: no story "${requested ?? defaultStory}"`);
        return storyPageHtml(html, story);
      },
    },
    generateBundle: {
      // After Vite has written index.html into the bundle.
      order: 'post',
      handler(_options, bundle) {
        const { defaultStory } = config();
        const stories = loadStories();
        const entry = bundle['index.html'];
        if (!entry || entry.type !== 'asset') this.error('index.html is missing from the bundle');
        const html = typeof entry.source === 'string' ? entry.source : template;
        const rootStory = stories.find((story) => story.id === defaultStory);
        if (!rootStory) this.error(`no default story "${defaultStory}"`);
        entry.source = storyPageHtml(html, rootStory);
        for (const story of stories) {
          this.emitFile({
            type: 'asset',
            fileName: `${story.id}/index.html`,
            source: relocateOneFolderDown(storyPageHtml(html, story)),
          });
        }
      },
    },
  };
}
