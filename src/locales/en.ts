import { formatDate } from '../lib/format';
import type { IslandMessages } from './en-islands';
import type { TentativeReason } from '../lib/certainty';
import type { Agreement } from '../lib/compare';
import type { ChangeKind } from '../lib/timeline';
import type { Confidence, EvidenceKind } from '../lib/types';
import { formatCount, formatList, languageName, plural } from './intl';

const LANGUAGE = 'en';

/**
 * The strings the page's dashboard shows, in English; its islands' strings come with their code
 * (`en-islands.ts`). Copy from the story itself lives in data/.
 */
export const en = {
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
  /** Notes a quote shown in translation; `languageTag` is the BCP 47 tag of the original. */
  translatedFrom: (languageTag: string) => `Translated from ${languageName(languageTag, LANGUAGE)}`,
  showOriginal: 'Show original',
  hideOriginal: 'Hide original',
  /** `isoDate` is YYYY-MM-DD; the message formats it. */
  correctedOn: (isoDate: string) => `Corrected on ${formatDate(isoDate, LANGUAGE)}`,
  /** Said after a cell's name when it was corrected after `isoDate`. */
  correctedSince: (isoDate: string) => `corrected since ${formatDate(isoDate, LANGUAGE)}`,
  /** `isoDate` is YYYY-MM-DD; the message formats it. */
  changedSince: (isoDate: string) => `Changed since ${formatDate(isoDate, LANGUAGE)}`,
  latest: 'Latest',
  issueSummary: {
    consensus: 'Consensus',
    split: 'Split',
    standoff: 'Standoff',
    unsettled: 'Unsettled',
    'too-few': 'Too few positions',
  },
  compare: 'Compare',
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
  agreement: {
    agree: 'Agree',
    differ: 'Differ',
    'one-unknown': 'One unknown',
    'both-unknown': 'Both unknown',
  } satisfies Record<Agreement, string>,
  nothingShown: 'The filters hide every row or column.',
  allPositionsTitle: (count: number) =>
    count === 1 ? 'The position and its sources' : `All ${count} positions and their sources`,
  appendixTooLarge: (count: number) =>
    `This story has ${count} positions, too many to list here: open a cell to read its quotes, or download the data.`,
  /** While a cell's quotes, fetched separately for a large story, are on their way. */
  quotesLoading: 'Loading the quotes…',
  quotesFailed: 'The quotes could not be loaded.',
  quotesRetry: 'Try again',
};

/** The strings of the dashboard, which every page loads. */
export type Messages = typeof en;

/** Every string the interface shows, the islands' too: a language's locale file has them all. */
export type AllMessages = Messages & IslandMessages;
