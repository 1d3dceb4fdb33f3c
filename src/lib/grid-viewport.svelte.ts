/**
 * The scroll box of a windowed grid as reactive state: where it is scrolled, how big it is and
 * how big its rows and columns turned out, so the grid can derive which cells to draw
 * (`visibleWindow`). Scroll events are folded into one update per animation frame.
 */
import { onMount } from 'svelte';
import { afterNextPaint } from './after-paint';
import type { GridPoint } from './grid-nav';
import {
  ESTIMATED_BOX,
  ESTIMATED_METRICS,
  OVERSCAN,
  scrollToShow,
  type GridMetrics,
  type GridWindow,
  type ScrollBox,
  visibleWindow,
} from './grid-window';

/** Rows and cells the grid marks for measuring, so this module needs no knowledge of markup. */
const BODY_ROW = 'tbody tr[aria-rowindex]';
const BODY_CELL = 'td[aria-colindex]';
/** The custom property that gives every row of a windowed grid one height. */
const ROW_HEIGHT = '--sp-window-row';

export class GridViewport {
  box = $state.raw<ScrollBox>(ESTIMATED_BOX);
  metrics = $state.raw<GridMetrics>(ESTIMATED_METRICS);
  /**
   * Rows and columns drawn beyond the box. None until the box is first read, so the prerendered
   * window, and the hydration that walks it, holds only what a desktop shows first; the margin is
   * drawn in the task after the first paint.
   */
  overscan = $state(0);
  #frame = 0;

  /** The rows and columns of a `rows` × `columns` grid to draw for the box as it is now. */
  visible(rows: number, columns: number): GridWindow {
    return visibleWindow(this.box, this.metrics, rows, columns, this.overscan);
  }

  /** Reads the scroll position and size now. */
  read(scroller: HTMLElement) {
    this.overscan = OVERSCAN;
    const { scrollTop, scrollLeft, clientWidth, clientHeight } = scroller;
    const box = this.box;
    if (
      box.top !== scrollTop ||
      box.left !== scrollLeft ||
      box.width !== clientWidth ||
      box.height !== clientHeight
    ) {
      this.box = { top: scrollTop, left: scrollLeft, width: clientWidth, height: clientHeight };
    }
  }

  /** For the scroll listener: reads the box once in the next frame, however many events came. */
  schedule(scroller: HTMLElement) {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.read(scroller);
    });
  }

  /**
   * Measures columns, headers and rows from what is drawn, and makes every row as tall as the
   * tallest drawn one (through a custom property on the table, `--sp-window-row`): the spacers
   * then stand in for rows exactly, so nothing jumps when the drawn rows change.
   */
  measure(scroller: HTMLElement) {
    const table = scroller.querySelector<HTMLElement>('table');
    table?.style.removeProperty(ROW_HEIGHT);
    this.#measure(scroller, 0);
  }

  /** After other rows are drawn: grows the row height if one of them is taller. */
  grow(scroller: HTMLElement) {
    this.#measure(scroller, this.metrics.rowHeight);
  }

  #measure(scroller: HTMLElement, atLeast: number) {
    const table = scroller.querySelector<HTMLElement>('table');
    const rows = [...scroller.querySelectorAll<HTMLElement>(BODY_ROW)];
    const cell = scroller.querySelector<HTMLElement>(`${BODY_ROW} ${BODY_CELL}`);
    const head = scroller.querySelector<HTMLElement>('thead');
    const rowHeader = scroller.querySelector<HTMLElement>(`${BODY_ROW} th`);
    if (!table || rows.length === 0 || !cell || !head || !rowHeader) return;
    const rowHeight = Math.max(atLeast, ...rows.map((row) => row.offsetHeight));
    // Only a new value is written: each write makes the browser lay the table out again.
    const height = `${rowHeight}px`;
    if (table.style.getPropertyValue(ROW_HEIGHT) !== height) {
      table.style.setProperty(ROW_HEIGHT, height);
    }
    const measured = {
      rowHeight,
      columnWidth: Math.max(1, cell.offsetWidth),
      headerHeight: head.offsetHeight,
      rowHeaderWidth: rowHeader.offsetWidth,
    };
    const old = this.metrics;
    const moved = (Object.keys(measured) as (keyof GridMetrics)[]).some(
      (key) => Math.abs(measured[key] - old[key]) > 0.5,
    );
    if (moved) this.metrics = measured;
  }

  /**
   * Scrolls the least needed to show a cell in full, and takes the new position at once. A cell
   * already in view (by the last scroll event's position) costs nothing: reading the scroll box
   * would make the browser lay out the page in the middle of an update.
   */
  reveal(scroller: HTMLElement, point: GridPoint) {
    const now = scrollToShow(this.box, this.metrics, point);
    if (now.top === this.box.top && now.left === this.box.left) return;
    this.read(scroller);
    const { top, left } = scrollToShow(this.box, this.metrics, point);
    if (top !== this.box.top) scroller.scrollTop = top;
    if (left !== this.box.left) scroller.scrollLeft = left;
    this.read(scroller);
  }

  /**
   * Keeps the viewport in step with a windowed grid; call while the grid component initialises.
   * Layout is read just after a paint, when it is there to read for free: the box once the
   * hydrated grid has painted, the rows whenever the box changes width (scrolling leaves them
   * as they are) and whenever other rows are drawn. A selected cell is scrolled into view, and
   * again once rows are measured, since its place depends on their height.
   */
  track(grid: {
    /** The grid's scroll box while the grid is windowed. */
    scroller: () => HTMLElement | undefined;
    drawn: () => GridWindow;
    selected: () => GridPoint | undefined;
  }) {
    onMount(() => {
      const box = grid.scroller();
      if (box) afterNextPaint(() => this.read(box));
      return () => cancelAnimationFrame(this.#frame);
    });
    $effect(() => {
      void this.metrics;
      const box = grid.scroller();
      const point = grid.selected();
      if (box && point) this.reveal(box, point);
    });
    const width = $derived(this.box.width);
    $effect(() => {
      void width;
      const box = grid.scroller();
      if (box) afterNextPaint(() => this.measure(box));
    });
    $effect(() => {
      void grid.drawn();
      const box = grid.scroller();
      if (box) afterNextPaint(() => this.grow(box));
    });
  }
}
