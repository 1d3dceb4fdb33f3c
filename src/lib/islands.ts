import type { Component } from 'svelte';
import type { IslandCode } from './island';
import { LazyImport } from './lazy-import.svelte';

// The parts of a story page that hydrate apart from it, on use (`Island`): the controls above
// the grid and the tools below it. Most readers only read the grid and open cells. And the parts
// with nothing to use, the heading and the notes, which a prerendered page never hydrates.

type Roots = typeof import('./island-roots');

/** The props of a root component. */
type PropsOf<Root> = Root extends Component<infer Props> ? Props : never;

/** The code of one island: its root, from the one module all of them come in. */
function rootCode<Name extends keyof Roots>(name: Name): IslandCode<PropsOf<Roots[Name]>> {
  return new LazyImport(() =>
    import('./island-roots').then((module) => ({
      // The same type, which TypeScript does not see through a generic key.
      default: module[name] as Component<PropsOf<Roots[Name]>>,
    })),
  );
}

export const controlsCode = rootCode('ControlsBar');
export const toolsCode = rootCode('StoryTools');
export const headerCode = rootCode('StoryHeader');
export const notesCode = rootCode('StoryNotes');

/** Loads every island's code, e.g. before a page is mounted afresh; one that fails is left out. */
export function loadIslands(): Promise<unknown> {
  return Promise.allSettled(
    [controlsCode, toolsCode, headerCode, notesCode].map((code) => code.load()),
  );
}
