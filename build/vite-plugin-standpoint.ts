import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, runnerImport, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import type { PageMode, RenderedStory } from '../src/entry-server';
import type { Story } from '../src/lib/types';
import { classicAssetTags, relocateOneFolderDown, storyPageHtml } from './page-html';
import { loadAllStories, readConfig, type StandpointConfig } from './stories';

type RenderStory = (story: Story, mode: PageMode, embedUrl: string | undefined) => RenderedStory;

/** Loads the server renderer through Vite, with Svelte compiled for the server. */
async function loadRenderer(root: string): Promise<RenderStory> {
  const { module } = await runnerImport<{ renderStory: RenderStory }>(
    resolve(root, 'src/entry-server.ts'),
    {
      root,
      configFile: false,
      logLevel: 'error',
      plugins: [svelte({ emitCss: false, compilerOptions: { css: 'external' } })],
    },
  );
  return module.renderStory;
}

/** Builds `embed.js` on its own, so it is one self-contained classic script. */
async function buildLoader(root: string): Promise<string> {
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'error',
    build: {
      write: false,
      target: 'es2019',
      lib: {
        entry: resolve(root, 'src/embed/loader.ts'),
        formats: ['iife'],
        name: 'standpointEmbed',
        fileName: () => 'embed.js',
      },
    },
  })) as Rollup.RollupOutput[];
  const chunk = output.flatMap((result) => result.output).find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('embed.js was not built');
  return chunk.code;
}

/**
 * Turns every story in the data folder into static pages: `dist/<id>/index.html` and
 * `dist/<id>/embed.html` for each, `dist/index.html` for the configured default, and the
 * `dist/embed.js` loader. Every page is prerendered, so it reads without JavaScript. Every story
 * is validated first; one invalid story fails the build (and the dev server) with the list of
 * problems.
 */
export function standpoint(overrides: Partial<StandpointConfig> = {}): Plugin {
  let root = process.cwd();

  /** standpoint.config.json, with any option passed to the plugin (e.g. by the benchmark) on top. */
  const config = (): StandpointConfig => ({ ...readConfig(root), ...overrides });
  const loadStories = () => loadAllStories(root, config());

  return {
    name: 'standpoint',
    configResolved(resolved: ResolvedConfig) {
      root = resolved.root;
    },
    buildStart() {
      loadStories();
    },
    configureServer(server) {
      loadStories();
      const dataDir = resolve(root, config().dataDir);
      server.watcher.add(dataDir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(dataDir) && file.endsWith('.json')) {
          server.ws.send({ type: 'full-reload' });
        }
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.server) return html;
        // Dev: `/` serves the default story, `/<id>/` any other, mounted on the client.
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
        return storyPageHtml(html, story, { mode: 'page', app: '', appendix: '', csp: false });
      },
    },
    generateBundle: {
      // After Vite has written index.html into the bundle.
      order: 'post',
      async handler(_options, bundle) {
        const { defaultStory } = config();
        const stories = loadStories();
        const entry = bundle['index.html'];
        if (!entry || entry.type !== 'asset' || typeof entry.source !== 'string') {
          this.error('index.html is missing from the bundle');
        }
        const template = classicAssetTags(entry.source);
        const renderStory = await loadRenderer(root);
        const page = (story: Story, mode: PageMode, embedUrl?: string) =>
          storyPageHtml(template, story, {
            mode,
            embedUrl,
            ...renderStory(story, mode, embedUrl),
            csp: true,
          });

        const rootStory = stories.find((story) => story.id === defaultStory);
        if (!rootStory) this.error(`no default story "${defaultStory}"`);
        entry.source = page(rootStory, 'page', `${rootStory.id}/embed.html`);
        for (const story of stories) {
          this.emitFile({
            type: 'asset',
            fileName: `${story.id}/index.html`,
            source: relocateOneFolderDown(page(story, 'page', 'embed.html')),
          });
          this.emitFile({
            type: 'asset',
            fileName: `${story.id}/embed.html`,
            source: relocateOneFolderDown(page(story, 'embed')),
          });
        }
        this.emitFile({ type: 'asset', fileName: 'embed.js', source: await buildLoader(root) });
      },
    },
  };
}
