/**
 * Which rows and columns of a large matrix are drawn. Past `WINDOW_THRESHOLD` cells the grid
 * draws only the cells in (and just around) its scroll box, so a 200 × 200 story costs about as
 * much to paint, hydrate and update as a small one; spacers of the right size stand in for the
 * rest, so the scroll bars and positions stay those of the whole grid.
 */
import type { GridPoint } from './grid-nav';

/** Grids with more cells than this are windowed; a newsroom story of 25 × 40 is not. */
export const WINDOW_THRESHOLD = 1000;

/** Rows and columns drawn; `…End` is exclusive. */
export interface GridWindow {
  rowStart: number;
  rowEnd: number;
  columnStart: number;
  columnEnd: number;
}

/** The scroll box, in CSS pixels. */
export interface ScrollBox {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Sizes of the grid's parts, in CSS pixels, as measured (or estimated before first layout). */
export interface GridMetrics {
  rowHeight: number;
  columnWidth: number;
  /** Height of the column headers above the first row. */
  headerHeight: number;
  /** Width of the issue column left of the first actor column. */
  rowHeaderWidth: number;
}

/**
 * Used before anything is laid out: at build time and in the first frame after hydration. As
 * measured on a desktop, where the grid's parts are as wide as the styles allow.
 */
export const ESTIMATED_METRICS: GridMetrics = {
  rowHeight: 65,
  columnWidth: 72,
  headerHeight: 87,
  rowHeaderWidth: 224,
};
/**
 * The box assumed before the real one is measured: the matrix area of a desktop 1080 pixels
 * high, which is as wide as the layout lets it grow. The prerendered window is what this box
 * shows, so it fills the first paint of common desktops and of every phone.
 */
export const ESTIMATED_BOX: ScrollBox = { top: 0, left: 0, width: 870, height: 918 };

/** Rows and columns drawn beyond each edge of the box, so a short scroll shows no gap. */
export const OVERSCAN = 2;

function span(start: number, length: number, size: number, count: number, overscan: number) {
  const first = Math.floor(start / size) - overscan;
  const last = Math.ceil((start + length) / size) + overscan;
  return [Math.max(0, Math.min(count, first)), Math.max(0, Math.min(count, last))] as const;
}

/** The whole grid, for grids small enough to draw in full. */
export function fullWindow(rows: number, columns: number): GridWindow {
  return { rowStart: 0, rowEnd: rows, columnStart: 0, columnEnd: columns };
}

/**
 * The rows and columns a scroll box shows of a `rows` × `columns` grid, plus `overscan` beyond
 * each edge.
 */
export function visibleWindow(
  box: ScrollBox,
  metrics: GridMetrics,
  rows: number,
  columns: number,
  overscan = OVERSCAN,
): GridWindow {
  const [rowStart, rowEnd] = span(
    box.top,
    Math.max(0, box.height - metrics.headerHeight),
    metrics.rowHeight,
    rows,
    overscan,
  );
  const [columnStart, columnEnd] = span(
    box.left,
    Math.max(0, box.width - metrics.rowHeaderWidth),
    metrics.columnWidth,
    columns,
    overscan,
  );
  return { rowStart, rowEnd, columnStart, columnEnd };
}

/** `aria-colindex` of an actor column: counted from 1, after the issue column. */
export function ariaColumnIndex(column: number): number {
  return column + 2;
}

/** Whether a cell is drawn in a window. */
export function inWindow(window: GridWindow, point: GridPoint): boolean {
  return (
    point.row >= window.rowStart &&
    point.row < window.rowEnd &&
    point.column >= window.columnStart &&
    point.column < window.columnEnd
  );
}

/** The drawn cell nearest to `point`, e.g. to keep the grid's tab stop on a drawn cell. */
export function nearestInWindow(window: GridWindow, point: GridPoint): GridPoint {
  return {
    row: Math.max(window.rowStart, Math.min(point.row, window.rowEnd - 1)),
    column: Math.max(window.columnStart, Math.min(point.column, window.columnEnd - 1)),
  };
}

/**
 * The scroll position that brings a cell fully into view with the least movement: unchanged
 * when it is already in view. The cell must clear the sticky headers above and to its left.
 */
export function scrollToShow(box: ScrollBox, metrics: GridMetrics, point: GridPoint) {
  const nearest = (current: number, start: number, size: number, room: number) => {
    if (start < current) return start;
    if (start + size > current + room) return start + size - room;
    return current;
  };
  return {
    top: nearest(
      box.top,
      point.row * metrics.rowHeight,
      metrics.rowHeight,
      box.height - metrics.headerHeight,
    ),
    left: nearest(
      box.left,
      point.column * metrics.columnWidth,
      metrics.columnWidth,
      box.width - metrics.rowHeaderWidth,
    ),
  };
}
