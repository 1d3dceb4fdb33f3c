import { describe, expect, test } from 'vitest';
import {
  calibratedCpuSlowdown,
  DEFAULT_CPU_SLOWDOWN,
  REFERENCE_BENCHMARK_INDEX,
} from '../browser/cpu-slowdown';

describe('calibratedCpuSlowdown', () => {
  test('is Lighthouse’s default 4× on the reference host', () => {
    expect(calibratedCpuSlowdown(REFERENCE_BENCHMARK_INDEX)).toBe(DEFAULT_CPU_SLOWDOWN);
  });

  test('slows a low-end desktop down less, within the 1–5× Lighthouse’s docs give it', () => {
    const slowdown = calibratedCpuSlowdown(1091);
    expect(slowdown).toBeCloseTo(2.49, 2);
    expect(slowdown).toBeGreaterThanOrEqual(1);
    expect(slowdown).toBeLessThanOrEqual(5);
  });

  test('keeps Lighthouse’s 4× on a host faster than the reference', () => {
    expect(calibratedCpuSlowdown(2500)).toBe(DEFAULT_CPU_SLOWDOWN);
  });

  test('never speeds a host up', () => {
    expect(calibratedCpuSlowdown(300)).toBe(1);
  });

  test('refuses a benchmark index that is not a positive number', () => {
    expect(() => calibratedCpuSlowdown(0)).toThrow(RangeError);
    expect(() => calibratedCpuSlowdown(Number.NaN)).toThrow(RangeError);
  });
});
