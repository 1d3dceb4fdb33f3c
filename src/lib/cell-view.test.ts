import { describe, expect, it } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { en } from '../locales/en';
import { cellView, type CellContext } from './cell-view';
import { buildMatrix, cellKey, findCell } from './matrix';
import { indexStory } from './story-index';
import type { Change } from './timeline';

const data = fixtureStory();
const matrix = buildMatrix(data);
const index = indexStory(data);
const context: CellContext = {
  index,
  changes: new Map(),
  corrected: new Set(),
  since: undefined,
  compare: undefined,
  t: en,
};

describe('cellView', () => {
  it('names a filled cell by actor, issue, stance and quote count, and gives its mark', () => {
    const cell = findCell(matrix, 'kyiv', 'guarantees')!;
    const view = cellView(cell, 0, context);
    const stance = index.stances.get(cell.position!.stance)!;
    expect(view.stance).toBe(stance);
    expect(view.mark).toBe(index.marks.get(stance.id));
    expect(view.name).toBe(
      en.cellName(cell.actor.name, cell.issue.label, stance.label, cell.position!.evidence.length),
    );
    expect(view.marked).toBe(false);
    expect(view.compared).toBe(false);
  });

  it('says "no known position" for an empty cell, which is never tentative', () => {
    const empty = matrix.cells.flat().find((cell) => !cell.position)!;
    const view = cellView(empty, 3, context);
    expect(view.stance).toBeUndefined();
    expect(view.mark).toBeUndefined();
    expect(view.tentative).toBe(false);
    expect(view.column).toBe(3);
    expect(view.name).toBe(en.cellName(empty.actor.name, empty.issue.label, undefined, 0));
  });

  it('marks a cell that changed, says what it was, and highlights a compared actor', () => {
    const cell = findCell(matrix, 'washington', 'ceasefire')!;
    const [latest, earlier] = cell.history;
    const change: Change = {
      actor: 'washington',
      issue: 'ceasefire',
      kind: 'changed',
      before: earlier,
      after: latest!,
    };
    const view = cellView(cell, 1, {
      ...context,
      changes: new Map([[cellKey('washington', 'ceasefire'), change]]),
      since: '2025-08-14',
      compare: ['kyiv', 'washington'],
    });
    const was = index.stances.get(earlier!.stance)!;
    expect(view.marked).toBe(true);
    expect(view.wasLabel).toBe(en.wasStance(was.label));
    expect(view.compared).toBe(true);
    expect(view.name).toContain(en.cellChange('changed', '2025-08-14', was.label));
  });
});
