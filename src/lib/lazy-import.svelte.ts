/**
 * A module imported apart, on first `load()`: code a reader needs only once they use a part of
 * the page. `current` is undefined until it has arrived, then the module, reactively.
 */
export class LazyImport<M> {
  current: M | undefined = $state.raw();
  /**
   * Whether the last import failed, so the part can say so. Browsers keep a failed module
   * import failed for the page's life (Chromium does), so only a reload is sure to help.
   */
  failed = $state(false);
  #import: () => Promise<M>;
  #loading: Promise<void> | undefined;

  constructor(importer: () => Promise<M>) {
    this.#import = importer;
  }

  /** Imports the module once; every call shares that import, and one that failed is tried again. */
  load(): Promise<void> {
    this.#loading ??= this.#import().then(
      (module) => {
        this.current = module;
        this.failed = false;
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.failed = true;
        throw error;
      },
    );
    return this.#loading;
  }
}
