/**
 * What Standpoint's first paint is made of. The page as built and copies of it cut down one part
 * at a time — the controls, its module, the story's data, the list of every position, everything
 * but the grid, the stylesheet — down to plain elements as many as the grid's cells, loaded in
 * turns with Observable Plot's page, each load in a fresh context, with the benchmark's own paint
 * check (`bench/in-page.ts`).
 * The plain page is the floor: what navigating and painting costs in this harness with no work.
 * For stories whose grid is drawn whole (up to `WINDOW_THRESHOLD` cells, where Standpoint's paint
 * is furthest from its target); a windowed grid without its stylesheet is no longer a scroll box.
 *
 * `npx tsx bench/first-paint.ts [--size 10] [--reps 15] [--seed 20250818]`
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/browser/chromium';
import { serveStatic } from '../tests/browser/static-server';
import { buildPeer, buildStandpoint } from './build';
import { DEVICES, pageSpec } from './harness';
import { inPageScript, type PaintTimes, type ReadyCondition } from './in-page';
import { WINDOW_THRESHOLD } from '../src/lib/grid-window';
import { summarise, type Summary } from './stats';
import { syntheticStory } from './synthetic';
import type { Story } from '../src/lib/types';

export interface FirstPaintOptions {
  /** Issues and actors of the synthetic story. */
  size: number;
  /** Loads of each page. */
  reps: number;
  seed?: number;
}

export interface PageResult {
  name: string;
  /** Navigation to matrix painted, ms, one per load. */
  painted: number[];
  summary: Summary;
  elements: number;
  htmlBytes: number;
}

/**
 * Each copy cuts what the one before it cut, and what `remove` selects. The controls go first:
 * their fields (the quote search, the selects) are what Chromium's autofill looks for when the
 * document is parsed, and it then lays the page out at once, whether or not the stylesheet has
 * arrived. The page as built finishes parsing after its stylesheet has arrived and its first
 * frame has painted; a copy cut shorter would finish before, and pay for a layout without styles.
 * The grid alone is what neither holds the grid nor is in it.
 */
const LADDER: { name: string; remove?: string }[] = [
  { name: 'as built' },
  { name: 'without the controls above the grid', remove: 'section.controls' },
  { name: 'nor its module', remove: 'script[type=module]' },
  { name: 'nor the story data', remove: 'script' },
  { name: 'nor the list of every position', remove: 'section.all-positions' },
  {
    name: 'the grid alone, styled',
    remove: 'body *:not(:has([role=grid]), [role=grid], [role=grid] *)',
  },
  { name: 'the grid alone, unstyled', remove: 'link[rel=stylesheet]' },
];

/** The page's HTML after each step of the ladder, cut by Chromium's own parser. */
async function cutDown(browser: Browser, html: string): Promise<string[]> {
  const tab = await browser.newPage();
  try {
    const selectors = JSON.stringify(LADDER.map((step) => step.remove ?? null));
    return (await tab.evaluate(`((html, selectors) => {
      const document = new DOMParser().parseFromString(html, 'text/html');
      return selectors.map((selector) => {
        if (selector) for (const element of document.querySelectorAll(selector)) element.remove();
        return '<!doctype html>' + document.documentElement.outerHTML;
      });
    })(${JSON.stringify(html)}, ${selectors})`)) as string[];
  } finally {
    await tab.close();
  }
}

function plainElements(cells: number): string {
  const cell = '<div role="gridcell">x</div>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title></head><body><div role="grid">${cell.repeat(cells)}</div></body></html>`;
}

/** Navigation to matrix painted of each page, loaded in turns, rotating the order each round. */
export async function measureFirstPaint(options: FirstPaintOptions): Promise<PageResult[]> {
  const { size, reps, seed = 20250818 } = options;
  if (!(size >= 2 && size * size <= WINDOW_THRESHOLD)) {
    throw new Error(`first-paint: size must be 2–${Math.floor(Math.sqrt(WINDOW_THRESHOLD))}`);
  }
  const story = syntheticStory({ issues: size, actors: size, seed });
  const root = await mkdtemp(join(tmpdir(), 'standpoint-first-paint-'));
  const browser = await launchChromium();
  try {
    const pages = await buildPages(browser, story, root);
    const site = await serveStatic(root, '/');
    try {
      return await loadInTurns(browser, site.url, pages, reps);
    } finally {
      await site.close();
    }
  } finally {
    await browser.close();
    await rm(root, { recursive: true, force: true });
  }
}

