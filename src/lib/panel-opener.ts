/**
 * The panel's code, imported apart so that the page paints and hydrates without it, and the
 * order in which an opened cell is shown: the code first, then the paint, and only then focus
 * moves into the panel and the cell scrolls into view. Both read layout; after the paint, the
 * panel shows without waiting for them.
 */
import { afterNextPaint } from './after-paint';
import { whenIdle } from './idle';
import { LazyImport } from './lazy-import.svelte';

/** What an opened cell is shown with, e.g. the root's panel and matrix. */
export interface PanelTargets<C> {
  focusPanel: () => void;
  revealCell: (cell: C) => void;
}

export class PanelOpener<M, C> {
  /** The panel's module; `code.failed` says the last import failed. */
  readonly code: LazyImport<M>;
  readonly #targets: PanelTargets<C>;

  constructor(importer: () => Promise<M>, targets: PanelTargets<C>) {
    this.code = new LazyImport(importer);
    this.#targets = targets;
  }

  /**
   * Imports the code once. A failed import is tried again on the next call (where the browser
   * allows it) and never rejects: the panel says it failed meanwhile.
   */
  load(): Promise<void> {
    return this.code.load().catch(() => undefined);
  }

  /**
   * Once the code is in and the page has painted: scrolls `cell` into view and, when
   * `focusPanel`, moves focus into the panel.
   */
  async reveal(cell: C, focusPanel: boolean): Promise<void> {
    await this.load();
    afterNextPaint(() => {
      if (focusPanel) this.#targets.focusPanel();
      this.#targets.revealCell(cell);
    });
  }

  /**
   * Imports the code once the page is idle, so that a reader's first tap, on a slow network too,
   * does not wait for it; then runs `prepare` (e.g. rehearsing the panel), unless it failed.
   */
  loadWhenIdle(prepare: () => Promise<unknown>): void {
    whenIdle(async () => {
      await this.load();
      if (this.code.current) await prepare();
    });
  }
}
