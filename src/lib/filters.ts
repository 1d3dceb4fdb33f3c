/**
 * Narrowing the grid to some actor groups and some issue groups. A filter that is `undefined`
 * shows everything; a list shows only items whose group is in it (so an empty list hides all).
 * `null` in a list stands for items with no group. Group names not in the story match nothing.
 */
import type { ColumnGroup, Matrix } from './matrix';
import type { StoryOutline } from './types';

export interface GroupFilters {
  /** Actor groups to show; undefined (the default) shows every actor. */
  actorGroups?: readonly (string | null)[];
  /** Issue groups to show; undefined (the default) shows every issue. */
  issueGroups?: readonly (string | null)[];
}

export interface Visibility {
  /** Ids of the actors shown, in the story's order. */
  actors: string[];
  /** Ids of the issues shown, in the story's order. */
  issues: string[];
  hiddenActors: number;
  hiddenIssues: number;
}

export interface FilteredMatrix {
  /** The matrix with hidden rows and columns removed, and column groups recounted. */
  matrix: Matrix;
  hiddenActors: number;
  hiddenIssues: number;
}

interface Grouped {
  group?: string;
}

/** The groups of a list of actors or issues, each once, in the order they first appear. */
export function groupsOf(items: readonly Grouped[]): (string | null)[] {
  return [...new Set(items.map((item) => item.group ?? null))];
}

function shows(filter: readonly (string | null)[] | undefined): (item: Grouped) => boolean {
  if (filter === undefined) return () => true;
  const wanted = new Set(filter);
  return (item) => wanted.has(item.group ?? null);
}

/** The ids of the actors and issues that pass the filters, and how many are hidden. */
export function visibleIds(story: StoryOutline, filters: GroupFilters = {}): Visibility {
  const actors = story.actors.filter(shows(filters.actorGroups)).map((actor) => actor.id);
  const issues = story.issues.filter(shows(filters.issueGroups)).map((issue) => issue.id);
  return {
    actors,
    issues,
    hiddenActors: story.actors.length - actors.length,
    hiddenIssues: story.issues.length - issues.length,
  };
}

/** The matrix with only the rows and columns that pass the filters; the input is not modified. */
export function filterMatrix(matrix: Matrix, filters: GroupFilters = {}): FilteredMatrix {
  const showActor = shows(filters.actorGroups);
  const showIssue = shows(filters.issueGroups);
  const keptColumns = matrix.columns.flatMap((actor, index) => (showActor(actor) ? [index] : []));
  const keptRows = matrix.rows.flatMap((issue, index) => (showIssue(issue) ? [index] : []));
  const everyColumn = keptColumns.length === matrix.columns.length;
  const columns = keptColumns.map((index) => matrix.columns[index]!);
  const groups: ColumnGroup[] = [];
  columns.forEach((actor, start) => {
    const last = groups[groups.length - 1];
    if (last && last.name === actor.group) last.span++;
    else groups.push({ name: actor.group, start, span: 1 });
  });
  return {
    matrix: {
      columns,
      groups,
      rows: keptRows.map((index) => matrix.rows[index]!),
      // With every column shown a row keeps its array of cells, so the grid's row sees the
      // same cells and keeps what it worked out from them (and a large story is not copied).
      cells: keptRows.map((row) =>
        everyColumn ? matrix.cells[row]! : keptColumns.map((column) => matrix.cells[row]![column]!),
      ),
    },
    hiddenActors: matrix.columns.length - columns.length,
    hiddenIssues: matrix.rows.length - keptRows.length,
  };
}
