/** Turns benchmark results into markdown: one table per size, then the targets, met or missed. */
import type { PageKind } from './build';
import { DEVICES, type BenchResult, type LoadResult, type SizeResult } from './harness';
import { median, summarise } from './stats';

const NAMES: Record<PageKind, string> = {
  standpoint: 'Standpoint',
  plot: 'Observable Plot',
  vega: 'Vega-Lite (canvas)',
};

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function loadsOf(size: SizeResult, page: PageKind): LoadResult[] {
  return size.loads.filter((load) => load.page === page);
}

function values(size: SizeResult, page: PageKind, pick: (load: LoadResult) => number | null) {
  return loadsOf(size, page)
    .map(pick)
    .filter((value): value is number => value !== null);
}

function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–';
}

interface Row {
  label: string;
  pick: (load: LoadResult) => number | null;
  format: (value: number) => string;
}

const ROWS: Row[] = [
  {
    label: 'navigation → matrix painted (ms)',
    pick: (l) => l.navToPaint,
    format: (v) => v.toFixed(0),
  },
  {
    label: 'navigation → load event end (ms)',
    pick: (l) => l.loadEvent,
    format: (v) => v.toFixed(0),
  },
  { label: 'script time, load + 1 s (ms)', pick: (l) => l.scriptTime, format: (v) => v.toFixed(0) },
  { label: 'click → panel painted (ms)', pick: (l) => l.clickToPanel, format: (v) => v.toFixed(1) },
  {
    label: 'arrow key → focus painted (ms)',
    pick: (l) => l.keyToPaint,
    format: (v) => v.toFixed(1),
  },
  { label: 'DOM elements', pick: (l) => l.domElements, format: (v) => v.toFixed(0) },
  {
    label: 'JS heap after GC (MB)',
    pick: (l) => (l.heapAfterGc === null ? null : l.heapAfterGc / 1024 / 1024),
    format: (v) => v.toFixed(1),
  },
];

function longTaskCell(size: SizeResult, page: PageKind): string {
  const loads = loadsOf(size, page).filter((load) => load.scriptTime !== null);
  if (loads.length === 0) return 'n/a';
  const counts = loads.map((load) => load.longTasksAfterLoad.length);
  const longest = Math.max(0, ...loads.flatMap((l) => l.longTasksAfterLoad.map((t) => t.duration)));
  return `${median(counts)} (longest ${longest ? longest.toFixed(0) : '–'})`;
}

