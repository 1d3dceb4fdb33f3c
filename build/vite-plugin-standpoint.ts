import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, runnerImport, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import type { PageMode, RenderedStory } from '../src/entry-server';
import {
  chunkFileName,
  pageStory,
  QUOTES_FOLDER,
  type PageStory,
  type QuoteChunk,
} from '../src/lib/quote-chunks';
import type { Story } from '../src/lib/types';
import { addCompileHints, COMPILE_HINT } from './compile-hints';
import { classicAssetTags, relocateOneFolderDown, storyPageHtml } from './page-html';
import { lookUpOneSetter, setterLookup } from './setter-lookup';
import { loadAllStories, readConfig, type StandpointConfig } from './stories';

/** The build options every build of the app needs, the page's and the embed script's. */
const APP_BUILD = {
  // Browsers from 2022 on: top-level await, class fields and `Object.hasOwn` untranspiled.
  target: 'es2022',
  // No modulepreload links or their polyfill: the pages load one entry module.
  modulePreload: false,
  // One stylesheet file, never styles injected by script (the CSP allows no inline styles);
  // the lazily loaded modules' styles are in it too.
  cssCodeSplit: false,
} as const;

/** The module Vite wraps each dynamic import in, to preload what the imported module needs. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
/**
 * Nothing to preload: modulepreload is off and every style is in the one stylesheet, so each
 * dynamic import has no dependencies to fetch first. Vite still ships its helper, about 0.7 KB
 * gzip, unless a plugin replaces it (vitejs/vite#18551); this one just imports.
 */
const PRELOAD_HELPER_CODE = 'export const __vitePreload = (load) => load();';

/** The one chunk of a build made with `write: false`. */
function builtChunk(output: unknown, what: string): Rollup.OutputChunk {
  const chunk = [output as Rollup.RollupOutput | Rollup.RollupOutput[]]
    .flat()
    .flatMap((result) => result.output)
    .find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`${what} was not built`);
  return chunk;
}

type RenderStory = (
  story: PageStory,
  mode: PageMode,
  embedUrl: string | undefined,
) => RenderedStory;

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

/**
 * Turns the app's `import('./x')` into a static import for the embed script. Inlined dynamic
 * imports would make the bundler wrap every module in a lazy initialiser, which costs the embed
 * script about 4 KB gzip; in one script nothing is saved by loading later anyway.
 */
function staticImports(root: string): Plugin {
  const source = resolve(root, 'src');
  return {
    name: 'standpoint-static-imports',
    enforce: 'post',
    transform(code, id) {
      if (!id.startsWith(source)) return;
      const hoisted: string[] = [];
      const rewritten = code.replace(
        /\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g,
        (_call, quote: string, path: string) => {
          const name = `standpointModule${hoisted.length}`;
          hoisted.push(`import * as ${name} from ${quote}${path}${quote};`);
          return `Promise.resolve(${name})`;
        },
      );
      return hoisted.length ? `${hoisted.join('\n')}\n${rewritten}` : undefined;
    },
  };
}

/**
 * Builds the dashboard again as one classic script for embed pages, with every lazily imported
 * module inlined. A frame sandboxed without `allow-same-origin` has an opaque origin, and module
 * scripts (always fetched with CORS) would be refused there by hosts that send no CORS headers.
 * Its styles are the same as the story pages', so only the script is kept.
 */
async function buildEmbedApp(root: string): Promise<Rollup.OutputChunk> {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [svelte(), staticImports(root), setterLookup()],
    build: {
      ...APP_BUILD,
      write: false,
      rolldownOptions: {
        input: resolve(root, 'src/main.ts'),
        output: { format: 'iife' },
      },
    },
  });
  return builtChunk(output, 'the embed script');
}

/** Builds `embed.js` on its own, so it is one self-contained classic script. */
async function buildLoader(root: string): Promise<string> {
  const output = await build({
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
  });
  return builtChunk(output, 'embed.js').code;
}

/** Where a page finds its story's quote files: beside it, or in the story's folder from the root. */
function quotesUrl(story: Story, atRoot: boolean): string {
  return atRoot ? `${encodeURIComponent(story.id)}/${QUOTES_FOLDER}/` : `${QUOTES_FOLDER}/`;
}

/**
 * Turns every story in the data folder into static pages: `dist/<id>/index.html` and
 * `dist/<id>/embed.html` for each, `dist/index.html` for the configured default, and the
 * `dist/embed.js` loader. Every page is prerendered, so it reads without JavaScript. A story of
 * more than `QUOTE_CHUNK_THRESHOLD` quotes is embedded as an outline and its quotes written to
 * `dist/<id>/quotes/<issue index>.json` (see `quote-chunks.ts`). Every story is validated
 * first; one invalid story fails the build (and the dev server) with the list of problems.
 */
