import { describe, expect, test } from 'vitest';
import { PAGES } from '../../bench/build';
import {
  DEVICES,
  openDevicePage,
  runBenchmark,
  type BenchResult,
  type Device,
} from '../../bench/harness';
import { firstPaintTable, measureFirstPaint } from '../../bench/first-paint';
import { measureRaster } from '../../bench/raster';
import { formatReport } from '../../bench/report';
import { launchChromium } from './chromium';

describe('the benchmark harness', () => {
  test('runBenchmark() measures all three pages at 6×6 and at 40×40 (a windowed grid with quote files) with finite positive numbers', async () => {
    const result: BenchResult = await runBenchmark({ sizes: [6, 40], repetitions: 1 });
    expect(result.results.map((size) => size.issues)).toEqual([6, 40]);
    for (const size of result.results) {
      expect(size.actors).toBe(size.issues);
      for (const kind of PAGES) {
        const label = `${kind} at ${size.issues}×${size.actors}`;
        const loads = size.loads.filter((load) => load.page === kind);
        expect(loads, label).toHaveLength(1);
        const load = loads[0]!;
        expect(load.errors, `${label}: page errors`).toEqual([]);
        for (const value of [
          load.navToPaint,
          load.clickToPanel,
          load.scriptTime,
          load.heapAfterGc,
        ]) {
          expect(
            value !== null && Number.isFinite(value) && value > 0,
            `${label}: ${JSON.stringify(load)}`,
          ).toBe(true);
        }
        // Press and release are sent at once, as the targets are measured.
        expect(load.clickPress, label).toBeGreaterThanOrEqual(0);
        expect(load.clickPress, label).toBeLessThan(30);
        expect(load.domElements, label).toBeGreaterThan(5);
        if (kind === 'standpoint') expect(load.keyToPaint, label).toBeGreaterThan(0);
        else expect(load.keyToPaint, `${label} has no keyboard access`).toBeNull();

        const sizes = size.pageSizes[kind];
        expect(sizes.js.gzip, label).toBeGreaterThan(1000);
        expect(sizes.js.gzip, label).toBeLessThan(sizes.js.raw);
        expect(sizes.css.gzip, label).toBeGreaterThan(100);
      }
    }
    const [small, large] = result.results;
    // Every page embeds the same story; the small one whole, quotes included.
    for (const kind of PAGES) {
      expect(small!.pageSizes[kind].html.raw, kind).toBeGreaterThanOrEqual(
        small!.pageSizes[kind].data.raw,
      );
    }
    // The panel and the downloads are split off Standpoint's page, to be imported on use.
    expect(small!.pageSizes.standpoint.jsOnUse.gzip).toBeGreaterThan(1000);
    // The large story's quotes stay out of Standpoint's first response, not out of the peers'.
    expect(large!.pageSizes.standpoint.quoteShare).toBe(0);
    expect(large!.pageSizes.plot.quoteShare).toBe(1);
    expect(formatReport(result)).toContain('### 40 × 40');
  }, 180_000);

  test('runBenchmark() on the phone: every page is loaded on a 412 px touch screen and answers a tap held down as long as asked', async () => {
    const result = await runBenchmark({
      sizes: [6],
      repetitions: 1,
      device: 'phone',
      pressMs: 60,
    });
    for (const kind of PAGES) {
      const load = result.results[0]!.loads.find((candidate) => candidate.page === kind)!;
      expect(load.errors, kind).toEqual([]);
      expect(load.viewportWidth, kind).toBe(412);
      expect(load.clickPointerType, kind).toBe('touch');
      expect(load.clickPress, kind).toBeGreaterThanOrEqual(60);
      for (const value of [load.navToPaint, load.clickToPanel]) {
        expect(value !== null && Number.isFinite(value) && value > 0, kind).toBe(true);
      }
    }
    expect(formatReport(result)).toContain('the main thread slowed 4×');
    expect(formatReport(result)).toContain('held the finger down for 60 ms');
  }, 180_000);

  test('openDevicePage() slows the main thread on the phone and not on the desktop', async () => {
    const browser = await launchChromium();
    const busyLoop = async (device: Device) => {
      const context = await browser.newContext(DEVICES[device].screen);
      const { page } = await openDevicePage(context, device);
      // Chromium slows a page by pausing its main thread now and then, so a loop of a few
      // milliseconds can run between two pauses: each loop runs some 30 ms on the desktop, and
      // the median of five is taken.
      const times = await page.evaluate(() =>
        [0, 1, 2, 3, 4].map(() => {
          const start = performance.now();
          let sum = 0;
          for (let i = 0; i < 10_000_000; i++) sum += Math.sqrt(i);
          return sum > 0 ? performance.now() - start : 0;
        }),
      );
      await context.close();
      return times.sort((a, b) => a - b)[2]!;
    };
    try {
      const desktop = await busyLoop('desktop');
      const phone = await busyLoop('phone');
      // Slowed 4×; the machine's own noise leaves well over 2×.
      expect(phone / desktop).toBeGreaterThan(2);
    } finally {
      await browser.close();
    }
  }, 60_000);

  test('measureRaster() times the raster of a 40×40 reveal, less without the stance marks', async () => {
    const { asBuilt, withCss } = await measureRaster({
      size: 40,
      reps: 1,
      css: 'svg.stance-mark { display: none }',
    });
    expect(asBuilt).toHaveLength(1);
    expect(withCss).toHaveLength(1);
    expect(asBuilt[0]).toBeGreaterThan(0);
    expect(withCss[0]).toBeGreaterThan(0);
    expect(withCss[0]).toBeLessThan(asBuilt[0]!);
  }, 120_000);

  test('measureFirstPaint() times the 6×6 page as built, each cut-down copy, plain elements and Plot', async () => {
    const results = await measureFirstPaint({ size: 6, reps: 1 });
    expect(results.map((result) => result.name)).toEqual([
      'as built',
      'without the controls above the grid',
      'nor its module',
      'nor the story data',
      'nor the list of every position',
      'the grid alone, styled',
      'the grid alone, unstyled',
      'plain elements',
      'Observable Plot',
    ]);
    for (const { name, painted } of results) {
      expect(painted, name).toHaveLength(1);
      expect(Number.isFinite(painted[0]) && painted[0]! > 0, name).toBe(true);
    }
    // Each copy cuts what the one before it cut, and more; the floor is 36 cells in a bare page.
    const ladder = results.slice(0, 7);
    for (const [index, result] of ladder.entries()) {
      if (index === 0) continue;
      expect(result.htmlBytes, result.name).toBeLessThan(ladder[index - 1]!.htmlBytes);
    }
    expect(results[5]!.elements).toBeLessThan(results[3]!.elements);
    expect(results[7]!.elements).toBe(36 + 6);
    expect(firstPaintTable(results)).toContain('| Observable Plot | ');
  }, 120_000);
});
