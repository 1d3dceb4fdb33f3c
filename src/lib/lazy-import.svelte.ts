/**
 * A module imported apart, on first `load()`: code a reader needs only once they use a part of
 * the page. `current` is undefined until it has arrived, then the module, reactively.
 */
export class LazyImport<M> {
  current: M | undefined = $state.raw();
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
      },
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }
}
