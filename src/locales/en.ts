import { formatDate } from '../lib/format';
import type { Confidence, EvidenceKind } from '../lib/types';
import { languageName, plural } from './intl';

const LANGUAGE = 'en';

/** Every string the interface shows, in English. Copy from the story itself lives in data/. */
export const en = {
  lastUpdated: 'Last updated',
  legendTitle: 'Key',
  noKnownPosition: 'No known position',
  noKnownPositionDescription: 'The sources for this story record no position',
  matrixCaption: 'Positions on each issue, by actor. Select a cell to read the quotes behind it.',
  issueColumnHeader: 'Issue',
  scrollHint: 'Scroll sideways to see every actor.',
  closePanel: 'Close',
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
  /** Opening and closing marks around a quote shown in running text. */
  quoteOpen: '“',
  quoteClose: '”',
  /** Notes a quote shown in translation; `languageTag` is the BCP 47 tag of the original. */
  translatedFrom: (languageTag: string) => `Translated from ${languageName(languageTag, LANGUAGE)}`,
  showOriginal: 'Show original',
  hideOriginal: 'Hide original',
  methodologyHeading: 'Methodology',
  correctionsHeading: 'Corrections',
  /** `isoDate` is YYYY-MM-DD; the message formats it. */
  correctedOn: (isoDate: string) => `Corrected on ${formatDate(isoDate, LANGUAGE)}`,
  whatChangedSince: 'What changed since',
  /** `isoDate` is YYYY-MM-DD; the message formats it. */
  changedSince: (isoDate: string) => `Changed since ${formatDate(isoDate, LANGUAGE)}`,
  theme: {
    label: 'Theme',
    light: 'Light',
    dark: 'Dark',
    system: 'Match system',
  },
  showPositionsAsOf: 'Show positions as of',
  latest: 'Latest',
  issueSummary: {
    consensus: 'Consensus',
    split: 'Split',
    standoff: 'Standoff',
  },
  actorsHidden: plural(LANGUAGE, { one: '{n} actor hidden', other: '{n} actors hidden' }),
  compare: 'Compare',
  searchQuotes: 'Search quotes',
  resultCount: plural(LANGUAGE, { one: '{n} result', other: '{n} results' }),
  allPositionsTitle: (count: number) =>
    count === 1 ? 'The position and its sources' : `All ${count} positions and their sources`,
  toolsLabel: 'Download and embed',
  embedButton: 'Embed',
  embedDialogTitle: 'Embed this graphic',
  embedDialogIntro:
    'Paste one of these snippets into your page. Each one resizes to fit its content.',
  embedLoaderLabel: 'Standpoint loader (recommended)',
  embedPymLabel: 'pym.js',
  embedIframeLabel: 'Plain iframe (fixed height)',
  copySnippet: 'Copy',
  copiedSnippet: 'Copied',
  closeDialog: 'Close',
};

export type Messages = typeof en;