interface TestPage {
  name: string;
  /** Path under the site's root. */
  path: string;
  ready: Omit<ReadyCondition, 'timeout'>;
  htmlBytes: number;
}

/** Writes Standpoint's page, its cut-down copies, the plain page and Plot's under `root`. */
async function buildPages(browser: Browser, story: Story, root: string): Promise<TestPage[]> {
  const standpoint = (await buildStandpoint(story, join(root, 'standpoint'))).dir;
  await buildPeer('plot', story, join(root, 'plot'));
  const built = await readFile(join(standpoint, 'index.html'), 'utf8');
  const copies = await cutDown(browser, built);
  const ready = pageSpec('standpoint', story).ready;
  const pages: TestPage[] = [];
  for (const [index, { name }] of LADDER.entries()) {
    const file = `variant-${index}.html`;
    const html = index === 0 ? built : copies[index]!;
    await writeFile(join(standpoint, file), html);
    pages.push({ name, path: `standpoint/${file}`, ready, htmlBytes: Buffer.byteLength(html) });
  }
  const cells = story.issues.length * story.actors.length;
  const plain = plainElements(cells);
  await writeFile(join(root, 'plain.html'), plain);
  pages.push({
    name: 'plain elements',
    path: 'plain.html',
    ready: { selector: '[role=grid] [role=gridcell]', count: cells },
    htmlBytes: Buffer.byteLength(plain),
  });
  pages.push({
    name: 'Observable Plot',
    path: 'plot/',
    ready: pageSpec('plot', story).ready,
    htmlBytes: (await readFile(join(root, 'plot', 'index.html'))).length,
  });
  return pages;
}

async function loadInTurns(
  browser: Browser,
  siteUrl: string,
  pages: TestPage[],
  reps: number,
): Promise<PageResult[]> {
  const results = new Map(pages.map((page) => [page, { painted: [] as number[], elements: 0 }]));
  for (let round = 0; round < reps; round++) {
    const turn = round % pages.length;
    for (const page of [...pages.slice(turn), ...pages.slice(0, turn)]) {
      const context = await browser.newContext(DEVICES.desktop.screen);
      const tab = await context.newPage();
      await tab.addInitScript({ content: inPageScript({ ...page.ready, timeout: 60_000 }) });
      await tab.goto(siteUrl + page.path, { waitUntil: 'commit' });
      const times = (await tab.evaluate('window.__bench.painted()')) as PaintTimes;
      const result = results.get(page)!;
      result.painted.push(times.afterFrame);
      result.elements = (await tab.evaluate("document.getElementsByTagName('*').length")) as number;
      await context.close();
    }
  }
  return pages.map((page) => {
    const { painted, elements } = results.get(page)!;
    const { name, htmlBytes } = page;
    return { name, painted, summary: summarise(painted), elements, htmlBytes };
  });
}

/** A markdown table of the results, each page's median also as a ratio of Plot's. */
export function firstPaintTable(results: PageResult[]): string {
  const plot = results.find((result) => result.name === 'Observable Plot')!.summary.median;
  const rows = results.map(({ name, summary, elements, htmlBytes }) => {
    const ratio = (summary.median / plot).toFixed(2);
    const kb = (htmlBytes / 1024).toFixed(1);
    return `| ${name} | ${summary.median.toFixed(0)} ±${summary.mad.toFixed(0)} | ${summary.min.toFixed(0)}–${summary.max.toFixed(0)} | ${ratio}× | ${elements} | ${kb} |`;
  });
  return [
    '| page | navigation → matrix painted (ms) | min–max | / Plot | elements | HTML (KB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '10' },
      reps: { type: 'string', default: '15' },
      seed: { type: 'string', default: '20250818' },
    },
  });
  const options = {
    size: Number(values.size),
    reps: Number(values.reps),
    seed: Number(values.seed),
  };
  console.log(firstPaintTable(await measureFirstPaint(options)));
}
