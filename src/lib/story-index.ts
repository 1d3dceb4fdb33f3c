import { stanceMarks, type StanceMark } from './stance-marks';
import type { Actor, Source, Stance, Story } from './types';

/** Id lookups a component needs to show a position: built once per story. */
export interface StoryIndex {
  actors: Map<string, Actor>;
  sources: Map<string, Source>;
  stances: Map<string, Stance>;
  marks: Map<string, StanceMark>;
}

export function indexStory(story: Story): StoryIndex {
  return {
    actors: new Map(story.actors.map((actor) => [actor.id, actor])),
    sources: new Map(story.sources.map((source) => [source.id, source])),
    stances: new Map(story.stances.map((stance) => [stance.id, stance])),
    marks: stanceMarks(story.stances),
  };
}
