/**
 * Lighthouse's CPU slowdown, calibrated to the machine it runs on.
 *
 * Lighthouse's simulated throttling times the page's tasks as they run on the host and
 * multiplies them by `cpuSlowdownMultiplier`, 4 by default: a factor that, by its own account,
 * "moves a typical run in the high-end desktop bracket somewhere into the mid-tier mobile
 * bracket", high-end desktops being a `benchmarkIndex` of 1500–2000 (Lighthouse's
 * docs/throttling.md, "Calibrating the CPU slowdown"). On a slower host the same factor
 * emulates a slower phone than Lighthouse means, and those docs advise lowering it there (to 2×,
 * within 1–5×, for a low-end desktop of 1000–1500). We lower it in proportion to the host's
 * measured `benchmarkIndex`, so that a slow host emulates the phone that 4× emulates on a host
 * in the middle of the high-end bracket. A host at or above that keeps the default 4×: on a fast
 * machine the test is Lighthouse's own preset.
 */

/** The `benchmarkIndex` at which Lighthouse's default 4× is right: the middle of 1500–2000. */
export const REFERENCE_BENCHMARK_INDEX = 1750;

/** Lighthouse's default CPU slowdown, for a host at `REFERENCE_BENCHMARK_INDEX`. */
export const DEFAULT_CPU_SLOWDOWN = 4;

/**
 * The slowdown that makes a host of this `benchmarkIndex` emulate what the default does on the
 * reference host: proportional below it, Lighthouse's 4× at or above it, never below 1 (a host
 * slower than the phone is not sped up). Rounded to hundredths.
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) {
    throw new RangeError(`benchmarkIndex must be a positive number, not ${benchmarkIndex}`);
  }
  const slowdown = (DEFAULT_CPU_SLOWDOWN * benchmarkIndex) / REFERENCE_BENCHMARK_INDEX;
  return Math.min(DEFAULT_CPU_SLOWDOWN, Math.max(1, Math.round(slowdown * 100) / 100));
}
