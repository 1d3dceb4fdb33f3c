import { tick } from 'svelte';
import { nextGridPoint, type GridPoint } from './grid-nav';
import { inWindow, nearestInWindow, type GridWindow } from './grid-window';
import { findCell, type Cell, type Matrix } from './matrix';

/** What the grid's focus reads from the grid; getters, so it follows the grid's state. */
export interface FocusedGrid {
  matrix: () => Matrix;
  /** The open cell. */
  selected: () => Cell | undefined;
  /** The rows and columns drawn. */
  drawn: () => GridWindow;
  /** The element holding the grid's cells. */
  scroller: () => HTMLElement | undefined;
  /** Makes sure a cell is drawn (a windowed grid scrolls to it) before focus moves there. */
  show: (point: GridPoint) => Promise<void>;
}

/**
 * The grid's one tab stop and the moves of focus within it. The tab stop starts on the open
 * cell (or the first), follows arrow keys and focus, stays inside the grid when filters remove
 * its row or column, and stays on a drawn cell: scrolling it away hands it to the nearest one.
 */
export class GridFocus {
  /** The cell last chosen by key, focus or opening. */
  chosen: GridPoint;
  readonly selectedPoint: GridPoint | undefined;
  readonly tabStop: GridPoint;
  readonly #grid: FocusedGrid;

  constructor(grid: FocusedGrid) {
    this.#grid = grid;
    this.selectedPoint = $derived.by(() => {
      const selected = grid.selected();
      return selected && this.pointOf(selected);
    });
    this.chosen = $derived<GridPoint>(this.selectedPoint ?? { row: 0, column: 0 });
    const active = $derived.by<GridPoint>(() => {
      const { rows, columns } = grid.matrix();
      return {
        row: Math.max(0, Math.min(this.chosen.row, rows.length - 1)),
        column: Math.max(0, Math.min(this.chosen.column, columns.length - 1)),
      };
    });
    this.tabStop = $derived(
      inWindow(grid.drawn(), active) ? active : nearestInWindow(grid.drawn(), active),
    );
  }

  pointOf(cell: Cell): GridPoint | undefined {
    const { rows, columns } = this.#grid.matrix();
    const row = rows.indexOf(cell.issue);
    const column = columns.indexOf(cell.actor);
    return row >= 0 && column >= 0 ? { row, column } : undefined;
  }

  /**
   * The cell an event happened in (its target or an element inside it), for the grid's own
   * listeners: one per grid rather than one per cell to set up while hydrating.
   */
  cellAt(target: EventTarget | null): Cell | undefined {
    const element =
      target instanceof Element ? target.closest<HTMLElement>('td[role=gridcell]') : null;
    const { actor, issue } = element?.dataset ?? {};
    return actor && issue ? findCell(this.#grid.matrix(), actor, issue) : undefined;
  }

  /** Makes the cell a focus event happened in the tab stop, however the reader got there. */
  follow(target: EventTarget | null) {
    const cell = this.cellAt(target);
    const point = cell && this.pointOf(cell);
    if (point) this.chosen = point;
  }

  /** The drawn cell at a point, if it is drawn. */
  elementAt(point: GridPoint): HTMLElement | undefined {
    const cell = this.#grid.matrix().cells[point.row]?.[point.column];
    const scroller = this.#grid.scroller();
    if (!cell || !scroller) return undefined;
    const { actor, issue } = cell;
    const selector = `td[data-actor="${CSS.escape(actor.id)}"][data-issue="${CSS.escape(issue.id)}"]`;
    return scroller.querySelector<HTMLElement>(selector) ?? undefined;
  }

  /** Moves focus to a cell, making it the tab stop. */
  async focusCell(cell: Cell) {
    const point = this.pointOf(cell);
    if (!point) return;
    this.chosen = point;
    await this.#grid.show(point);
    this.elementAt(point)?.focus();
  }

  /**
   * Scrolls a cell into view, e.g. above a bottom sheet that has just opened over it: first
   * within a windowed grid's box, so the cell is drawn, then the page.
   */
  async revealCell(cell: Cell) {
    const point = this.pointOf(cell);
    if (!point) return;
    await this.#grid.show(point);
    this.elementAt(point)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  /** The grid's keys: Enter or Space opens the tab stop's cell, the rest move it (`grid-nav`). */
  async keydown(event: KeyboardEvent, onselect: (cell: Cell) => void) {
    const { rows, columns, cells } = this.#grid.matrix();
    if (event.key === 'Enter' || event.key === ' ') {
      const cell = cells[this.tabStop.row]?.[this.tabStop.column];
      if (cell) {
        event.preventDefault();
        onselect(cell);
      }
      return;
    }
    const next = nextGridPoint(this.tabStop, event, rows.length, columns.length);
    if (!next) return;
    event.preventDefault();
    this.chosen = next;
    await this.#grid.show(next);
    await tick();
    this.elementAt(next)?.focus();
  }
}
