import { stanceMarks, type StanceMark } from './stance-marks';
import { cellKey } from './matrix';
import type { Actor, Correction, Source, Stance, StoryOutline } from './types';

/** Id lookups a component needs to show a position: built once per story. */
export interface StoryIndex {
  actors: Map<string, Actor>;
  sources: Map<string, Source>;
  stances: Map<string, Stance>;
  marks: Map<string, StanceMark>;
  /** Corrections pinned to one cell (both `actor` and `issue` given), by `cellKey`, newest first. */
  corrections: Map<string, Correction[]>;
}

/** The corrections that name a cell, newest first; story-wide ones are listed elsewhere. */
export function correctionsByCell(corrections: readonly Correction[]): Map<string, Correction[]> {
  const byCell = new Map<string, Correction[]>();
  const newestFirst = [...corrections].sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : 0,
  );
  for (const correction of newestFirst) {
    if (!correction.actor || !correction.issue) continue;
    const key = cellKey(correction.actor, correction.issue);
    byCell.set(key, [...(byCell.get(key) ?? []), correction]);
  }
  return byCell;
}

export function indexStory(story: StoryOutline): StoryIndex {
  return {
    actors: new Map(story.actors.map((actor) => [actor.id, actor])),
    sources: new Map(story.sources.map((source) => [source.id, source])),
    stances: new Map(story.stances.map((stance) => [stance.id, stance])),
    marks: stanceMarks(story.stances),
    corrections: correctionsByCell(story.corrections),
  };
}
