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

export const PAGES = ['standpoint', 'plot', 'vega'] as const;
export type PageKind = (typeof PAGES)[number];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PEERS = join(ROOT, 'bench', 'peers');

/** Bytes of what a page sends before it can paint, raw and gzipped (zlib default level). */
export interface PageSizes {
  /** Every JS file the page loads as it opens. */
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
          `<title>${story.title.replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`)}</title>`,
        )
        .replace(
          '<!--bench:data-->',
          `<script type="application/json" id="${STORY_ELEMENT_ID}">${serialiseForScriptElement(story)}</script>`,
        );
    },
  };
}

const size = (bytes: Buffer | string) => ({
  raw: Buffer.byteLength(bytes),
  gzip: gzipSync(bytes).length,
});

/** `import … from "./x.js"` and `import "./x.js"` in built code; not `import("./x.js")`. */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g;

/** The JS files a page loads before anything is done on it: its scripts and what they import. */
async function loadedScripts(assets: string, html: string): Promise<string[]> {
  const seen = new Set<string>();
  const pending = [...html.matchAll(/<script[^>]*\ssrc="\.\/assets\/([^"]+\.js)"/g)].map(
    (match) => match[1]!,
  );
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    const code = await readFile(join(assets, name), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) pending.push(match[1]!);
  }
  return [...seen];
}

/**
 * Sizes of a built page: its HTML, and the JS and CSS files it loads. For Standpoint that is
 * its script and what it imports statically; the modules it imports on use (the panel, the
 * downloads) and the embed page's script are counted apart. For the peers it is every JS file
 * of the build, since Vega's page imports its chunks as it starts.
 */
async function measurePage(dir: string, story: Story, kind: PageKind): Promise<PageSizes> {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const assets = join(dir, 'assets');
  const all = await readdir(assets);
  const css = all.filter((name) => name.endsWith('.css') && html.includes(`assets/${name}`));
  const everyScript = all.filter((name) => name.endsWith('.js'));
  const js = kind === 'standpoint' ? await loadedScripts(assets, html) : everyScript;
  const onUse = everyScript.filter((name) => !js.includes(name) && !name.startsWith('embed-app'));
  const concat = async (names: string[]) =>
    Buffer.concat(await Promise.all(names.map((name) => readFile(join(assets, name)))));
  const data = serialiseForScriptElement(story);
  return {
    js: size(await concat(js)),
    jsOnUse: size(await concat(onUse)),
    css: size(await concat(css)),
    html: size(html),
    data: size(data),
    ...quotesInPage(story, html),
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
  return { kind: 'standpoint', dir: outDir, sizes: await measurePage(outDir, story, 'standpoint') };
}

/** Builds one comparison page (`bench/peers/<kind>/`) for one story into `outDir`. */
export async function buildPeer(
  kind: Exclude<PageKind, 'standpoint'>,
  story: Story,
  outDir: string,
): Promise<BuiltPage> {
  await viteBuild(join(PEERS, kind), outDir, [embedStory(story)]);
  return { kind, dir: outDir, sizes: await measurePage(outDir, story, kind) };
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
