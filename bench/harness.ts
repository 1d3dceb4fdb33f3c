/**
 * The benchmark: builds Standpoint and the two comparison pages for synthetic stories of
 * several sizes, then loads them in headless Chromium, interleaved, each load in a fresh
 * browser context, and measures each load. `npm run bench` and the smoke test both call
 * `runBenchmark`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Story } from '../src/lib/types';
import { validateStory } from '../src/lib/validate';
import { launchChromium } from '../tests/browser/chromium';
import { serveStatic } from '../tests/browser/static-server';
import { buildAll, PAGES, withAssetsLoaded, type PageKind, type PageSizes } from './build';
import {
  inPageScript,
  type InteractionCheck,
  type InteractionTimes,
  type PaintTimes,
  type ReadyCondition,
} from './in-page';
import { syntheticStory } from './synthetic';

/**
 * What the pages are loaded on. The targets are stated for the desktop window at the machine's
 * own speed; the phone is Lighthouse's mobile emulation (a Moto G Power's 412 × 823 screen at
 * 1.75 device pixels per CSS pixel, touch, the main thread slowed 4×), the reader the issue
 * has in mind. Only the main thread is slowed: raster and compositing run at the machine's speed.
 */
export const DEVICES = {
  desktop: {
    screen: {
      viewport: { width: 1280, height: 900 },
      deviceScaleFactor: 1,
      isMobile: false,
      hasTouch: false,
    },
    cpuSlowdown: 1,
  },
  phone: {
    screen: {
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    },
    cpuSlowdown: 4,
  },
} as const;
export type Device = keyof typeof DEVICES;
/** Time allowed for everything after a page has loaded: settling, metrics, click and key. */
const STEPS_AFTER_LOAD_MS = 60_000;

export interface BenchOptions {
  /** Square sizes: 50 means 50 issues × 50 actors. */
  sizes: number[];
  /** Loads of each page per size. */
  repetitions: number;
  seed?: number;
  /**
   * Longest a page may take to load and paint its matrix, in seconds (default 90). A load that
   * takes longer (or crashes) is recorded as such, and that page's remaining loads at that size are not
   * attempted (the report says so), so one very slow page cannot stall the run.
   */
  loadTimeoutSeconds?: number;
  /**
   * Milliseconds to wait between revealing the target cell (scrolling a windowed grid to it)
   * and clicking it; default 0, as the targets are measured. A pause shows what the click
   * costs once the scroll has been drawn and the rows' quotes fetched.
   */
  settleMs?: number;
  /**
   * Milliseconds the mouse button (or, on the phone, the finger) stays down when clicking the
   * target cell; default 0, as the targets are measured: press and release are sent at once, so
   * the click also waits for what the press set going (focus, pointer events, their frame). A
   * reader's press takes a while; this shows the click with the press's work done before it.
   */
  pressMs?: number;
  /** What the pages are loaded on (`DEVICES`); default desktop. */
  device?: Device;
  /** Progress lines; silent by default. */
  log?: (line: string) => void;
}

export interface LongTask {
  start: number;
  duration: number;
}

