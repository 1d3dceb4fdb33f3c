import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { median } from '../../bench/stats';
import { calibratedCpuSlowdown, DEFAULT_CPU_SLOWDOWN } from './cpu-slowdown';
import { DIST, SUB_PATH } from './fixtures';
import { serveStatic, type StaticSite } from './static-server';

/** The project root, where `lighthouse` resolves from. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The flags of `launchChromium()` (tests/browser/chromium.ts), for a Chromium we spawn ourselves. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts headless Chromium with a DevTools port, without blocking this process's event loop. */
async function startChromium(
  userDataDir: string,
): Promise<{ port: number; process: ChildProcess }> {
  const child = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${userDataDir}`,
      ...CHROMIUM_FLAGS,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${output}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${output}`)));
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  return { port, process: child };
}

/**
 * What the Lighthouse run reports back: category scores, every scored audit below 1 and the
 * unscored performance diagnostics that flag a problem, the host's `benchmarkIndex` and the CPU
 * slowdown the run simulated.
 */
interface LighthouseSummary {
  runtimeError?: string;
  scores: Record<string, number | null>;
  failing: string[];
  benchmarkIndex: number;
  cpuSlowdown: number;
}

/**
 * Runs Lighthouse's Node API (mobile preset, the default config but for the CPU slowdown)
 * against `url` in a child Node process attached to the Chromium on `port`. A child process,
 * because Vitest's module runner resolves imports with the browser condition (for Svelte), which
 * would hand puppeteer-core the browser build of `ws`; spawning keeps this process's event loop,
 * and its static server, free.
 */
function runLighthouse(url: string, port: number, cpuSlowdown: number): Promise<LighthouseSummary> {
  const script = `
    import lighthouse from 'lighthouse';
    const [url, port, cpuSlowdown] = process.argv.slice(1);
    const result = await lighthouse(url, {
      port: Number(port),
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      throttling: { cpuSlowdownMultiplier: Number(cpuSlowdown) },
    });
    const lhr = result.lhr;
    const scores = Object.fromEntries(
      Object.entries(lhr.categories).map(([id, category]) => [id, category.score]),
    );
    const failing = Object.values(lhr.categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) =>
          category.id + ': ' + audit.id + ' (' + audit.title + ') score ' + audit.score +
          (audit.displayValue ? ', ' + audit.displayValue : ''),
        ),
    );
    // Unscored performance diagnostics that flag something, to point at the cause.
    const hints = lhr.categories.performance.auditRefs
      .filter((ref) => ref.weight === 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.displayValue)
      .map((audit) => 'diagnostic: ' + audit.id + ' (' + audit.title + '), ' + audit.displayValue);
    process.stdout.write(
      JSON.stringify({
        runtimeError: lhr.runtimeError?.message,
        scores,
        failing: [...failing, ...hints],
        benchmarkIndex: lhr.environment.benchmarkIndex,
        cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier,
      }),
    );
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '--eval', script, url, String(port), String(cpuSlowdown)],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(JSON.parse(stdout) as LighthouseSummary);
      else reject(new Error(`Lighthouse exited with ${code}:\n${stderr}`));
    });
  });
}

let site: StaticSite | undefined;
let chromium: ChildProcess | undefined;
let userDataDir: string | undefined;
let port = 0;

beforeAll(async () => {
  site = await serveStatic(DIST, SUB_PATH);
  userDataDir = await mkdtemp(join(tmpdir(), 'standpoint-lighthouse-'));
  ({ port, process: chromium } = await startChromium(userDataDir));
});

afterAll(async () => {
  if (chromium && chromium.exitCode === null) {
    const exited = new Promise((resolve) => chromium?.once('exit', resolve));
    chromium.kill();
    await exited;
  }
  await site?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

/**
 * The performance score the issue asks for is 0.98, on Lighthouse's mobile preset. Its 4× CPU
 * slowdown is relative to the host and meant for a fast desktop: on a shared 2-core Xeon
 * (benchmarkIndex about 1100, where Lighthouse's docs put 2× for the same phone) one run of the
 * same build has scored anywhere from 0.72 to 0.99, Total Blocking Time moving with the machine.
 * So, as those docs advise, the test calibrates: a first run at the default 4× measures the
 * host's benchmarkIndex (skipped when the slowdown is fixed), and the scored runs lower the
 * slowdown in proportion to the median benchmarkIndex measured so far (`cpu-slowdown.ts`; 4× on a
 * fast host). The score held to 0.98 (a Total Blocking Time under about 180 ms, every other
 * metric being at 1) is the median of the scored runs, as Lighthouse's guidance on variability
 * advises: three in `npm test`, five at the preset's own 4× whatever the host in `npm run
 * lighthouse` (`LIGHTHOUSE_RUNS`, `LIGHTHOUSE_CPU_SLOWDOWN`). Accessibility, best practices and
 * SEO must be 1 in every run. See docs/performance-notes.md.
 */
const MIN_PERFORMANCE = Number(process.env.LIGHTHOUSE_MIN_PERFORMANCE ?? 0.98);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const FIXED_CPU_SLOWDOWN = process.env.LIGHTHOUSE_CPU_SLOWDOWN
  ? Number(process.env.LIGHTHOUSE_CPU_SLOWDOWN)
  : undefined;

const SLOWDOWN_NAME = FIXED_CPU_SLOWDOWN
  ? `CPU slowdown ${FIXED_CPU_SLOWDOWN}×`
  : 'CPU slowdown calibrated to the host';

describe('Lighthouse on the bundled story', () => {
  test(`scores performance ≥ ${MIN_PERFORMANCE} (median of ${RUNS} runs, ${SLOWDOWN_NAME}) and 1 for accessibility, best practices and SEO in every run (mobile)`, async () => {
    // A fixed slowdown needs no measure of the host.
    const calibration = FIXED_CPU_SLOWDOWN
      ? []
      : [await runLighthouse(site!.url, port, DEFAULT_CPU_SLOWDOWN)];
    const runs: LighthouseSummary[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const cpuSlowdown =
        FIXED_CPU_SLOWDOWN ??
        calibratedCpuSlowdown(median([...calibration, ...runs].map((r) => r.benchmarkIndex)));
      runs.push(await runLighthouse(site!.url, port, cpuSlowdown));
    }
    const message = [...calibration, ...runs]
      .map(({ scores, failing, benchmarkIndex, cpuSlowdown }, index) => {
        const run = index - calibration.length + 1;
        const name = run === 0 ? 'calibration run' : `run ${run}`;
        const audits = failing.join('\n');
        return `${name} (benchmarkIndex ${benchmarkIndex}, CPU slowdown ${cpuSlowdown}×): scores ${JSON.stringify(scores)}; failing audits:\n${audits}`;
      })
      .join('\n');
    console.info(`Lighthouse: ${message}`);
    for (const { runtimeError, scores } of [...calibration, ...runs]) {
      expect(runtimeError, 'Lighthouse runtime error').toBeUndefined();
      expect(scores.accessibility, message).toBe(1);
      expect(scores['best-practices'], message).toBe(1);
      expect(scores.seo, message).toBe(1);
    }
    const performance = median(runs.map(({ scores }) => scores.performance ?? 0));
    expect(performance, message).toBeGreaterThanOrEqual(MIN_PERFORMANCE);
  }, 600_000);
});
