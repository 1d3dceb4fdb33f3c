/**
 * How much raster work the benchmark's reveal of its target cell (scrolling a windowed grid's
 * box to it) costs Standpoint's page. Each reveal is traced in a fresh context and the time of
 * Chromium's raster tasks summed. With `css`, every other reveal first adds those rules to the
 * page, to try what a change of style would save before making it.
 *
 * `npx tsx bench/raster.ts [--size 50] [--reps 4] [--seed 20250818] [--css '<rules>']`
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/browser/chromium';
import { serveStatic } from '../tests/browser/static-server';
import { buildStandpoint } from './build';
import { DEVICES, pickTarget, revealCell } from './harness';
import { median } from './stats';
import { syntheticStory } from './synthetic';

export interface RasterOptions {
  /** Issues and actors of the synthetic story. */
  size: number;
  /** Reveals of the page as built (and as many with `css`). */
  reps: number;
  seed?: number;
  /** CSS rules to try. */
  css?: string;
}

/** Raster milliseconds of each reveal, of the page as built and with `css` added. */
export async function measureRaster(
  options: RasterOptions,
): Promise<{ asBuilt: number[]; withCss: number[] }> {
  const { size, reps, seed = 20250818, css } = options;
  const story = syntheticStory({ issues: size, actors: size, seed });
  const target = pickTarget(story);
  const root = await mkdtemp(join(tmpdir(), 'standpoint-raster-'));
  const traceFile = join(root, 'trace.json');
  await buildStandpoint(story, join(root, 'site'));
  const site = await serveStatic(join(root, 'site'), '/');
  const browser = await launchChromium();
  const result = { asBuilt: [] as number[], withCss: [] as number[] };
  try {
    for (let rep = 0; rep < reps * (css === undefined ? 1 : 2); rep++) {
      const styled = css !== undefined && rep % 2 === 1;
      // The page's CSP allows no inline style; the tried rules are added as one.
      const context = await browser.newContext({
        ...DEVICES.desktop.screen,
        bypassCSP: styled,
      });
      const page = await context.newPage();
      await page.goto(site.url, { waitUntil: 'load' });
      if (styled) await page.addStyleTag({ content: css });
      // Past start-up: the panel's code, the rehearsal and the first quote files are in.
      await page.waitForTimeout(1000);
      await browser.startTracing(page, { path: traceFile, categories: ['cc'] });
      await revealCell(page, 'standpoint', target.actor, target.issue);
      await page.waitForTimeout(500);
      await browser.stopTracing();
      await context.close();
      const { traceEvents } = JSON.parse(await readFile(traceFile, 'utf8')) as {
        traceEvents: { name: string; dur?: number }[];
      };
      const microseconds = traceEvents
        .filter((event) => event.name === 'RasterTask')
        .reduce((sum, event) => sum + (event.dur ?? 0), 0);
      (styled ? result.withCss : result.asBuilt).push(microseconds / 1000);
    }
  } finally {
    await browser.close();
    await site.close();
    await rm(root, { recursive: true, force: true });
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '50' },
      reps: { type: 'string', default: '4' },
      seed: { type: 'string', default: '20250818' },
      css: { type: 'string' },
    },
  });
  const { asBuilt, withCss } = await measureRaster({
    size: Number(values.size),
    reps: Number(values.reps),
    seed: Number(values.seed),
    css: values.css,
  });
  for (const [kind, runs] of [
    ['as built', asBuilt],
    ['with --css', withCss],
  ] as const) {
    if (runs.length === 0) continue;
    const each = runs.map((ms) => ms.toFixed(0)).join(', ');
    console.log(`${kind}: median ${median(runs).toFixed(0)} ms of raster (${each})`);
  }
}