/** Everything measured in one page load. Times in ms, sizes in bytes. */
export interface LoadResult {
  page: PageKind;
  repetition: number;
  /** The JS and CSS files the page had fetched one second after load, before any interaction. */
  assetsLoaded: string[];
  /** Navigation start → just after the frame that first shows the whole matrix. */
  navToPaint: number | null;
  /** The same, to the start of the next frame (double rAF). */
  navToPaintNextFrame: number | null;
  /** Navigation start → end of the load event: every deferred and module script has run. */
  loadEvent: number | null;
  /** CDP `Performance.getMetrics` ScriptDuration, once loaded and settled. */
  scriptTime: number | null;
  /** CDP TaskDuration (all main-thread work) at the same moment. */
  taskTime: number | null;
  /** `innerWidth` the page saw, in CSS pixels. */
  viewportWidth: number | null;
  /** Click on a cell (the click event's timeStamp) → just after the frame showing its quote. */
  clickToPanel: number | null;
  /** The click's `pointerType`: "mouse" on the desktop, "touch" for a phone's tap. */
  clickPointerType: string | null;
  /** From the click's press (pointerdown) to the click, as the page saw them. */
  clickPress: number | null;
  clickToPanelNextFrame: number | null;
  /** Arrow key (keydown timeStamp) → just after the frame where the next cell has focus; null when the page has no keyboard access to cells. */
  keyToPaint: number | null;
  keyToPaintNextFrame: number | null;
  /** Elements in the document. */
  domElements: number | null;
  /** CDP `Nodes`: every DOM node, text nodes included. */
  domNodes: number | null;
  /** `Runtime.getHeapUsage` usedSize after `HeapProfiler.collectGarbage`. */
  heapAfterGc: number | null;
  /** Long tasks (>50 ms) from the later of load and matrix-painted to the first interaction. */
  longTasksAfterLoad: LongTask[];
  /** Long tasks during the click and the key press. */
  longTasksDuringInteraction: LongTask[];
  /** Every long task from navigation start to the first paint of the matrix. */
  longTasksBeforePaint: LongTask[];
  /** Page errors and console errors. */
  errors: string[];
  /** Set when a step ran out of time: the step's name; its measurements and later ones are null. */
  timedOut?: string;
  /** Set when a step failed otherwise (e.g. the renderer crashed); the error is in `errors`. */
  failed?: string;
  /** Set when the load was not attempted because an earlier load of the page timed out. */
  skipped?: boolean;
}

export interface SizeResult {
  size: number;
  issues: number;
  actors: number;
  positions: number;
  quotes: number;
  /** The cell the interactions use. */
  target: { actor: string; issue: string };
  pageSizes: Record<PageKind, PageSizes>;
  loads: LoadResult[];
}

export interface BenchResult {
  startedAt: string;
  durationMs: number;
  options: {
    sizes: number[];
    repetitions: number;
    seed: number;
    loadTimeoutSeconds: number;
    settleMs: number;
    pressMs: number;
    device: Device;
  };
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; chromium: string };
  results: SizeResult[];
}

/** How the harness recognises each page's matrix and panel. */
export function pageSpec(kind: PageKind, story: Story) {
  const cells = story.issues.length * story.actors.length;
  const ready: Record<PageKind, Omit<ReadyCondition, 'timeout'>> = {
    // Every gridcell of the table is in the document; or, for a windowed grid, every one in view.
    standpoint: { selector: '[role=grid] [role=gridcell]', count: cells, windowed: true },
    // Plot inserts its whole SVG at once: every rect of the cell mark.
    plot: { selector: '#chart svg g[aria-label="cell"] > rect', count: cells },
    // A canvas shows nothing in the DOM; the page flags its container once vega-embed's
    // promise has resolved, which happens after the first render onto the canvas.
    vega: { selector: '#chart[data-rendered] canvas', count: 1 },
  };
  const panel: Record<PageKind, string> = {
    standpoint: '.panel-area',
    plot: 'aside',
    vega: 'aside',
  };
  return { ready: ready[kind], panel: panel[kind] };
}

/**
 * Opens a page in `context` (made with `DEVICES[device].screen`) and slows its main thread as
 * the device asks; returns the page and the CDP session that slows it.
 */
export async function openDevicePage(context: BrowserContext, device: Device) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { cpuSlowdown } = DEVICES[device];
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  return { page, cdp };
}

/** A filled cell near the middle of the grid, preferring one with a history. */
export function pickTarget(story: Story): { actor: string; issue: string; quote: string } {
  const issue = story.issues[Math.floor(story.issues.length / 2)]!.id;
  const forIssue = story.positions.filter((position) => position.issue === issue);
  const byActor = new Map<string, Story['positions']>();
  for (const position of forIssue) {
    byActor.set(position.actor, [...(byActor.get(position.actor) ?? []), position]);
  }
  const middle = Math.floor(story.actors.length / 2);
  const ordered = [...story.actors].sort(
    (a, b) =>
      Math.abs(story.actors.indexOf(a) - middle) - Math.abs(story.actors.indexOf(b) - middle),
  );
  const actor =
    ordered.find((candidate) => (byActor.get(candidate.id)?.length ?? 0) > 1) ??
    ordered.find((candidate) => byActor.has(candidate.id));
  if (!actor) throw new Error(`no position on issue ${issue}`);
  const latest = [...byActor.get(actor.id)!].sort((a, b) => (a.asOf < b.asOf ? 1 : -1))[0]!;
  return { actor: actor.id, issue, quote: latest.evidence[0]!.text };
}

