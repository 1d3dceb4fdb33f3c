/**
 * Common ground per issue: how many actors hold each stance, which side of the scale they are
 * on, and how divided the issue is.
 *
 * **Sides.** Only ordinal stances have a side, decided by their place among the ordinal stances
 * (off-scale stances are skipped when counting places). With `n` ordinal stances, the stance at
 * place `i` (0 = most supportive) is `supportive` when `i < (n - 1) / 2`, `opposed` when
 * `i > (n - 1) / 2`, and `neither` when it is exactly in the middle. Off-scale stances (such as
 * "unclear") are `neither`. On the default scale (supports, conditional, unclear, opposes) this
 * makes `supports` supportive, `opposes` opposed, and both `conditional` (the middle of three
 * ordinal stances) and `unclear` neither.
 *
 * **Classes**, over the actors with a known position (`known`), of whom `supportive` and
 * `opposed` are on a side and `neither` are not; checked in this order:
 * - `too-few`: fewer than 2 known positions;
 * - `consensus`: every known position is on the same side (all supportive or all opposed);
 * - `standoff`: both sides are present with as many actors on each (1 against 1, 2 against 2…);
 * - `split`: both sides are present, one larger than the other;
 * - `unsettled`: what is left: at least 2 known positions, at most one side present, and at least
 *   one actor on neither side (e.g. two opposed and one unclear, or everyone unclear).
 *
 * **Divisiveness** is `2 × min(supportive, opposed) / known`, from 0 (no one on one of the two
 * sides) to 1 (the known positions split evenly between the two sides, none on neither); actors
 * on neither side dilute it. It is 0 for fewer than 2 known positions.
 */
import { buildMatrix, type Matrix } from './matrix';
import type { Issue, Stance, StoryOutline } from './types';

export type Side = 'supportive' | 'opposed' | 'neither';

export type IssueClass = 'too-few' | 'consensus' | 'standoff' | 'split' | 'unsettled';

export interface IssueSummary {
  issue: Issue;
  /** Actors holding each stance, one entry per stance of the scale, in scale order. */
  stances: { stance: Stance; side: Side; count: number }[];
  /** Actors with a known position. */
  known: number;
  /** Actors with no known position on this issue. */
  unknown: number;
  supportive: number;
  opposed: number;
  neither: number;
  classification: IssueClass;
}

/** Each stance id's side, by the rule in the module comment. */
export function stanceSides(stances: readonly Stance[]): Map<string, Side> {
  const sides = new Map<string, Side>();
  const ordinal = stances.filter((stance) => stance.ordinal);
  const middle = (ordinal.length - 1) / 2;
  ordinal.forEach((stance, index) => {
    sides.set(stance.id, index < middle ? 'supportive' : index > middle ? 'opposed' : 'neither');
  });
  for (const stance of stances) if (!stance.ordinal) sides.set(stance.id, 'neither');
  return sides;
}

function classify(known: number, supportive: number, opposed: number): IssueClass {
  if (known < 2) return 'too-few';
  if (supportive === known || opposed === known) return 'consensus';
  if (supportive > 0 && opposed > 0) return supportive === opposed ? 'standoff' : 'split';
  return 'unsettled';
}

/**
 * Summarises every row of a matrix (built for the latest positions, or as of a date), in row
 * order. A position whose stance is not in `stances` counts as known and on neither side.
 */
export function summarizeIssues(matrix: Matrix, stances: readonly Stance[]): IssueSummary[] {
  const sides = stanceSides(stances);
  return matrix.rows.map((issue, row) => {
    const counts = new Map<string, number>();
    let known = 0;
    for (const cell of matrix.cells[row] ?? []) {
      if (!cell.position) continue;
      known++;
      counts.set(cell.position.stance, (counts.get(cell.position.stance) ?? 0) + 1);
    }
    const tally = { supportive: 0, opposed: 0, neither: 0 };
    for (const [id, count] of counts) tally[sides.get(id) ?? 'neither'] += count;
    return {
      issue,
      stances: stances.map((stance) => ({
        stance,
        side: sides.get(stance.id) ?? 'neither',
        count: counts.get(stance.id) ?? 0,
      })),
      known,
      unknown: matrix.columns.length - known,
      ...tally,
      classification: classify(known, tally.supportive, tally.opposed),
    };
  });
}

/** One run of an issue's summary bar: the actors holding one stance, or no known position. */
export interface BarSegment {
  /** The stance's id; empty for the actors with no known position. */
  id: string;
  /** The stance's fill (`StanceMark.fillClass`), or `unknown`. */
  fillClass: string;
  x: number;
  width: number;
}

/**
 * Lays out an issue's summary bar, `width` pixels wide: an equal share per actor, actors sorted
 * by stance, so each stance held by anyone is one run, in scale order, then the unknowns.
 * `fillOf` gives a stance's fill class.
 */
export function summaryBar(
  summary: IssueSummary,
  fillOf: (stanceId: string) => string | undefined,
  width: number,
): BarSegment[] {
  const share = width / (summary.known + summary.unknown || 1);
  const runs = [
    ...summary.stances.map(({ stance, count }) => ({
      id: stance.id,
      count,
      fillClass: fillOf(stance.id) ?? 'unknown',
    })),
    { id: '', count: summary.unknown, fillClass: 'unknown' },
  ];
  let start = 0;
  return runs
    .filter((run) => run.count > 0)
    .map(({ id, count, fillClass }) => {
      const segment = { id, fillClass, x: start * share, width: count * share };
      start += count;
      return segment;
    });
}

/** How divided an issue is, in [0, 1]; see the module comment. */
export function divisiveness(summary: IssueSummary): number {
  if (summary.known < 2) return 0;
  return (2 * Math.min(summary.supportive, summary.opposed)) / summary.known;
}

/**
 * The story's issues in the editor's order (`'editor'`), or most divided first (`'divided'`);
 * issues equally divided keep the editor's order. `asOf` sorts by the grid as of that date.
 * Returns a new array; the story is not modified.
 */
export function sortIssues(
  story: StoryOutline,
  order: 'divided' | 'editor',
  asOf?: string,
): Issue[] {
  if (order === 'editor') return [...story.issues];
  const summaries = summarizeIssues(buildMatrix(story, { asOf }), story.stances);
  return summaries
    .map((summary, index) => ({ issue: summary.issue, score: divisiveness(summary), index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ issue }) => issue);
}
