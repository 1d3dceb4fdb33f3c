/**
 * Two actors side by side, issue by issue: where they agree, where they differ, and where one or
 * both have no known position.
 *
 * - `agree`: both have a known position with the same stance id (two "unclear" agree too);
 * - `differ`: both have a known position, with different stances;
 * - `one-unknown`: exactly one of them has a known position;
 * - `both-unknown`: neither has.
 *
 * `sameSide` adds nuance without a fifth value: it is true when both positions are on the same
 * side of the scale (both supportive or both opposed, by `stanceSides` in `./issue-summary`), so a
 * `differ` with `sameSide` reads "they differ, but lean the same way" (e.g. two supportive
 * stances of a five-point scale). A stance on neither side is never on the same side as another.
 */
import { stanceSides } from './issue-summary';
import type { Matrix } from './matrix';
import type { Issue, PositionOutline, Stance } from './types';

export type Agreement = 'agree' | 'differ' | 'one-unknown' | 'both-unknown';

export interface IssueComparison {
  issue: Issue;
  /** Actor A's position on this issue in the matrix, if known. */
  a: PositionOutline | undefined;
  /** Actor B's position on this issue in the matrix, if known. */
  b: PositionOutline | undefined;
  agreement: Agreement;
  /** Both positions are known and on the same side (supportive or opposed). */
  sameSide: boolean;
}

/**
 * Compares two actors on every issue of a matrix (latest, or as of a date), in row order. Empty
 * when either actor id is not a column of the matrix. The matrix is not modified.
 */
export function compareActors(
  matrix: Matrix,
  actorA: string,
  actorB: string,
  stances: readonly Stance[],
): IssueComparison[] {
  const columnA = matrix.columns.findIndex((actor) => actor.id === actorA);
  const columnB = matrix.columns.findIndex((actor) => actor.id === actorB);
  if (columnA < 0 || columnB < 0) return [];
  const sides = stanceSides(stances);
  return matrix.rows.map((issue, row) => {
    const a = matrix.cells[row]?.[columnA]?.position;
    const b = matrix.cells[row]?.[columnB]?.position;
    const agreement: Agreement =
      a && b
        ? a.stance === b.stance
          ? 'agree'
          : 'differ'
        : a || b
          ? 'one-unknown'
          : 'both-unknown';
    const sideA = a && sides.get(a.stance);
    const sameSide =
      sideA !== undefined && sideA !== 'neither' && sideA === (b && sides.get(b.stance));
    return { issue, a, b, agreement, sameSide };
  });
}

/** How many issues fall under each agreement value, for a headline such as "agree on 2 of 4". */
export function countAgreement(comparisons: readonly IssueComparison[]): Record<Agreement, number> {
  const counts: Record<Agreement, number> = {
    agree: 0,
    differ: 0,
    'one-unknown': 0,
    'both-unknown': 0,
  };
  for (const comparison of comparisons) counts[comparison.agreement]++;
  return counts;
}
