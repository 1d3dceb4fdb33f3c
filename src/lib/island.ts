import { flushSync, hydrate, mount, unmount, untrack, type Component } from 'svelte';
import { changedControls, replayChanges } from './early-input';
import type { LazyImport } from './lazy-import.svelte';

/** What a reader does on their way to use a part of the page; the first of them wakes it. */
const INTENT_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'input', 'change', 'click'];

/** Svelte's own constraint on a component's props (`Component`), which interfaces meet. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ComponentProps = Record<string, any>;

/** A module whose default export is the island's root component. */
export type IslandCode<Props extends ComponentProps> = LazyImport<{
  default: Component<Props>;
}>;

/**
 * A part of the page that is prerendered with the rest but hydrated apart from it, with code of
 * its own, when a reader first reaches for it (points at it, focuses or changes one of its
 * controls) or when `wake` is called, e.g. because the state it shows has changed. The page's
 * first module then carries neither its code nor its hydration; the markup is there and looks
 * the same from the first paint. A button clicked and a value changed while its code is still
 * on the way are acted on once it has hydrated (the nodes are the same: hydration keeps them).
 *
 * Its element must be rendered empty by the host, then filled by the build (`fillIsland` in
 * `island-markup.ts`); when the host is mounted afresh instead (no prerendered markup), the part
 * is mounted as soon as its code is in.
 */
export class Island<Props extends ComponentProps> {
  readonly #name: string;
  readonly #code: IslandCode<Props>;
  readonly #props: Props;
  #element: HTMLElement | undefined;
  #instance: Record<string, unknown> | undefined;
  #woken = false;
  #clicked: HTMLElement | undefined;

  readonly #interactive: boolean;

  /**
   * @param name The island's name, as in its element's `data-island`.
   * @param props The root component's props; getters stay reactive (the island is a root of
   *   its own, so this is how it follows its host's state).
   * @param interactive False for a part with nothing a reader can use and nothing that changes
   *   (a heading, notes): its prerendered markup is kept as it is and never hydrated.
   */
  constructor(name: string, code: IslandCode<Props>, props: Props, { interactive = true } = {}) {
    this.#name = name;
    this.#code = code;
    this.#props = props;
    this.#interactive = interactive;
  }

  /**
   * For `{@attach}` on the island's element. Untracked: the attachment would otherwise run again,
   * unmounting the island, when the state it reads (its code arriving) changes.
   */
  readonly attach = (element: HTMLElement) => untrack(() => this.#attach(element));

  #attach(element: HTMLElement) {
    this.#element = element;
    const prerendered = element.hasChildNodes();
    // Its code is in already when main.ts loaded it first: for a page mounted afresh, so the
    // host does not show without it for a moment, or for a link that asks for a view it shows.
    // It is then rendered now, with its host, while the page's state is still the one its
    // markup was made from; the link's view reaches it afterwards as any change does.
    const code = this.#code.current;
    if (code && (!prerendered || this.#interactive)) this.#render(element, code.default);
    else if (!prerendered) this.#load();
    else if (this.#interactive) {
      for (const type of INTENT_EVENTS) element.addEventListener(type, this.#onIntent, true);
      if (this.#woken || element.contains(document.activeElement)) this.#load();
    }
    return () => this.#detach();
  }

  /** Loads and hydrates the island now, if it has not been (and is `interactive`). */
  wake() {
    if (!this.#interactive) return;
    this.#woken = true;
    this.#load();
  }

  readonly #onIntent = (event: Event) => {
    if (event.type === 'click') {
      this.#clicked = (event.target as Element).closest<HTMLElement>('button') ?? undefined;
    }
    this.wake();
  };

  /**
   * Renders the island once its code is in, in a microtask of its own, and acts on what a
   * reader did in it meanwhile. Never inside an effect: `flushSync`, for the replays, is not
   * allowed there.
   */
  #load() {
    if (!this.#element || this.#instance) return;
    this.#code.load().then(
      () => {
        const element = this.#element;
        const code = this.#code.current;
        if (!element || !code || this.#instance) return;
        for (const type of INTENT_EVENTS) element.removeEventListener(type, this.#onIntent, true);
        const changed = changedControls(element);
        this.#render(element, code.default);
        flushSync();
        replayChanges(document, changed);
        const clicked = this.#clicked;
        this.#clicked = undefined;
        if (clicked?.isConnected) clicked.click();
      },
      // It did not arrive (offline): the markup stays as it is, and the next reach tries again.
      () => undefined,
    );
  }

  /** Hydrates the island on its prerendered markup, or mounts it where there is none. */
  #render(element: HTMLElement, root: Component<Props>) {
    const options = { target: element, props: this.#props };
    if (!element.hasChildNodes()) {
      this.#instance = mount(root, options);
      return;
    }
    this.#instance = hydrate(root, options);
    // For tests and for anyone profiling a page in DevTools, as `standpoint:render` (main.ts).
    performance.mark(`standpoint:island:${this.#name}`);
  }

  #detach() {
    const element = this.#element;
    for (const type of INTENT_EVENTS) element?.removeEventListener(type, this.#onIntent, true);
    if (this.#instance) void unmount(this.#instance);
    this.#instance = undefined;
    this.#element = undefined;
  }
}
