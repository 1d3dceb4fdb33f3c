import type { ControlsBar, StoryHeader, StoryNotes, StoryTools } from './island-roots';
import type { IslandCode } from './island';
import { LazyImport } from './lazy-import.svelte';

// The parts of a story page that hydrate apart from it, on use (`Island`): the controls above
// the grid and the tools below it. Most readers only read the grid and open cells. And the parts
// with nothing to use, the heading and the notes, which a prerendered page never hydrates.

const roots = () => import('./island-roots');

export const controlsCode: IslandCode<Parameters<typeof ControlsBar>[1]> = new LazyImport(() =>
  roots().then((module) => ({ default: module.ControlsBar })),
);

export const toolsCode: IslandCode<Parameters<typeof StoryTools>[1]> = new LazyImport(() =>
  roots().then((module) => ({ default: module.StoryTools })),
);

export const headerCode: IslandCode<Parameters<typeof StoryHeader>[1]> = new LazyImport(() =>
  roots().then((module) => ({ default: module.StoryHeader })),
);

export const notesCode: IslandCode<Parameters<typeof StoryNotes>[1]> = new LazyImport(() =>
  roots().then((module) => ({ default: module.StoryNotes })),
);

/** Loads every island's code, e.g. before a page is mounted afresh; one that fails is left out. */
export function loadIslands(): Promise<unknown> {
  return Promise.allSettled(
    [controlsCode, toolsCode, headerCode, notesCode].map((code) => code.load()),
  );
}
