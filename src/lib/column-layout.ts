import { scaleBand } from 'd3-scale';

/** Cells never get narrower than a comfortable touch target nor wider than a readable label. */
export const MIN_COLUMN_WIDTH = 64;
export const MAX_COLUMN_WIDTH = 128;

/**
 * The width of each actor column when the columns share `availableWidth`, clamped so cells
 * stay tappable on phones (the matrix then scrolls inside its own box) and do not stretch
 * into wide empty bars on desktops.
 */
export function columnWidth(columnIds: readonly string[], availableWidth: number): number {
  if (columnIds.length === 0 || !(availableWidth > 0)) return MIN_COLUMN_WIDTH;
  const band = scaleBand<string>().domain(columnIds).range([0, availableWidth]);
  return Math.round(Math.max(MIN_COLUMN_WIDTH, Math.min(MAX_COLUMN_WIDTH, band.bandwidth())));
}
