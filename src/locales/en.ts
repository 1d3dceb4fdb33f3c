import type { Confidence, EvidenceKind } from '../lib/types';

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
  quoteCount: (count: number) => (count === 1 ? '1 quote' : `${count} quotes`),
  cellName: (actor: string, issue: string, stance: string | undefined, quotes: number) =>
    stance === undefined
      ? `${actor} on ${issue}: no known position`
      : `${actor} on ${issue}: ${stance.toLowerCase()}, ${en.quoteCount(quotes)}`,
  openSource: (outlet: string) => `${outlet} (opens in a new tab)`,
  storyErrorsTitle: 'This story could not be shown',
};

export type Messages = typeof en;