export function sizeTable(size: SizeResult): string {
  const pages: PageKind[] = ['standpoint', 'plot', 'vega'];
  const reps = loadsOf(size, 'standpoint').length;
  const lines = [
    `### ${size.issues} × ${size.actors} (${size.positions.toLocaleString('en')} positions, ` +
      `${size.quotes.toLocaleString('en')} quotes; ${reps} load${reps === 1 ? '' : 's'} per page)`,
    '',
    `| metric | ${pages.map((p) => NAMES[p]).join(' | ')} | Standpoint / Plot | Standpoint / Vega |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of ROWS) {
    const medians = pages.map((page) => summarise(values(size, page, row.pick)));
    const cells = medians.map((s, index) => {
      const failed = loadsOf(size, pages[index]!).filter(
        (l) => l.timedOut || l.failed || l.skipped,
      ).length;
      const note = failed ? ` (${failed} of ${reps} timed out, failed or not run)` : '';
      if (s.n === 0) return failed ? `none${note}` : 'n/a';
      return `${row.format(s.median)} ±${row.format(s.mad)}${note}`;
    });
    lines.push(
      `| ${row.label} | ${cells.join(' | ')} | ${ratio(medians[0]!.median, medians[1]!.median)} | ${ratio(medians[0]!.median, medians[2]!.median)} |`,
    );
  }
  lines.push(
    `| long tasks after load (median count, longest ms) | ${pages.map((p) => longTaskCell(size, p)).join(' | ')} | | |`,
  );
  const sized = (label: string, pick: (page: PageKind) => number, format = kb) => {
    const [a, b, c] = pages.map(pick) as [number, number, number];
    lines.push(
      `| ${label} | ${format(a)} | ${format(b)} | ${format(c)} | ${ratio(a, b)} | ${ratio(a, c)} |`,
    );
  };
  sized('JS loaded with the page, gzip (KB)', (p) => size.pageSizes[p].js.gzip);
  sized('JS loaded on use, gzip (KB)', (p) => size.pageSizes[p].jsOnUse.gzip);
  sized('CSS, gzip (KB)', (p) => size.pageSizes[p].css.gzip);
  sized('HTML incl. embedded data, gzip (KB)', (p) => size.pageSizes[p].html.gzip);
  sized('quote text in the HTML, before first paint (KB raw)', (p) => size.pageSizes[p].quoteBytes);
  const spread = pages
    .map((page) => {
      const s = summarise(values(size, page, (l) => l.navToPaint));
      return s.n ? `${NAMES[page]} ${s.min.toFixed(0)}–${s.max.toFixed(0)}` : `${NAMES[page]} –`;
    })
    .join(', ');
  lines.push(
    '',
    `± is the median absolute deviation over the loads. Navigation → painted, min–max (ms): ${spread}.`,
  );
  const troubles = size.loads.filter((l) => l.timedOut || l.failed);
  if (troubles.length > 0) {
    const what = (l: LoadResult) =>
      `${NAMES[l.page]} load ${l.repetition + 1} ${l.timedOut ? 'timed out' : 'failed'} at ` +
      `“${l.timedOut ?? l.failed}” (${l.errors.at(-1) ?? ''})`;
    lines.push(
      '',
      `${troubles.map(what).join('; ')}. A page that times out or fails while loading is not loaded again at this size.`,
    );
  }
  return lines.join('\n');
}

interface Target {
  text: string;
  met: boolean;
  detail: string;
}

export function targets(result: BenchResult): Target[] {
  const out: Target[] = [];
  const bySize = new Map(result.results.map((size) => [size.size, size]));
  const any = result.results[0];
  if (!any) return out;
  const shipped = any.pageSizes.standpoint.js.gzip + any.pageSizes.standpoint.css.gzip;
  out.push({
    text: 'JS + CSS shipped ≤ 40 KB gzip',
    met: shipped <= 40 * 1024,
    detail: `${kb(shipped)} KB (JS ${kb(any.pageSizes.standpoint.js.gzip)} + CSS ${kb(any.pageSizes.standpoint.css.gzip)})`,
  });
  const nav = (size: SizeResult, page: PageKind) => median(values(size, page, (l) => l.navToPaint));
  const cap = `timed out or failed (limit ${result.options.loadTimeoutSeconds} s)`;
  const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : cap);
  for (const size of result.results) {
    const sp = nav(size, 'standpoint');
    const plot = nav(size, 'plot');
    out.push({
      text: `${size.size}×${size.size}: navigation → painted ≤ 0.7× Observable Plot`,
      met: sp <= 0.7 * plot,
      detail: `${ms(sp)} vs ${ms(plot)} (${ratio(sp, plot)})`,
    });
  }
  const largest = bySize.get(200);
  if (largest) {
    const sp = nav(largest, 'standpoint');
    const vega = nav(largest, 'vega');
    out.push({
      text: '200×200: navigation → painted no slower than Vega (canvas)',
      met: sp <= vega,
      detail: `${ms(sp)} vs ${ms(vega)} (${ratio(sp, vega)})`,
    });
  }
  for (const size of result.results) {
    const click = median(values(size, 'standpoint', (l) => l.clickToPanel));
    const key = median(values(size, 'standpoint', (l) => l.keyToPaint));
    out.push({
      text: `${size.size}×${size.size}: click → panel and arrow key → painted ≤ 20 ms`,
      met: click <= 20 && key <= 20,
      detail: Number.isFinite(click)
        ? `click ${click.toFixed(1)} ms, key ${key.toFixed(1)} ms`
        : `not measured: ${cap}`,
    });
  }
  const fifty = bySize.get(50);
  if (fifty) {
    const tasks = loadsOf(fifty, 'standpoint').flatMap((l) => l.longTasksAfterLoad);
    const measured = loadsOf(fifty, 'standpoint').some((l) => l.scriptTime !== null);
    out.push({
      text: '50×50: no long task (> 50 ms) after load',
      met: measured && tasks.length === 0,
      detail: tasks.length
        ? `${tasks.length} over ${loadsOf(fifty, 'standpoint').length} loads, longest ${Math.max(...tasks.map((t) => t.duration)).toFixed(0)} ms`
        : measured
          ? 'none'
          : `not measured: ${cap}`,
    });
  }
  if (largest) {
    const heap = (page: PageKind) => median(values(largest, page, (l) => l.heapAfterGc));
    out.push({
      text: '200×200: JS heap after load ≤ Observable Plot',
      met: heap('standpoint') <= heap('plot'),
      detail: Number.isFinite(heap('standpoint'))
        ? `${mb(heap('standpoint'))} MB vs ${mb(heap('plot'))} MB`
        : `not measured: ${cap}; Observable Plot ${mb(heap('plot'))} MB`,
    });
    const sizes = largest.pageSizes.standpoint;
    out.push({
      text: '200×200: quotes not all loaded before first paint',
      met: sizes.quoteShare < 0.5,
      detail:
        `${(sizes.quoteShare * 100).toFixed(0)}% of quotes (${mb(sizes.quoteBytes)} MB of quote text) are in the HTML; ` +
        `HTML ${mb(sizes.html.raw)} MB raw, ${mb(sizes.html.gzip)} MB gzip`,
    });
  }
  return out;
}

function deviceNote(result: BenchResult): string {
  const { screen, cpuSlowdown } = DEVICES[result.options.device];
  const { viewport, deviceScaleFactor } = screen;
  const size = `${viewport.width} × ${viewport.height} CSS pixels at ${deviceScaleFactor}×`;
  return result.options.device === 'desktop'
    ? `Desktop window, ${size}, mouse.`
    : `Phone emulation: ${size}, touch, the main thread slowed ${cpuSlowdown}× (raster and ` +
        `compositing are not); the targets are stated for the desktop window.`;
}

export function formatReport(result: BenchResult): string {
  const { machine } = result;
  return [
    `Run ${result.startedAt}: ${machine.cpus} × ${machine.cpuModel}, ${mb(machine.memoryBytes)} MB RAM, ` +
      `Node ${machine.node}, Chromium ${machine.chromium}; ${result.options.repetitions} loads per page and size, ` +
      `seed ${result.options.seed}; took ${(result.durationMs / 1000).toFixed(0)} s.` +
      (result.options.settleMs > 0
        ? ` Each click came ${result.options.settleMs} ms after the target cell was revealed, not at once as the targets ask.`
        : '') +
      (result.options.pressMs > 0
        ? ` Each click held the ${result.options.device === 'phone' ? 'finger' : 'button'} down for ${result.options.pressMs} ms, where the targets are measured with press and release sent at once.`
        : '') +
      ` ${deviceNote(result)}`,
    '',
    ...result.results.map((size) => sizeTable(size) + '\n'),
    '### Targets',
    '',
    ...targets(result).map((t) => `- ${t.met ? '✅ met' : '❌ missed'}: ${t.text} — ${t.detail}`),
  ].join('\n');
}
