import { describe, expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { GridFocus } from './grid-focus.svelte';
import { fullWindow, type GridWindow } from './grid-window';
import { buildMatrix, findCell, type Cell, type Matrix } from './matrix';

/** Focus on the fixture's grid (2 issues × 4 actors), with what the grid reads held in `grid`. */
function focusOn() {
  const matrix = buildMatrix(fixtureStory());
  const grid: { matrix: Matrix; selected: Cell | undefined; drawn: GridWindow } = {
    matrix,
    selected: undefined,
    drawn: fullWindow(matrix.rows.length, matrix.columns.length),
  };
  const focus = new GridFocus({
    matrix: () => grid.matrix,
    selected: () => grid.selected,
    drawn: () => grid.drawn,
    scroller: () => undefined,
    show: async () => undefined,
  });
  return { matrix, grid, focus };
}

describe('GridFocus', () => {
  test('the tab stop starts on the first cell, then on the open cell', () => {
    const { matrix, grid, focus } = focusOn();
    expect(focus.tabStop).toEqual({ row: 0, column: 0 });
    grid.selected = findCell(matrix, 'moscow', 'guarantees');
    expect(focus.selectedPoint).toEqual(focus.pointOf(grid.selected!));
    expect(focus.tabStop).toEqual(focus.selectedPoint);
  });

  test('the tab stop stays inside the grid when filters take its row or column away', () => {
    const { matrix, grid, focus } = focusOn();
    focus.chosen = { row: 1, column: 3 };
    grid.matrix = { ...matrix, rows: matrix.rows.slice(0, 1), columns: matrix.columns.slice(0, 2) };
    expect(focus.tabStop).toEqual({ row: 0, column: 1 });
  });

  test('scrolling the tab stop out of a windowed grid hands it to the nearest drawn cell', () => {
    const { grid, focus } = focusOn();
    focus.chosen = { row: 0, column: 0 };
    grid.drawn = { rowStart: 1, rowEnd: 2, columnStart: 2, columnEnd: 4 };
    expect(focus.tabStop).toEqual({ row: 1, column: 2 });
  });

  test('arrow keys move the tab stop and Enter opens its cell', async () => {
    const { matrix, focus } = focusOn();
    const key = (key: string) => {
      const event = { key, ctrlKey: false, metaKey: false, defaultPrevented: false };
      const preventDefault = () => (event.defaultPrevented = true);
      return Object.assign(event, { preventDefault }) as unknown as KeyboardEvent;
    };
    await focus.keydown(key('ArrowRight'), () => undefined);
    await focus.keydown(key('ArrowDown'), () => undefined);
    expect(focus.tabStop).toEqual({ row: 1, column: 1 });
    const opened: Cell[] = [];
    const enter = key('Enter');
    await focus.keydown(enter, (cell) => opened.push(cell));
    expect(opened).toEqual([matrix.cells[1]![1]]);
    expect(enter.defaultPrevented).toBe(true);
  });
});
