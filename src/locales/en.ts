import { formatDate } from '../lib/format';
import type { TentativeReason } from '../lib/certainty';
import type { Agreement } from '../lib/compare';
import type { ChangeKind } from '../lib/timeline';
import type { Confidence, EvidenceKind } from '../lib/types';
import { formatCount, formatList, languageName, plural } from './intl';

const LANGUAGE = 'en';

const cellsChanged = plural(LANGUAGE, { one: '{n} cell changed', other: '{n} cells changed' });
const issueCount = plural(LANGUAGE, { one: '{n} issue', other: '{n} issues' });

/** Every string the interface shows, in English. Copy from the story itself lives in data/. */
export const en = {
  lastUpdated: 'Last updated',
  legendTitle: 'Key',
  noKnownPosition: 'No known position',
  noKnownPositionDescription: 'The sources for this story record no position',
  matrixCaption: 'Positions on each issue, by actor. Select a cell to read the quotes behind it.',
  /** Printed under a grid too large to draw whole, of which paper gets the part on screen. */
  printedPart: (issues: number, actors: number) =>
    `Printed here: only the part of the grid that was on screen. The whole grid has ${formatCount(LANGUAGE, issues)} issues and ${formatCount(LANGUAGE, actors)} actors; the data download has every position.`,
  issueColumnHeader: 'Issue',
  /** Joins actor and issue in the panel heading: "Donald Trump on Ceasefire first". */
  cellJoin: 'on',
  legendCorrected: 'Corrected',
  legendCorrectedDescription: 'changed after publication; the panel says what and when',
  closePanel: 'Close',
  /** When the panel's code, fetched apart, could not be loaded. */
  panelFailed:
    'This cell’s quotes could not be shown: the page did not finish loading. Reload it to try again.',
  panelEmptyTitle: 'Select a cell',
  panelEmptyText:
    'Choose a cell in the matrix to see the position, the quotes behind it and where they come from.',
  asOf: 'As of',
  said: 'Said',
  evidenceHeading: 'Evidence',
  historyHeading: 'How this position changed',
  noEvidence: 'No quotes recorded for this position.',
  noPositionText: (actor: string, issue: string) =>
    `The sources for this story record no position for ${actor} on ${issue}. This cell is left empty rather than guessed.`,
  confidence: {
    high: 'High confidence',
    medium: 'Medium confidence',
    low: 'Low confidence',
  } satisfies Record<Confidence, string>,
  evidenceKind: (kind: EvidenceKind, speaker: string | undefined): string =>
    kind === 'direct'
      ? 'Direct quote'
      : kind === 'reported'
        ? speaker
          ? `Reported by ${speaker}`
          : 'Reported'
        : 'Paraphrase',
  quoteCount: plural(LANGUAGE, { one: '{n} quote', other: '{n} quotes' }),
  cellName: (actor: string, issue: string, stance: string | undefined, quotes: number) =>
    stance === undefined
      ? `${actor} on ${issue}: no known position`
      : `${actor} on ${issue}: ${stance.toLowerCase()}, ${en.quoteCount(quotes)}`,
  openSource: (outlet: string) => `${outlet} (opens in a new tab)`,
  storyErrorsTitle: 'This story could not be shown',
  downloadTitle: 'Download',
  downloadCsv: 'Data (CSV)',
  downloadJson: 'Story (JSON)',
  downloadSvg: 'Image (SVG)',
  downloadPng: 'Image (PNG)',
  downloadFailed: 'The image could not be made in this browser. Try the SVG instead.',
  /** The foot of the downloaded image; `isoDate` is YYYY-MM-DD; the message formats it. */
  imageSourceLine: (sources: string, isoDate: string) =>
    `Source: ${sources}, updated ${formatDate(isoDate, LANGUAGE)}`,
  /** Notes a quote shown in translation; `languageTag` is the BCP 47 tag of the original. */
  translatedFrom: (languageTag: string) => `Translated from ${languageName(languageTag, LANGUAGE)}`,
  showOriginal: 'Show original',
  hideOriginal: 'Hide original',
  aboutHeading: 'About this graphic',
  methodologyHeading: 'Methodology',
  correctionsHeading: 'Corrections',
  /** `isoDate` is YYYY-MM-DD; the message formats it. */
  correctedOn: (isoDate: string) => `Corrected on ${formatDate(isoDate, LANGUAGE)}`,
  whatChangedSince: 'What changed since',
  /** The "What changed since" choice that marks nothing. */
  sinceNone: 'None',
  /** One line under "What changed since"; `isoDate` is YYYY-MM-DD. */
  cellsChangedSince: (count: number, isoDate: string) =>
    `${cellsChanged(count)} since ${formatDate(isoDate, LANGUAGE)}`,
  correctionCount: plural(LANGUAGE, { one: '{n} correction', other: '{n} corrections' }),
  /** Said after a cell's name when it was corrected after `isoDate`. */
  correctedSince: (isoDate: string) => `corrected since ${formatDate(isoDate, LANGUAGE)}`,
  /** `isoDate` is YYYY-MM-DD; the message formats it. */
  changedSince: (isoDate: string) => `Changed since ${formatDate(isoDate, LANGUAGE)}`,
  showPositionsAsOf: 'Show positions as of',
  latest: 'Latest',
  issueSummary: {
    consensus: 'Consensus',
    split: 'Split',
    standoff: 'Standoff',
    unsettled: 'Unsettled',
    'too-few': 'Too few positions',
  },
  actorsHidden: plural(LANGUAGE, { one: '{n} actor hidden', other: '{n} actors hidden' }),
  compare: 'Compare',
  searchQuotes: 'Search quotes',
  resultCount: plural(LANGUAGE, { one: '{n} result', other: '{n} results' }),
  /** Said after a cell's stance and quote count when the position is tentative. */
  lessCertain: (reasons: TentativeReason[]): string =>
    `less certain: ${formatList(
      LANGUAGE,
      reasons.map((reason) => en.tentativeReason[reason]),
    )}`,
  tentativeReason: {
    'low-confidence': 'low confidence',
    'reported-only': 'reported only',
    'paraphrase-only': 'paraphrase only',
    'no-evidence': 'no quotes',
  } satisfies Record<TentativeReason, string>,
  /** Said after a cell's name when it changed since `isoDate`; `was` is the earlier stance. */
  cellChange: (kind: ChangeKind, isoDate: string, was: string | undefined) =>
    kind === 'new'
      ? `new since ${formatDate(isoDate, LANGUAGE)}`
      : kind === 'changed'
        ? `changed since ${formatDate(isoDate, LANGUAGE)}: was ${(was ?? '').toLowerCase()}`
        : `new evidence since ${formatDate(isoDate, LANGUAGE)}`,
  /** Under a changed cell's stance: what it was before. */
  wasStance: (stance: string) => `was ${stance.toLowerCase()}`,
  legendTentative: 'Less certain',
  legendTentativeDescription: 'Reported or paraphrased only, or coded with low confidence',
  legendChanged: 'Changed',
  previousDate: 'Previous date',
  nextDate: 'Next date',
  /** `isoDate` is YYYY-MM-DD; the message formats it. */
  changesMarked: (isoDate: string) =>
    `Cells that changed since ${formatDate(isoDate, LANGUAGE)} are marked.`,
  /** `isoDate` is YYYY-MM-DD; the message formats it. */
  currentOn: (isoDate: string) => `Current on ${formatDate(isoDate, LANGUAGE)}`,
  /** `isoDate` is YYYY-MM-DD; the message formats it. */
  noPositionOn: (isoDate: string) =>
    `No known position as of ${formatDate(isoDate, LANGUAGE)}; the positions below came later.`,
  timelineLabel: 'Positions over time',
  /** The kind line of reported evidence, as precise as the data allows. */
  reportedBy: (
    speaker: string | undefined,
    outlet: string | undefined,
    subject: string | undefined,
  ) =>
    [
      speaker ? `Reported by ${speaker}` : 'Reported',
      outlet && `to ${outlet}`,
      subject && `about ${subject}`,
    ]
      .filter(Boolean)
      .join(', '),
  published: 'Published',
  /** One stance's count in an issue's summary, e.g. "Supports: 2". */
  stanceTally: (stance: string, count: number) => `${stance}: ${count}`,
  issueOrderLabel: 'Order issues',
  issueOrder: {
    editor: 'In the editor’s order',
    divided: 'Most divided first',
  },
  compareWith: 'with',
  compareNobody: 'Choose an actor',
  compareClear: 'Stop comparing',
  agreement: {
    agree: 'Agree',
    differ: 'Differ',
    'one-unknown': 'One unknown',
    'both-unknown': 'Both unknown',
  } satisfies Record<Agreement, string>,
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
  nothingShown: 'The filters hide every row or column.',
  searchNoResults: 'No quotes match.',
  /** A search result's heading: whose position, on what, as of when. */
  searchResult: (actor: string, issue: string, isoDate: string) =>
    `${actor} on ${issue}, ${formatDate(isoDate, LANGUAGE)}`,
  controlsLabel: 'Explore the positions',
  allPositionsTitle: (count: number) =>
    count === 1 ? 'The position and its sources' : `All ${count} positions and their sources`,
  appendixTooLarge: (count: number) =>
    `This story has ${count} positions, too many to list here: open a cell to read its quotes, or download the data.`,
  /** While a cell's quotes, fetched separately for a large story, are on their way. */
  quotesLoading: 'Loading the quotes…',
  /** While every quote of a large story is fetched, e.g. for a search or a download. */
  quotesLoadingAll: (loaded: number, total: number) =>
    `Loading the quotes: ${loaded} of ${total} issues…`,
  quotesFailed: 'The quotes could not be loaded.',
  quotesRetry: 'Try again',
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

export type Messages = typeof en;
