/**
 * A component whose code is imported apart, on first `load()`. `current` is undefined until it
 * has arrived, then the component, reactively.
 */
export class LazyComponent<T> {
  current: T | undefined = $state.raw();
  #import: () => Promise<{ default: T }>;
  #loading: Promise<void> | undefined;

  constructor(importer: () => Promise<{ default: T }>) {
    this.#import = importer;
  }

  /** Imports the component once; every call shares that import, and one that failed is tried again. */
  load(): Promise<void> {
    this.#loading ??= this.#import().then(
      (module) => {
        this.current = module.default;
      },
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }
}