export function standpoint(overrides: Partial<StandpointConfig> = {}): Plugin {
  let root = process.cwd();

  /** standpoint.config.json, with any option passed to the plugin (e.g. by the benchmark) on top. */
  const config = (): StandpointConfig => ({ ...readConfig(root), ...overrides });
  const loadStories = () => loadAllStories(root, config());

  return {
    name: 'standpoint',
    config() {
      return { build: APP_BUILD };
    },
    configResolved(resolved: ResolvedConfig) {
      root = resolved.root;
    },
    buildStart() {
      loadStories();
    },
    load: {
      order: 'pre',
      handler(id) {
        if (id === PRELOAD_HELPER) return PRELOAD_HELPER_CODE;
      },
    },
    transform(code, id) {
      return lookUpOneSetter(code, id);
    },
    configureServer(server) {
      loadStories();
      // Each story's quote files, split once and kept until a data file changes: a page that
      // searches a large story asks for every file, and reading and validating the whole data
      // folder for each of them would take minutes.
      let quoteFiles: Map<string, QuoteChunk[]> | undefined;
      // Dev serves a large story's quote files from memory, as the build would write them.
      server.middlewares.use((request, response, next) => {
        const match = /^\/([^/?#]+)\/quotes\/(\d+)\.json(?:[?#]|$)/.exec(request.url ?? '');
        if (!match) return next();
        quoteFiles ??= new Map(loadStories().map((story) => [story.id, pageStory(story).chunks]));
        const chunk = quoteFiles.get(decodeURIComponent(match[1]!))?.[Number(match[2])];
        if (!chunk) return next();
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.end(JSON.stringify(chunk));
      });
      // Dev serves the embed loader as the build writes it, built on first request, so the
      // embed dialog's snippets work against the dev server too.
      const loaderSource = resolve(root, 'src/embed/loader.ts');
      let loader: Promise<string> | undefined;
      server.middlewares.use((request, response, next) => {
        if (!/^\/embed\.js(?:[?#]|$)/.test(request.url ?? '')) return next();
        loader ??= buildLoader(root);
        loader.then(
          (code) => {
            response.setHeader('content-type', 'text/javascript; charset=utf-8');
            response.end(code);
          },
          (error: unknown) => {
            loader = undefined;
            next(error);
          },
        );
      });
      const dataDir = resolve(root, config().dataDir);
      server.watcher.add(dataDir);
      server.watcher.on('all', (event, file) => {
        if (file === loaderSource) loader = undefined;
        if (!file.startsWith(dataDir) || !file.endsWith('.json')) return;
        quoteFiles = undefined;
        if (event === 'change') server.ws.send({ type: 'full-reload' });
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.server) return html;
        // Dev: `/` serves the default story, `/<id>/` any other and `/<id>/embed.html` its embed
        // page, mounted on the client.
        const { defaultStory } = config();
        const stories = loadStories();
        const segments = (context.originalUrl ?? '/').split(/[?#]/)[0]?.split('/').filter(Boolean);
        const requested = segments?.[0];
        const embed = segments?.at(-1) === 'embed.html';
        const story =
          stories.find((candidate) => candidate.id === requested) ??
          stories.find((candidate) => candidate.id === defaultStory);
        if (!story) throw new Error(`Standpoint: no story "${requested ?? defaultStory}"`);
        const { story: embedded, chunks } = pageStory(story);
        const atRoot = story.id !== requested;
        return storyPageHtml(html, embedded, {
          mode: embed ? 'embed' : 'page',
          app: '',
          appendix: '',
          // As the build links them: the root page to its story's folder, a story to its own.
          embedUrl: embed ? undefined : atRoot ? `${story.id}/embed.html` : 'embed.html',
          quotesUrl: chunks.length > 0 ? quotesUrl(story, atRoot) : undefined,
          csp: false,
        });
      },
    },
    generateBundle: {
      // After Vite has written index.html into the bundle.
      order: 'post',
      async handler(_options, bundle) {
        addCompileHints(bundle);
        const { defaultStory } = config();
        const stories = loadStories();
        const entry = bundle['index.html'];
        if (!entry || entry.type !== 'asset' || typeof entry.source !== 'string') {
          this.error('index.html is missing from the bundle');
        }
        // Story pages load the module build; embed pages the classic script.
        const embedApp = await buildEmbedApp(root);
        const embedAppFile = this.emitFile({
          type: 'asset',
          name: 'embed-app.js',
          // The whole app runs as an embed page starts, the panel once idle.
          source: COMPILE_HINT + embedApp.code,
        });
        const templates: Record<PageMode, string> = {
          page: entry.source,
          embed: classicAssetTags(entry.source, `./${this.getFileName(embedAppFile)}`),
        };
        const renderStory = await loadRenderer(root);
        // Each story split once: what its pages embed, and its quote files if it has any.
        const split = new Map(stories.map((story) => [story.id, pageStory(story)]));
        const page = (story: Story, mode: PageMode, atRoot: boolean, embedUrl?: string) => {
          const { story: embedded, chunks } = split.get(story.id)!;
          return storyPageHtml(templates[mode], embedded, {
            mode,
            embedUrl,
            quotesUrl: chunks.length > 0 ? quotesUrl(story, atRoot) : undefined,
            ...renderStory(embedded, mode, embedUrl),
            csp: true,
          });
        };

        const rootStory = stories.find((story) => story.id === defaultStory);
        if (!rootStory) this.error(`no default story "${defaultStory}"`);
        entry.source = page(rootStory, 'page', true, `${rootStory.id}/embed.html`);
        for (const story of stories) {
          split.get(story.id)!.chunks.forEach((chunk, index) =>
            this.emitFile({
              type: 'asset',
              fileName: `${story.id}/${QUOTES_FOLDER}/${chunkFileName(index)}`,
              source: JSON.stringify(chunk),
            }),
          );
          this.emitFile({
            type: 'asset',
            fileName: `${story.id}/index.html`,
            source: relocateOneFolderDown(page(story, 'page', false, 'embed.html')),
          });
          this.emitFile({
            type: 'asset',
            fileName: `${story.id}/embed.html`,
            source: relocateOneFolderDown(page(story, 'embed', false)),
          });
        }
        this.emitFile({ type: 'asset', fileName: 'embed.js', source: await buildLoader(root) });
      },
    },
  };
}