async function evaluate<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}

/** Rejects with a "timed out" error after `ms`, even while the page's main thread is busy. */
async function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out`)), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Scrolls the cell into view and returns its centre in viewport coordinates. */
export function revealCell(page: Page, kind: PageKind, actor: string, issue: string) {
  const args = `${JSON.stringify(actor)}, ${JSON.stringify(issue)}`;
  if (kind !== 'standpoint') {
    return evaluate<{ x: number; y: number }>(page, `window.benchPeer.revealCell(${args})`);
  }
  // A windowed grid draws only the cells in view, so scroll its box (as a reader would) until
  // the cell is drawn: down to the row, then across a half box at a time.
  return evaluate<{ x: number; y: number }>(
    page,
    `(async (actor, issue) => {
      const selector = '[role=grid] [data-actor="' + actor + '"][data-issue="' + issue + '"]';
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const scroller = document.querySelector('[role=grid]').parentElement;
      if (!document.querySelector(selector)) {
        for (let top = 0; !document.querySelector('[role=grid] [data-issue="' + issue + '"]') && top <= scroller.scrollHeight; top += scroller.clientHeight / 2) {
          scroller.scrollTop = top;
          await frame();
        }
        // Drawn is not seen: the row may be in the margin drawn beyond the box's edge, which the
        // next window can leave out. Centre it, as a reader would.
        const row = document.querySelector('[role=grid] [data-issue="' + issue + '"]').closest('tr');
        const box = scroller.getBoundingClientRect();
        scroller.scrollTop += row.getBoundingClientRect().top + row.offsetHeight / 2 - box.top - scroller.clientHeight / 2;
        await frame();
        for (let left = 0; !document.querySelector(selector) && left <= scroller.scrollWidth; left += scroller.clientWidth / 2) {
          scroller.scrollLeft = left;
          await frame();
        }
      }
      const cell = document.querySelector(selector);
      cell.scrollIntoView({ block: 'center', inline: 'center' });
      const box = cell.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    })(${args})`,
  );
}

/**
 * A tap at `point`. Playwright's `touchscreen.tap` sends its touch start and touch end at once,
 * as `mouse.click` with no delay sends its move, press and release; a press of `pressMs` sends
 * the same two touch events, the second once the first has been handled and the time is up.
 */
async function tap(page: Page, cdp: CDPSession, point: { x: number; y: number }, pressMs: number) {
  if (pressMs === 0) return page.touchscreen.tap(point.x, point.y);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await page.waitForTimeout(pressMs);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function measureInteraction(
  page: Page,
  type: 'click' | 'keydown',
  check: InteractionCheck,
  act: () => Promise<void>,
): Promise<InteractionTimes> {
  await evaluate(page, 'window.__bench.frames(2)');
  await evaluate(page, `window.__bench.arm(${JSON.stringify(type)}, ${JSON.stringify(check)})`);
  await act();
  const times = await withDeadline(
    evaluate<InteractionTimes>(page, 'window.__bench.interaction()'),
    30_000,
    `${type} painted`,
  );
  if (typeof times.start !== 'number') throw new Error(`no trusted ${type} event reached the page`);
  return times;
}

/** A load's result with every measurement empty, for a load that timed out or was not run. */
function emptyLoad(page: PageKind, repetition: number, errors: string[] = []): LoadResult {
  return {
    page,
    repetition,
    assetsLoaded: [],
    navToPaint: null,
    navToPaintNextFrame: null,
    loadEvent: null,
    scriptTime: null,
    taskTime: null,
    viewportWidth: null,
    clickToPanel: null,
    clickPointerType: null,
    clickPress: null,
    clickToPanelNextFrame: null,
    keyToPaint: null,
    keyToPaintNextFrame: null,
    domElements: null,
    domNodes: null,
    heapAfterGc: null,
    longTasksAfterLoad: [],
    longTasksDuringInteraction: [],
    longTasksBeforePaint: [],
    errors,
  };
}

const isTimeout = (error: unknown) =>
  error instanceof Error && /time(d)? ?out/i.test(error.message);

/** How every load of a run is made. */
interface LoadSettings {
  timeoutMs: number;
  settleMs: number;
  pressMs: number;
  device: Device;
}

/** One load of one page in a fresh context, with every measurement. */
async function measureLoad(
  browser: Browser,
  url: string,
  kind: PageKind,
  story: Story,
  target: { actor: string; issue: string; quote: string },
  repetition: number,
  { timeoutMs, settleMs, pressMs, device }: LoadSettings,
): Promise<LoadResult> {
  const spec = pageSpec(kind, story);
  const context = await browser.newContext(DEVICES[device].screen);
  const result = emptyLoad(kind, repetition);
  let step = 'navigation';
  try {
    // Loading and the interactions have deadlines of their own; this one bounds every step, so
    // a page or a CDP call that never answers costs one load rather than stalling the run.
    const measure = async () => {
      const { page, cdp } = await openDevicePage(context, device);
      page.on('pageerror', (error) => result.errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') result.errors.push(`console.error: ${message.text()}`);
      });
      await page.addInitScript({ content: inPageScript({ ...spec.ready, timeout: timeoutMs }) });
      await cdp.send('Performance.enable');

      const navigationStarted = Date.now();
      const remaining = () => Math.max(1, timeoutMs - (Date.now() - navigationStarted));
      // Wait for the matrix and the load event separately: a page may paint long before it loads.
      await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
      const painted = await withDeadline(
        evaluate<PaintTimes>(page, 'window.__bench.painted()'),
        remaining(),
        'matrix painted',
      );
      result.navToPaint = painted.afterFrame;
      result.navToPaintNextFrame = painted.nextFrame;
      step = 'load event';
      await page.waitForLoadState('load', { timeout: remaining() });
      const loadEnd = await evaluate<number>(
        page,
        `performance.getEntriesByType('navigation')[0].loadEventEnd`,
      );
      result.loadEvent = loadEnd;
      // Let the page settle: whatever it does after load counts as "after load".
      step = 'settle';
      await page.waitForTimeout(1000);
      const metric = async (name: string) => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
      };
      result.scriptTime = (await metric('ScriptDuration')) * 1000;
      result.taskTime = (await metric('TaskDuration')) * 1000;
      const longTasks = await evaluate<LongTask[]>(page, 'window.__bench.longTasks.slice()');
      const loaded = Math.max(painted.afterFrame, loadEnd);
      result.longTasksBeforePaint = longTasks.filter((task) => task.start < painted.afterFrame);
      result.longTasksAfterLoad = longTasks.filter((task) => task.start >= loaded);

      await cdp.send('HeapProfiler.collectGarbage');
      result.heapAfterGc = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      result.assetsLoaded = await evaluate<string[]>(
        page,
        `performance.getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname.split('/').pop())
          .filter((name) => /\\.(js|css)$/.test(name))`,
      );
      result.domNodes = await metric('Nodes');
      result.domElements = await evaluate<number>(
        page,
        `document.getElementsByTagName('*').length`,
      );
      result.viewportWidth = await evaluate<number>(page, 'innerWidth');

      step = 'click';
      const beforeInteraction = await evaluate<number>(page, 'performance.now()');
      const point = await revealCell(page, kind, target.actor, target.issue);
      if (settleMs > 0) await page.waitForTimeout(settleMs);
      const click = await measureInteraction(
        page,
        'click',
        { kind: 'text', selector: spec.panel, text: target.quote },
        () =>
          DEVICES[device].screen.hasTouch
            ? tap(page, cdp, point, pressMs)
            : page.mouse.click(point.x, point.y, { delay: pressMs }),
      );
      result.clickToPanel = click.afterFrame - click.start;
      result.clickPointerType = click.pointerType;
      result.clickPress = click.pressed;
      result.clickToPanelNextFrame = click.nextFrame - click.start;

      if (kind === 'standpoint') {
        step = 'arrow key';
        // Focus the clicked cell, then move one column with the arrow keys.
        const move = await evaluate<{ key: string; actor: string; issue: string }>(
          page,
          `((actor, issue) => {
            const cell = document.querySelector(
              '[role=grid] [data-actor="' + actor + '"][data-issue="' + issue + '"]');
            cell.focus();
            const after = cell.nextElementSibling;
            const next = after && after.dataset.actor ? after : cell.previousElementSibling;
            return {
              key: next === after ? 'ArrowRight' : 'ArrowLeft',
              actor: next.dataset.actor,
              issue: next.dataset.issue,
            };
          })(${JSON.stringify(target.actor)}, ${JSON.stringify(target.issue)})`,
        );
        const key = await measureInteraction(
          page,
          'keydown',
          { kind: 'focus', actor: move.actor, issue: move.issue },
          () => page.keyboard.press(move.key),
        );
        result.keyToPaint = key.afterFrame - key.start;
        result.keyToPaintNextFrame = key.nextFrame - key.start;
      }
      const allLongTasks = await evaluate<LongTask[]>(page, 'window.__bench.longTasks.slice()');
      result.longTasksDuringInteraction = allLongTasks.filter(
        (task) => task.start >= beforeInteraction,
      );
    };
    await withDeadline(measure(), timeoutMs + STEPS_AFTER_LOAD_MS, 'measuring the load');
    return result;
  } catch (error) {
    // A page that runs out of time or crashes the renderer is a result, not a harness failure.
    if (isTimeout(error)) result.timedOut = step;
    else result.failed = step;
    result.errors.push(
      `${step}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

