import { describe, expect, test } from 'vitest';
import { PAGES } from '../../bench/build';
import { runBenchmark, type BenchResult } from '../../bench/harness';
import { formatReport } from '../../bench/report';

describe('the benchmark harness', () => {
  test('runBenchmark() measures all three pages at 6×6 with finite positive numbers', async () => {
    const result: BenchResult = await runBenchmark({ sizes: [6], repetitions: 1 });
    const [size] = result.results;
    expect(size?.issues).toBe(6);
    expect(size?.actors).toBe(6);

    for (const kind of PAGES) {
      const loads = size!.loads.filter((load) => load.page === kind);
      expect(loads, kind).toHaveLength(1);
      const load = loads[0]!;
      expect(load.errors, `${kind}: page errors`).toEqual([]);
      for (const value of [load.navToPaint, load.clickToPanel, load.scriptTime, load.heapAfterGc]) {
        expect(
          value !== null && Number.isFinite(value) && value > 0,
          `${kind}: ${JSON.stringify(load)}`,
        ).toBe(true);
      }
      expect(load.domElements, kind).toBeGreaterThan(5);
      if (kind === 'standpoint') expect(load.keyToPaint).toBeGreaterThan(0);
      else expect(load.keyToPaint, `${kind} has no keyboard access`).toBeNull();

      const sizes = size!.pageSizes[kind];
      expect(sizes.js.gzip, kind).toBeGreaterThan(1000);
      expect(sizes.js.gzip, kind).toBeLessThan(sizes.js.raw);
      expect(sizes.css.gzip, kind).toBeGreaterThan(100);
      // Every page embeds the same story, so each HTML holds at least the data.
      expect(sizes.html.raw, kind).toBeGreaterThanOrEqual(sizes.data.raw);
    }
    expect(formatReport(result)).toContain('### 6 × 6');
  }, 90_000);
});
