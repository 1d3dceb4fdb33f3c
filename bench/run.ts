/**
 * `npm run bench [-- --reps 5 --sizes 10,50,100,200 --seed 20250818 --load-timeout 90 --settle 0
 * --press 0 --device desktop]`: builds and measures
 * Standpoint against Observable Plot and Vega-Lite, prints one markdown table per size and the
 * targets, and writes the raw results to `bench/results/` (gitignored).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEVICES, runBenchmark, type Device } from './harness';
import { formatReport } from './report';

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '10,50,100,200' },
    seed: { type: 'string', default: '20250818' },
    'load-timeout': { type: 'string', default: '90' },
    settle: { type: 'string', default: '0' },
    press: { type: 'string', default: '0' },
    device: { type: 'string', default: 'desktop' },
  },
});
const repetitions = Number(values.reps);
const sizes = values.sizes.split(',').map(Number);
const settleMs = Number(values.settle);
const pressMs = Number(values.press);
const device = values.device as Device;
if (
  !(repetitions >= 1) ||
  sizes.some((size) => !(size >= 2)) ||
  !(settleMs >= 0) ||
  !(pressMs >= 0) ||
  !Object.hasOwn(DEVICES, device)
) {
  throw new Error(
    'usage: npm run bench -- [--reps N] [--sizes 10,50,100,200] [--seed N] [--load-timeout S] [--settle MS] [--press MS] [--device desktop|phone]',
  );
}

const result = await runBenchmark({
  sizes,
  repetitions,
  seed: Number(values.seed),
  loadTimeoutSeconds: Number(values['load-timeout']),
  settleMs,
  pressMs,
  device,
  log: (line) => console.error(line),
});
const report = formatReport(result);
const folder = fileURLToPath(new URL('results', import.meta.url));
await mkdir(folder, { recursive: true });
const stamp = result.startedAt.replace(/[:.]/g, '-');
await writeFile(join(folder, `bench-${stamp}.json`), JSON.stringify(result, null, 2));
await writeFile(join(folder, 'latest.md'), report + '\n');
console.log(report);
console.error(`raw results: bench/results/bench-${stamp}.json`);
