/**
 * Everything one matrix cell draws and says, worked out in one pass per row: its stance and
 * mark, how it changed, whether it is tentative, corrected or compared, and its accessible name.
 * The cell component then only draws, which keeps the per-cell cost of rendering (and of
 * hydrating a prerendered grid) low.
 */
import { cellCertainty } from './certainty';
import { cellKey, type Cell } from './matrix';
import type { Messages } from './messages';
import type { StanceMark } from './stance-marks';
import type { StoryIndex } from './story-index';
import type { Change } from './timeline';
import type { Correction, Stance } from './types';

export interface CellView {
  cell: Cell;
  /** The cell's index among the grid's columns. */
  column: number;
  /** The stance of the latest position, if there is one. */
  stance: Stance | undefined;
  mark: StanceMark | undefined;
  /** How the cell changed since the day changes are marked from. */
  change: Change | undefined;
  /** "Was …", naming the stance before `change`, under the label of a cell whose stance changed. */
  wasLabel: string | undefined;
  /** The newest correction made to the cell. */
  correction: Correction | undefined;
  /** Changed or corrected since that day: the cell carries a dot. */
  marked: boolean;
  tentative: boolean;
  /** Whether the cell's actor is one of the two compared. */
  compared: boolean;
  /** Actor, issue, stance, quote count and each of the above, in words. */
  name: string;
}

/** What a row's cells are drawn against. */
export interface CellContext {
  index: StoryIndex;
  /** Cells changed since `since`, by `cellKey`. */
  changes: Map<string, Change>;
  /** Cells corrected since `since`, by `cellKey`. */
  corrected: Set<string>;
  since: string | undefined;
  compare: readonly [string, string] | undefined;
  t: Messages;
}

export function cellView(cell: Cell, column: number, context: CellContext): CellView {
  const { index, changes, corrected, since, compare, t } = context;
  const key = cellKey(cell.actor.id, cell.issue.id);
  const stance = cell.position && index.stances.get(cell.position.stance);
  const change = changes.get(key);
  const before = change?.before;
  const wasStance = before && index.stances.get(before.stance);
  const correction = index.corrections.get(key)?.[0];
  const correctedSince = corrected.has(key);
  const certainty = cell.position && cellCertainty(cell.position);
  const name = [
    t.cellName(
      cell.actor.name,
      cell.issue.label,
      stance?.label,
      cell.position?.evidence.length ?? 0,
    ),
    certainty?.tentative ? t.lessCertain(certainty.reasons) : undefined,
    change && since ? t.cellChange(change.kind, since, wasStance?.label) : undefined,
    correctedSince && since ? t.correctedSince(since) : undefined,
    correction ? t.correctedOn(correction.date) : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    cell,
    column,
    stance,
    mark: cell.position && index.marks.get(cell.position.stance),
    change,
    wasLabel: change?.kind === 'changed' && wasStance ? t.wasStance(wasStance.label) : undefined,
    correction,
    marked: change !== undefined || correctedSince,
    tentative: certainty?.tentative ?? false,
    compared: compare?.includes(cell.actor.id) ?? false,
    name,
  };
}
