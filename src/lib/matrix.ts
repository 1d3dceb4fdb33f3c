import { groups } from 'd3-array';
import type { Actor, EvidenceOutline, Issue, Position, PositionOutline, Story } from './types';

/** A run of adjacent actor columns that share a group, for the header above the actor names. */
export interface ColumnGroup {
  /** The actors' `group`, or undefined for actors without one. */
  name: string | undefined;
  /** Index of the first column in the run. */
  start: number;
  span: number;
}

/**
 * One issue × actor cell: the latest position, if any, and the cell's history. In a matrix built
 * as of a date, "latest" and "history" stop at that date. `P` is a full `Position` when the
 * matrix was built from a story with its quotes, `PositionOutline` when the words may be absent.
 */
export interface Cell<P extends PositionOutline = PositionOutline> {
  actor: Actor;
  issue: Issue;
  /** The position with the latest `asOf`; undefined means "no known position". */
  position: P | undefined;
  /** Every position for this actor and issue (up to the matrix's date, if any), newest first. */
  history: P[];
}

export interface BuildMatrixOptions {
  /**
   * An ISO date (YYYY-MM-DD): show each cell as it stood on that day, leaving out positions
   * dated later. Default: no limit, so every cell shows its latest position.
   */
  asOf?: string;
}

export interface Matrix<P extends PositionOutline = PositionOutline> {
  /** Actor columns, grouped by `group` in the order each group first appears. */
  columns: Actor[];
  groups: ColumnGroup[];
  /** Issue rows, in the editor's order. */
  rows: Issue[];
  /** `cells[row][column]`. */
  cells: Cell<P>[][];
}

/**
 * The key of one cell, shared by every lookup that pairs an actor with an issue. Ids never hold
 * a space (`ID_PATTERN`), so joining them with one is unambiguous; a large story makes this key
 * for every position and every cell as it starts.
 */
export function cellKey(actorId: string, issueId: string): string {
  return `${actorId} ${issueId}`;
}

/**
 * Lays a validated story out as issues × actors, without modifying it. With `asOf`, positions
 * dated after that day are left out, so a cell whose first position is later is empty.
 */
export function buildMatrix<E extends EvidenceOutline>(
  story: Story<E>,
  options: BuildMatrixOptions = {},
): Matrix<Position<E>> {
  const actorGroups = groups(story.actors, (actor) => actor.group);
  const columns = actorGroups.flatMap(([, actors]) => actors);
  const columnGroups: ColumnGroup[] = [];
  let start = 0;
  for (const [name, actors] of actorGroups) {
    columnGroups.push({ name, start, span: actors.length });
    start += actors.length;
  }
  const { asOf } = options;
  const positions =
    asOf === undefined ? story.positions : story.positions.filter((p) => p.asOf <= asOf);
  // Positions are grouped by row and column index rather than by `cellKey`: a large story has
  // tens of thousands, and making and hashing a key for each cost more than the rest.
  const rowOf = new Map(story.issues.map((issue, row) => [issue.id, row]));
  const columnOf = new Map(columns.map((actor, column) => [actor.id, column]));
  const histories: Position<E>[][] = [];
  for (const position of positions) {
    const row = rowOf.get(position.issue);
    const column = columnOf.get(position.actor);
    if (row === undefined || column === undefined) continue;
    const at = row * columns.length + column;
    // A history starts as a list of one: one started empty would keep room for 16 after its
    // first push, about 2 MB more heap over a 200 × 200 story's cells.
    if (histories[at]) histories[at].push(position);
    else histories[at] = [position];
  }
  const cells = story.issues.map((issue, row) =>
    columns.map((actor, column): Cell<Position<E>> => {
      const history = histories[row * columns.length + column] ?? [];
      history.sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0));
      return { actor, issue, position: history[0], history };
    }),
  );
  return { columns, groups: columnGroups, rows: story.issues, cells };
}

/** Finds the cell for an actor and issue id, or undefined when either id is not in the matrix. */
export function findCell<P extends PositionOutline>(
  matrix: Matrix<P>,
  actorId: string,
  issueId: string,
): Cell<P> | undefined {
  const row = matrix.rows.findIndex((issue) => issue.id === issueId);
  const column = matrix.columns.findIndex((actor) => actor.id === actorId);
  if (row < 0 || column < 0) return undefined;
  return matrix.cells[row]?.[column];
}
