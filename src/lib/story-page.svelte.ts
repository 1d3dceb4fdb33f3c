import type { GroupFilters } from './filters';
import { parseHash, resolveHash, type HashState } from './hash';
import { findCell, type Cell } from './matrix';
import { QuoteLoader, type PageStory } from './quote-chunks';
import { storyModel, viewFor, type StoryModel } from './story-model';
import { UrlState, type UrlWindow } from './url-state.svelte';
import { snapDate, type IssueOrder, type View } from './view-state';

/** What a story page is given; getters, so that the state follows the root's props. */
export interface StoryPageInput {
  story: () => PageStory;
  /** The folder of a large story's quote files, relative to the page. */
  quotesUrl: () => string;
  /** How the URL is written: an embed never adds history entries (`UrlState`). */
  mode: 'page' | 'embed';
  /** Called after each change that reached the URL, e.g. to tell a host page. */
  onchange?: (state: HashState) => void;
  window?: UrlWindow;
  /** When the URL is written; just after the next paint unless a test says otherwise (`UrlState`). */
  writeLater?: (write: () => void) => void;
}

/**
 * The state of a story page, which the root owns: the open cell and the view (date, changes
 * since, pair compared) kept in the URL hash, the issue order and group filters, which are not,
 * and what is worked out from them. The open cell and the view are kept apart (`UrlState`), so
 * opening a cell invalidates what shows the open cell and nothing drawn from the view.
 */
export class StoryPage {
  readonly url: UrlState;
  order: IssueOrder = $state('editor');
  filters: GroupFilters = $state.raw({});
  readonly quotes: QuoteLoader;
  /** Usually worked out already, in a task of its own before hydration (main.ts). */
  readonly model: StoryModel;
  readonly view: View;
  /** The open cell as of the date shown. */
  readonly selected: Cell | undefined;
  /** The open cell with its whole history, for the panel's timeline. */
  readonly selectedHistory: Cell | undefined;
  readonly #story: () => PageStory;

  constructor({ story, quotesUrl, mode, onchange, window, writeLater }: StoryPageInput) {
    this.#story = story;
    this.url = new UrlState(mode, onchange, window, writeLater);
    this.quotes = $derived(new QuoteLoader(story(), quotesUrl()));
    this.model = $derived(storyModel(story()));
    this.view = $derived(
      viewFor(story(), {
        date: this.url.view.date,
        changedSince: this.url.view.since,
        order: this.order,
        filters: this.filters,
        compare: this.url.view.compare,
      }),
    );
    this.selected = $derived(
      this.url.cell.actor && this.url.cell.issue
        ? findCell(this.view.dated, this.url.cell.actor, this.url.cell.issue)
        : undefined,
    );
    this.selectedHistory = $derived(
      this.selected && findCell(this.model.matrix, this.selected.actor.id, this.selected.issue.id),
    );
  }

  get story(): PageStory {
    return this.#story();
  }

  /** Opens a cell: a history entry on a story page. */
  open(cell: Cell) {
    this.url.go({ ...this.url.view, actor: cell.actor.id, issue: cell.issue.id });
  }

  /** Opens a cell by its ids, if the grid as shown has it; returns it. */
  openById(actor: string, issue: string): Cell | undefined {
    const cell = findCell(this.view.dated, actor, issue);
    if (cell) this.open(cell);
    return cell;
  }

  close() {
    this.url.go(this.url.view);
  }

  /** Changes part of the view (date, changes since, pair), keeping the open cell. */
  change(view: Omit<HashState, 'actor' | 'issue'>) {
    this.url.go({ ...this.url.whole, ...view });
  }

  /** Takes the state a hash asks for, with what the story lacks dropped and the date snapped. */
  readHash(hash: string) {
    const { date, ...state } = resolveHash(parseHash(hash), this.#story());
    const step = snapDate(this.model.dates, date);
    this.url.read(step ? { ...state, date: step } : state);
  }
}
