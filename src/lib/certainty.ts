/**
 * How firmly a cell's position is established, so the grid can draw a shaky one lighter (or
 * dashed) and say why in its accessible name.
 *
 * A position is **tentative** when at least one of these holds (reasons listed in this order):
 * - `low-confidence`: the editor set `confidence: 'low'`;
 * - `reported-only`: no direct quote, and the strongest evidence is someone else's reported
 *   words (there may be paraphrases too);
 * - `paraphrase-only`: every piece of evidence is the outlet's paraphrase;
 * - `no-evidence`: the position has no evidence at all.
 *
 * A position with at least one direct quote and a confidence other than `low` is firm. An empty
 * cell has no position and so no certainty: it is "no known position", not tentative.
 */
import type { PositionOutline } from './types';

export type TentativeReason =
  'low-confidence' | 'reported-only' | 'paraphrase-only' | 'no-evidence';

export interface CellCertainty {
  tentative: boolean;
  /** Why the position is tentative, in the order listed above; empty when it is firm. */
  reasons: TentativeReason[];
}

/** Says whether a position is tentative and why, without modifying it. */
export function cellCertainty(position: PositionOutline): CellCertainty {
  const reasons: TentativeReason[] = [];
  if (position.confidence === 'low') reasons.push('low-confidence');
  const kinds = new Set(position.evidence.map((evidence) => evidence.kind));
  if (kinds.size === 0) reasons.push('no-evidence');
  else if (!kinds.has('direct')) {
    reasons.push(kinds.has('reported') ? 'reported-only' : 'paraphrase-only');
  }
  return { tentative: reasons.length > 0, reasons };
}
