import { formatDate } from '../lib/format';
import type { Agreement } from '../lib/compare';
import { plural } from './intl';

const LANGUAGE = 'en';

const cellsChanged = plural(LANGUAGE, { one: '{n} cell changed', other: '{n} cells changed' });
const issueCount = plural(LANGUAGE, { one: '{n} issue', other: '{n} issues' });

/**
 * The strings of the page's islands (the heading, the controls, the tools and the notes, see
 * `islands.ts`), in English. They come with the islands' code, so the many readers who never
 * use a control do not load them.
 */
export const enIslands = {
  lastUpdated: 'Last updated',
  downloadTitle: 'Download',
  downloadCsv: 'Data (CSV)',
  downloadJson: 'Story (JSON)',
  downloadSvg: 'Image (SVG)',
  downloadPng: 'Image (PNG)',
  downloadFailed: 'The image could not be made in this browser. Try the SVG instead.',
  /** The foot of the downloaded image; `isoDate` is YYYY-MM-DD; the message formats it. */
  imageSourceLine: (sources: string, isoDate: string) =>
    `Source: ${sources}, updated ${formatDate(isoDate, LANGUAGE)}`,
  aboutHeading: 'About this graphic',
  methodologyHeading: 'Methodology',
  correctionsHeading: 'Corrections',
  whatChangedSince: 'What changed since',
  /** The "What changed since" choice that marks nothing. */
  sinceNone: 'None',
  /** One line under "What changed since"; `isoDate` is YYYY-MM-DD. */
  cellsChangedSince: (count: number, isoDate: string) =>
    `${cellsChanged(count)} since ${formatDate(isoDate, LANGUAGE)}`,
  correctionCount: plural(LANGUAGE, { one: '{n} correction', other: '{n} corrections' }),
  showPositionsAsOf: 'Show positions as of',
  actorsHidden: plural(LANGUAGE, { one: '{n} actor hidden', other: '{n} actors hidden' }),
  searchQuotes: 'Search quotes',
  resultCount: plural(LANGUAGE, { one: '{n} result', other: '{n} results' }),
  previousDate: 'Previous date',
  nextDate: 'Next date',
  /** `isoDate` is YYYY-MM-DD; the message formats it. */
  changesMarked: (isoDate: string) =>
    `Cells that changed since ${formatDate(isoDate, LANGUAGE)} are marked.`,
  issueOrderLabel: 'Order issues',
  issueOrder: {
    editor: 'In the editor’s order',
    divided: 'Most divided first',
  },
  compareWith: 'with',
  compareNobody: 'Choose an actor',
  compareClear: 'Stop comparing',
  /** e.g. "Agree on 1 issue, differ on 1, one unknown on 2". */
  agreementSummary: (counts: Record<Agreement, number>) =>
    [
      counts.agree > 0 && `agree on ${issueCount(counts.agree)}`,
      counts.differ > 0 && `differ on ${issueCount(counts.differ)}`,
      counts['one-unknown'] > 0 && `one unknown on ${issueCount(counts['one-unknown'])}`,
      counts['both-unknown'] > 0 && `both unknown on ${issueCount(counts['both-unknown'])}`,
    ]
      .filter(Boolean)
      .join(', ')
      .replace(/^./, (first) => first.toUpperCase()),
  filtersLabel: 'Filter',
  actorGroupsLabel: 'Actors',
  issueGroupsLabel: 'Issues',
  noGroup: 'Other',
  issuesHidden: plural(LANGUAGE, { one: '{n} issue hidden', other: '{n} issues hidden' }),
  showAll: 'Show all',
  searchNoResults: 'No quotes match.',
  /** A search result's heading: whose position, on what, as of when. */
  searchResult: (actor: string, issue: string, isoDate: string) =>
    `${actor} on ${issue}, ${formatDate(isoDate, LANGUAGE)}`,
  controlsLabel: 'Explore the positions',
  /** While every quote of a large story is fetched, e.g. for a search or a download. */
  quotesLoadingAll: (loaded: number, total: number) =>
    `Loading the quotes: ${loaded} of ${total} issues…`,
  /** The search's code is fetched when the field is first used; this is said if it fails. */
  searchFailed: 'The search could not be loaded. Reload the page to try again.',
  toolsLabel: 'Download and embed',
  embedButton: 'Embed',
  embedDialogTitle: 'Embed this graphic',
  embedDialogIntro:
    'Paste one of these snippets into your page. Each one resizes to fit its content.',
  /**
   * The snippets' code is fetched when the dialog first opens; this is said if it fails. A
   * browser keeps a failed import failed, so only a reload tries again.
   */
  embedFailed: 'The snippets could not be loaded. Reload the page to try again.',
  embedLoaderLabel: 'Standpoint loader (recommended)',
  embedPymLabel: 'pym.js',
  embedIframeLabel: 'Plain iframe (fixed height)',
  copySnippet: 'Copy',
  copiedSnippet: 'Copied',
  closeDialog: 'Close',
};

/** The strings of the page's islands. */
export type IslandMessages = typeof enIslands;
