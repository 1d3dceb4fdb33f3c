/** Summary statistics for repeated measurements. */

export interface Summary {
  n: number;
  median: number;
  /** Median absolute deviation from the median: the typical run-to-run noise. */
  mad: number;
  min: number;
  max: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function summarise(values: readonly number[]): Summary {
  const m = median(values);
  return {
    n: values.length,
    median: m,
    mad: median(values.map((value) => Math.abs(value - m))),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}
