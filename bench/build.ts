/**
 * Builds the three pages the benchmark compares, all with Vite from the same story: Standpoint
 * with its real build (the Svelte plugin and the Standpoint plugin, pointed at a temporary data
 * folder), and the Observable Plot and Vega-Lite pages in `bench/peers/`.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { standpoint } from '../build/vite-plugin-standpoint';
import { serialiseForScriptElement, STORY_ELEMENT_ID } from '../src/lib/embedded-story';
import type { Story } from '../src/lib/types';
import type { LoadResult } from './harness';

export const PAGES = ['standpoint', 'plot', 'vega'] as const;
export type PageKind = (typeof PAGES)[number];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PEERS = join(ROOT, 'bench', 'peers');

/** Bytes of what a page sends before it can paint, raw and gzipped (zlib default level). */
export interface PageSizes {
  /** The JS files the page loads as it opens, until one second after its load event. */
  js: { raw: number; gzip: number };
  /** JS the page imports only when a reader uses a part of it (Standpoint's panel, downloads). */
  jsOnUse: { raw: number; gzip: number };
  /** Every CSS file the page loads. */
  css: { raw: number; gzip: number };
  /** The HTML document, which embeds the story. */
  html: { raw: number; gzip: number };
  /** The embedded story JSON alone (part of the HTML). */
  data: { raw: number; gzip: number };
  /** Raw bytes of quote text (evidence `text`) the HTML carries, i.e. loaded before first paint. */
  quoteBytes: number;
  /** Share of the story's quotes found in the HTML (estimated from a sample). */
  quoteShare: number;
}

export interface BuiltPage {
  kind: PageKind;
  /** Folder holding `index.html` and `assets/`. */
  dir: string;
  sizes: PageSizes;
}

/** Runs Vite's build with no config file; quiet unless something goes wrong. */
async function viteBuild(root: string, outDir: string, plugins: Plugin[]): Promise<void> {
  // A production build whoever calls: Vite takes the mode of Svelte and its dependencies from
  // NODE_ENV, which vitest sets to `test`, and a development client does not hydrate a
  // production page (Svelte mounts it afresh, losing what a reader typed before).
  const callersEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildProduction(root, outDir, plugins);
  } finally {
    if (callersEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callersEnv;
  }
}

async function buildProduction(root: string, outDir: string, plugins: Plugin[]): Promise<void> {
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'error',
    plugins,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
    },
  });
}

/** Puts the story into a peer page the way Standpoint's build does: the same element, the same escaping. */
function embedStory(story: Story): Plugin {
  return {
    name: 'bench-embed-story',
    transformIndexHtml(html) {
      return html
        .replace(
          '<!--bench:head-->',
          () =>
            `<title>${story.title.replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`)}</title>`,
        )
        .replace(
          '<!--bench:data-->',
          () =>
            `<script type="application/json" id="${STORY_ELEMENT_ID}">${serialiseForScriptElement(story)}</script>`,
        );
    },
  };
}

const size = (bytes: Buffer | string) => ({
  raw: Buffer.byteLength(bytes),
  gzip: gzipSync(bytes).length,
});

/**
 * Sizes of a built page: its HTML and embedded data, and its JS and CSS, all of it counted until
 * the loads show which files the page fetches (`withAssetsLoaded`).
 */
async function measurePage(dir: string, story: Story): Promise<PageSizes> {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const assets = await readdir(join(dir, 'assets'));
  const data = serialiseForScriptElement(story);
  return {
    js: await assetSize(
      dir,
      assets.filter((name) => name.endsWith('.js')),
    ),
    jsOnUse: size(''),
    css: await assetSize(
      dir,
      assets.filter((name) => name.endsWith('.css')),
    ),
    html: size(html),
    data: size(data),
    ...quotesInPage(story, html),
  };
}

async function assetSize(dir: string, names: string[]) {
  return size(
    Buffer.concat(await Promise.all(names.map((name) => readFile(join(dir, 'assets', name))))),
  );
}

/**
 * A page's sizes with its JS and CSS as it loads them: the files any of its loads had fetched
 * one second after the load event, before a reader does anything (Vega's page imports its
 * chunks as it starts; Standpoint's fetches its panel once idle). The JS it fetches only on use
 * (Standpoint's downloads) is counted apart; the embed page's script is not this page's.
 */
export async function withAssetsLoaded(page: BuiltPage, loads: LoadResult[]): Promise<PageSizes> {
  const assets = await readdir(join(page.dir, 'assets'));
  const loaded = new Set(
    loads.filter((load) => load.page === page.kind).flatMap((load) => load.assetsLoaded),
  );
  if (loaded.size === 0) return page.sizes;
  const js = assets.filter((name) => name.endsWith('.js'));
  return {
    ...page.sizes,
    js: await assetSize(
      page.dir,
      js.filter((name) => loaded.has(name)),
    ),
    jsOnUse: await assetSize(
      page.dir,
      js.filter((name) => !loaded.has(name) && !name.startsWith('embed-app')),
    ),
    css: await assetSize(
      page.dir,
      assets.filter((name) => name.endsWith('.css') && loaded.has(name)),
    ),
  };
}

/**
 * How much quote text the first response (the HTML) carries: a deterministic sample of up to
 * 400 quotes is looked up in the HTML, and the share found is applied to all quote bytes.
 */
function quotesInPage(story: Story, html: string): Pick<PageSizes, 'quoteBytes' | 'quoteShare'> {
  const quotes = story.positions.flatMap((position) => position.evidence.map((item) => item.text));
  const total = quotes.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const step = Math.max(1, Math.floor(quotes.length / 400));
  const sample = quotes.filter((_, index) => index % step === 0);
  const found = sample.filter((text) => html.includes(text)).length;
  const share = sample.length ? found / sample.length : 0;
  return { quoteBytes: Math.round(total * share), quoteShare: share };
}

/** Builds Standpoint for one story with the project's own plugins into `outDir`. */
export async function buildStandpoint(story: Story, outDir: string): Promise<BuiltPage> {
  const dataDir = join(outDir, '..', `${story.id}-data`);
  await mkdir(dataDir, { recursive: true });
  await writeFile(join(dataDir, `${story.id}.json`), JSON.stringify(story));
  await viteBuild(ROOT, outDir, [
    ...svelte(),
    // The plugin resolves dataDir against the project root.
    standpoint({ dataDir: relative(ROOT, dataDir), defaultStory: story.id }),
  ]);
  return { kind: 'standpoint', dir: outDir, sizes: await measurePage(outDir, story) };
}

/** Builds one comparison page (`bench/peers/<kind>/`) for one story into `outDir`. */
export async function buildPeer(
  kind: Exclude<PageKind, 'standpoint'>,
  story: Story,
  outDir: string,
): Promise<BuiltPage> {
  await viteBuild(join(PEERS, kind), outDir, [embedStory(story)]);
  return { kind, dir: outDir, sizes: await measurePage(outDir, story) };
}

/** Builds all three pages for a story under `root/<story id>/<kind>/`. */
export async function buildAll(story: Story, root: string): Promise<Record<PageKind, BuiltPage>> {
  const base = join(root, story.id);
  await mkdir(dirname(base), { recursive: true });
  return {
    standpoint: await buildStandpoint(story, join(base, 'standpoint')),
    plot: await buildPeer('plot', story, join(base, 'plot')),
    vega: await buildPeer('vega', story, join(base, 'vega')),
  };
}
