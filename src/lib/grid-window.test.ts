import { describe, expect, it } from 'vitest';
import {
  fullWindow,
  inWindow,
  nearestInWindow,
  scrollToShow,
  visibleWindow,
  type GridMetrics,
} from './grid-window';

const metrics: GridMetrics = {
  rowHeight: 50,
  columnWidth: 80,
  headerHeight: 100,
  rowHeaderWidth: 200,
};

describe('visibleWindow', () => {
  it('draws the rows and columns in the box, plus two beyond each edge', () => {
    const box = { top: 1000, left: 800, width: 1000, height: 600 };
    // Rows 20–30 and columns 10–20 are in view below and right of the sticky headers.
    expect(visibleWindow(box, metrics, 200, 200)).toEqual({
      rowStart: 18,
      rowEnd: 32,
      columnStart: 8,
      columnEnd: 22,
    });
  });

  it('draws just the rows and columns in the box with no overscan, as the prerendered window does', () => {
    const box = { top: 1000, left: 800, width: 1000, height: 600 };
    expect(visibleWindow(box, metrics, 200, 200, 0)).toEqual({
      rowStart: 20,
      rowEnd: 30,
      columnStart: 10,
      columnEnd: 20,
    });
  });

  it('stops at the edges of the grid', () => {
    const atStart = visibleWindow({ top: 0, left: 0, width: 1000, height: 600 }, metrics, 200, 200);
    expect(atStart.rowStart).toBe(0);
    expect(atStart.columnStart).toBe(0);
    const pastEnd = visibleWindow(
      { top: 50 * 200, left: 80 * 200, width: 1000, height: 600 },
      metrics,
      200,
      200,
    );
    expect(pastEnd.rowEnd).toBe(200);
    expect(pastEnd.columnEnd).toBe(200);
  });

  it('draws no more cells for a 200 × 200 grid than for a 50 × 50 one', () => {
    const box = { top: 0, left: 0, width: 900, height: 760 };
    const cells = (size: number) => {
      const window = visibleWindow(box, metrics, size, size);
      return (window.rowEnd - window.rowStart) * (window.columnEnd - window.columnStart);
    };
    expect(cells(200)).toBe(cells(50));
    expect(cells(200)).toBeLessThan(400);
  });
});

describe('inWindow and nearestInWindow', () => {
  const window = { rowStart: 10, rowEnd: 20, columnStart: 5, columnEnd: 15 };

  it('says whether a cell is drawn, with exclusive ends', () => {
    expect(inWindow(window, { row: 10, column: 5 })).toBe(true);
    expect(inWindow(window, { row: 20, column: 5 })).toBe(false);
    expect(inWindow(window, { row: 12, column: 15 })).toBe(false);
  });

  it('hands a cell outside the window to the nearest drawn one', () => {
    expect(nearestInWindow(window, { row: 0, column: 100 })).toEqual({ row: 10, column: 14 });
    expect(nearestInWindow(window, { row: 12, column: 7 })).toEqual({ row: 12, column: 7 });
  });

  it('draws every cell of a small grid', () => {
    expect(fullWindow(4, 6)).toEqual({ rowStart: 0, rowEnd: 4, columnStart: 0, columnEnd: 6 });
  });
});

describe('scrollToShow', () => {
  const box = { top: 1000, left: 800, width: 1000, height: 600 };

  it('leaves the scroll position alone when the cell is in view', () => {
    expect(scrollToShow(box, metrics, { row: 22, column: 12 })).toEqual({ top: 1000, left: 800 });
  });

  it('scrolls up or left just enough for a cell before the view', () => {
    expect(scrollToShow(box, metrics, { row: 5, column: 2 })).toEqual({ top: 250, left: 160 });
  });

  it('scrolls down or right just enough for a cell after the view, clear of the headers', () => {
    // Row 40 ends at 2050; 500 px of rows show below the header. Column 30 ends at 2480.
    expect(scrollToShow(box, metrics, { row: 40, column: 30 })).toEqual({
      top: 1550,
      left: 1680,
    });
  });
});
