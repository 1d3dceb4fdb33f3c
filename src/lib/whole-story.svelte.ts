import type { QuoteLoader } from './quote-chunks';
import type { Story } from './types';

/**
 * The whole story, quotes included, for the tools that need every quote (search, CSV and JSON
 * downloads). A page that holds them all has it at once; for a large story `load()` fetches
 * every issue's file, and `progress` says how far it has got so the tool can show it.
 */
export class WholeStory {
  /** The story with every quote, once at hand. */
  story = $state.raw<Story | undefined>();
  /** Issues loaded, of all, while the quotes are on their way. */
  progress = $state.raw<[loaded: number, total: number] | undefined>();
  /** Whether the last attempt failed; `load()` again retries. */
  failed = $state(false);
  readonly #quotes: QuoteLoader;

  constructor(quotes: QuoteLoader) {
    this.#quotes = quotes;
    this.story = quotes.whole();
  }

  /** The whole story, loading it if needed; undefined while another load runs or on failure. */
  async load(): Promise<Story | undefined> {
    if (this.story || this.progress) return this.story;
    this.failed = false;
    try {
      this.story = await this.#quotes.loadAll((loaded, total) => (this.progress = [loaded, total]));
    } catch {
      this.failed = true;
    } finally {
      this.progress = undefined;
    }
    return this.story;
  }
}