/** Builds and measures every size; see the file comment. */
export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const {
    sizes,
    repetitions,
    seed = 20250818,
    settleMs = 0,
    pressMs = 0,
    device = 'desktop',
    log = () => {},
  } = options;
  const timeoutMs = (options.loadTimeoutSeconds ?? 90) * 1000;
  const started = Date.now();
  const root = await mkdtemp(join(tmpdir(), 'standpoint-bench-'));
  const site = await serveStatic(root, '/');
  const results: SizeResult[] = [];
  let chromiumVersion = '';
  try {
    for (const size of sizes) {
      const checked = validateStory(syntheticStory({ issues: size, actors: size, seed }));
      if (!checked.ok) {
        throw new Error(`synthetic story is invalid: ${JSON.stringify(checked.errors[0])}`);
      }
      const story = checked.story;
      log(`${size}×${size}: building (${story.positions.length} positions)`);
      const built = await buildAll(story, root);
      const target = pickTarget(story);
      const loads: LoadResult[] = [];
      const browser = await launchChromium();
      chromiumVersion = browser.version();
      try {
        for (let repetition = 0; repetition < repetitions; repetition++) {
          // Rotate the order each round so no page always goes first.
          const order = PAGES.map((_, index) => PAGES[(index + repetition) % PAGES.length]!);
          for (const kind of order) {
            const loading = ['navigation', 'load event'];
            const gaveUp = (load: LoadResult) =>
              load.page === kind && loading.includes(load.timedOut ?? load.failed ?? '');
            if (loads.some(gaveUp)) {
              loads.push({ ...emptyLoad(kind, repetition), skipped: true });
              continue;
            }
            const url = `${site.url}${story.id}/${kind}/`;
            const load = await measureLoad(browser, url, kind, story, target, repetition, {
              timeoutMs,
              settleMs,
              pressMs,
              device,
            });
            log(
              `${size}×${size} #${repetition + 1} ${kind}: ` +
                (load.timedOut || load.failed
                  ? `${load.timedOut ? 'timed out' : 'failed'} at ${load.timedOut ?? load.failed}: ${load.errors.at(-1)}`
                  : `painted ${load.navToPaint?.toFixed(0)} ms, click ${load.clickToPanel?.toFixed(1)} ms`),
            );
            loads.push(load);
          }
        }
      } finally {
        await browser.close();
      }
      results.push({
        size,
        issues: story.issues.length,
        actors: story.actors.length,
        positions: story.positions.length,
        quotes: story.positions.reduce((sum, position) => sum + position.evidence.length, 0),
        target: { actor: target.actor, issue: target.issue },
        pageSizes: {
          standpoint: await withAssetsLoaded(built.standpoint, loads),
          plot: await withAssetsLoaded(built.plot, loads),
          vega: await withAssetsLoaded(built.vega, loads),
        },
        loads,
      });
    }
  } finally {
    await site.close();
    await rm(root, { recursive: true, force: true });
  }
  return {
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    options: {
      sizes,
      repetitions,
      seed,
      loadTimeoutSeconds: timeoutMs / 1000,
      settleMs,
      pressMs,
      device,
    },
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryBytes: totalmem(),
      node: process.version,
      chromium: chromiumVersion,
    },
    results,
  };
}
