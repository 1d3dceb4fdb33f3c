import { afterNextPaint } from './after-paint';
import { formatHash, type HashState } from './hash';
import { hashChange, historyMethod, sameCell, sameView } from './view-state';

/** The parts of a window the URL state reads and writes; a test passes its own. */
export type UrlWindow = Pick<Window, 'location' | 'history'>;

/**
 * The state a link restores, kept in two parts: the open cell, and how the grid is shown (the
 * date, the day changes are marked since, the pair compared). Opening a cell replaces only the
 * first, so it invalidates only what shows the open cell, not everything drawn from the view.
 */
export class UrlState {
  /** The open cell's actor and issue ids; empty when no cell is open. */
  cell: Pick<HashState, 'actor' | 'issue'> = $state.raw({});
  /** The date shown, the day changes are marked since, and the pair compared. */
  view: Omit<HashState, 'actor' | 'issue'> = $state.raw({});
  readonly #mode: 'page' | 'embed';
  readonly #window: UrlWindow;
  readonly #onchange: ((state: HashState) => void) | undefined;
  readonly #writeLater: (write: () => void) => void;
  /** Counts states read from the URL; a write made for an earlier count is out of date. */
  #reads = 0;

  /**
   * @param mode How the URL is written (`historyMethod`): an embed never adds history entries.
   * @param onchange Called after each change that reached the URL, e.g. to tell a host page.
   * @param writeLater Runs each URL write, in order. By default just after the next paint: a
   *   history entry is a same-document navigation, which took 0.3–9 ms in Chromium, and the
   *   frame showing what the reader asked for should not wait for it.
   */
  constructor(
    mode: 'page' | 'embed',
    onchange?: (state: HashState) => void,
    window: UrlWindow = globalThis.window,
    writeLater: (write: () => void) => void = afterNextPaint,
  ) {
    this.#mode = mode;
    this.#onchange = onchange;
    this.#window = window;
    this.#writeLater = writeLater;
  }

  /** The whole state, to build the next one from. */
  get whole(): HashState {
    return { ...this.view, ...this.cell };
  }

  /**
   * Takes a state read from the URL (a link, Back, Forward). A write still waiting is dropped:
   * the browser has moved since it was asked for, e.g. Back pressed within a frame of a click.
   */
  read(next: HashState) {
    this.#reads += 1;
    this.store(next);
  }

  /** Keeps a state without writing the URL, replacing only what changed. */
  store(next: HashState) {
    const { actor, issue, ...view } = next;
    const before = this.whole;
    if (!sameCell(before, next)) this.cell = { actor, issue };
    if (!sameView(before, next)) this.view = view;
  }

  /**
   * Moves to a new state at once, and writes it to the URL soon after (`writeLater`): a new cell
   * is a history entry on a story page, the rest replaces it.
   */
  go(next: HashState) {
    const change = hashChange(this.whole, next);
    this.store(next);
    if (change === 'none') return;
    const { location, history } = this.#window;
    const url = `${location.pathname}${location.search}${formatHash(next)}`;
    const replace = historyMethod(change, this.#mode) === 'replace';
    const reads = this.#reads;
    this.#writeLater(() => {
      if (reads !== this.#reads) return;
      if (replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      this.#onchange?.(next);
    });
  }
}
