import { buildMatrix, type Matrix } from './matrix';
import { indexStory, type StoryIndex } from './story-index';
import { storyDates } from './timeline';
import type { PositionOutline, StoryOutline } from './types';
import { buildView, type View, type ViewOptions } from './view-state';

/** What the dashboard works out from a story before it can draw anything. */
export interface StoryModel {
  /** Every cell with its whole history. */
  matrix: Matrix<PositionOutline>;
  index: StoryIndex;
  /** The steps of the date control (`storyDates`). */
  dates: string[];
  /** The view a page opens with: latest positions, editor's order, no filter, no comparison. */
  initialView: View;
}

const models = new WeakMap<StoryOutline, StoryModel>();
const matrices = new WeakMap<StoryOutline, Matrix<PositionOutline>>();

/**
 * The story's matrix of latest positions, worked out on first call and kept for that story
 * object. `storyModel` builds on it; a page works it out in a task of its own first, so that on
 * a large story neither task is long (together they took 42 ms of one task at 200 × 200).
 */
export function latestMatrix(story: StoryOutline): Matrix<PositionOutline> {
  let matrix = matrices.get(story);
  if (!matrix) matrices.set(story, (matrix = buildMatrix(story)));
  return matrix;
}

/**
 * The story's model, worked out on first call and kept for that story object. A page calls it
 * in a task of its own before hydrating, so hydration (one task that cannot be split) does not
 * also carry this work, and the root then finds it done.
 */
export function storyModel(story: StoryOutline): StoryModel {
  let model = models.get(story);
  if (!model) {
    const dates = storyDates(story);
    const matrix = latestMatrix(story);
    model = {
      matrix,
      index: indexStory(story),
      dates,
      initialView: buildView(story, dates, {}, matrix),
    };
    models.set(story, model);
  }
  return model;
}

/** Whether `options` ask for the view a page opens with. */
function isInitial({ date, changedSince, order, filters, compare }: ViewOptions): boolean {
  return (
    date === undefined &&
    changedSince === undefined &&
    (order ?? 'editor') === 'editor' &&
    filters?.actorGroups === undefined &&
    filters?.issueGroups === undefined &&
    compare === undefined
  );
}

/** The view for `options`: the model's initial view when they ask for it, else built afresh. */
export function viewFor(story: StoryOutline, options: ViewOptions): View {
  const model = storyModel(story);
  return isInitial(options)
    ? model.initialView
    : buildView(story, model.dates, options, model.matrix);
}
