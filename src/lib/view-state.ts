/**
 * The reader's view of a story, worked out from the state the root owns: the date the grid is
 * shown as of, the issue order, the group filters and the two actors being compared. Everything
 * here is pure, so the root only keeps state and draws; it never computes.
 */
import { changesSince, type ChangesSince } from './changes-since';
import { compareActors, countAgreement, type Agreement, type IssueComparison } from './compare';
import { filterMatrix, type GroupFilters } from './filters';
import type { HashState } from './hash';
import { sortIssues, summarizeIssues, type IssueSummary } from './issue-summary';
import { buildMatrix, cellKey, type Matrix } from './matrix';
import { previousStep, type Change } from './timeline';
import type { Issue, StoryOutline } from './types';

export type IssueOrder = 'editor' | 'divided';

/** What the root keeps besides the open cell. */
export interface ViewOptions {
  /** Show the grid as of this step; undefined for the latest positions. */
  date?: string;
  /**
   * The day a reader saw the graphic (`since=` in the hash). When it is before the day shown
   * (`date`, or the story's `updated`), changes are measured from it instead of from the
   * previous step; otherwise it is ignored.
   */
  changedSince?: string;
  /** Issue order. Default `'editor'`. */
  order?: IssueOrder;
  filters?: GroupFilters;
  /** Two actor ids to compare. */
  compare?: readonly [string, string];
}

export interface View {
  /** Every cell as of the date: panels and lookups use it, whatever the filters hide. */
  dated: Matrix;
  /** The rows and columns the grid draws: ordered, then filtered. */
  shown: Matrix;
  hiddenActors: number;
  hiddenIssues: number;
  /** Common ground on each issue, by issue id, over every actor (filters do not change it). */
  summaries: Map<string, IssueSummary>;
  /**
   * The day changes are measured from: `changedSince` when it applies, else the previous step
   * of a past date; undefined (nothing marked) at the latest without `changedSince`.
   */
  since: string | undefined;
  /** Cells whose position changed since `since`, by `cellKey`. */
  changes: Map<string, Change>;
  /** Cells given a correction since `since` (whether or not their position changed). */
  corrected: Set<string>;
  /** Everything that changed since `changedSince`, when it applies; for the summary line. */
  whatChanged: ChangesSince | undefined;
  /** Agreement of the compared pair on each issue, by issue id; empty without a pair. */
  comparisons: Map<string, IssueComparison>;
  /** Issues under each agreement value; undefined without a pair. */
  agreement: Record<Agreement, number> | undefined;
}

/**
 * The step a date in a link stands for: the latest step on or before it, the first step for an
 * earlier date, and undefined (the latest positions) for the last step, a later date or none.
 */
export function snapDate(dates: readonly string[], date: string | undefined): string | undefined {
  const last = dates[dates.length - 1];
  if (date === undefined || last === undefined || date >= last) return undefined;
  const onOrBefore = dates.filter((step) => step <= date);
  return onOrBefore[onOrBefore.length - 1] ?? dates[0];
}

/** A copy of the matrix with its rows (and their cells) in the order of `issues`. */
export function orderRows(matrix: Matrix, issues: readonly Issue[]): Matrix {
  const rowOf = new Map(matrix.rows.map((issue, row) => [issue.id, row]));
  const rows = issues.flatMap((issue) => {
    const row = rowOf.get(issue.id);
    return row === undefined ? [] : [row];
  });
  return {
    ...matrix,
    rows: rows.map((row) => matrix.rows[row]!),
    cells: rows.map((row) => matrix.cells[row]!),
  };
}

/**
 * Works out the view; the story is not modified. `latest`, the story's matrix of latest
 * positions when the caller has it, is used as it is for a view of the latest positions and for
 * what changed since a day, rather than built again: on a large story that is most of the work.
 */
export function buildView(
  story: StoryOutline,
  dates: readonly string[],
  options: ViewOptions,
  latest?: Matrix,
): View {
  const { date, changedSince, order = 'editor', filters = {}, compare } = options;
  const dated = date === undefined && latest ? latest : buildMatrix(story, { asOf: date });
  const ordered = orderRows(dated, sortIssues(story, order, date));
  const { matrix: shown, hiddenActors, hiddenIssues } = filterMatrix(ordered, filters);
  const summaries = new Map(
    summarizeIssues(dated, story.stances).map((summary) => [summary.issue.id, summary]),
  );
  const chosen =
    changedSince !== undefined && changedSince < (date ?? story.updated) ? changedSince : undefined;
  const since = chosen ?? (date === undefined ? undefined : previousStep(dates, date));
  const changed = since === undefined ? undefined : changesSince(story, since, date, latest);
  const cells = changed?.cells ?? [];
  const compared = compare ? compareActors(dated, compare[0], compare[1], story.stances) : [];
  return {
    dated,
    shown,
    hiddenActors,
    hiddenIssues,
    summaries,
    since,
    changes: new Map(
      cells.flatMap((cell) =>
        cell.change ? [[cellKey(cell.actor, cell.issue), cell.change]] : [],
      ),
    ),
    corrected: new Set(
      cells.flatMap((cell) => (cell.corrections.length ? [cellKey(cell.actor, cell.issue)] : [])),
    ),
    whatChanged: chosen === undefined ? undefined : changed,
    comparisons: new Map(compared.map((comparison) => [comparison.issue.id, comparison])),
    agreement: compare && compared.length > 0 ? countAgreement(compared) : undefined,
  };
}

/** Which hash fields changed between two states, to choose how the URL is updated. */
export type HashChange = 'cell' | 'view' | 'none';

/** Whether two states open the same cell (or none). */
export function sameCell(a: HashState, b: HashState): boolean {
  return a.actor === b.actor && a.issue === b.issue;
}

/** Whether two states show the same date, changes since and pair. */
export function sameView(a: HashState, b: HashState): boolean {
  return a.date === b.date && a.since === b.since && a.compare?.join(',') === b.compare?.join(',');
}

/** `cell` when the open cell changed (a history entry), `view` when only date, since or pair did. */
export function hashChange(before: HashState, after: HashState): HashChange {
  if (!sameCell(before, after)) return 'cell';
  return sameView(before, after) ? 'none' : 'view';
}

/**
 * How to write the URL for a change: on a story page a new cell is a history entry (Back
 * returns to the previous one); a new date or pair replaces the entry, so sliding the date does
 * not flood history. An embed never adds entries to its host's history.
 */
export function historyMethod(change: HashChange, mode: 'page' | 'embed'): 'push' | 'replace' {
  return mode === 'page' && change === 'cell' ? 'push' : 'replace';
}
