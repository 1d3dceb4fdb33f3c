import type { Rollup } from 'vite';

/**
 * V8's explicit compile hint (Chrome 136 on): a script that begins with this comment has all its
 * functions compiled as it streams in, on a background thread, instead of each one on the main
 * thread the first time it is called. Other browsers read a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * The lazily loaded modules whose code runs as soon as it arrives: the panel, rendered unseen
 * once the page is idle (`rehearsal.ts`), the interface strings of a language other than
 * English, loaded before the page hydrates (`i18n.ts`), and the islands' roots, hydrated as
 * they arrive (`islands.ts`). Modules loaded on a reader's request otherwise are left lazy,
 * since much of their code may never run.
 */
const RUN_ON_ARRIVAL = [
  /[\\/]src[\\/]components[\\/]Panel\.svelte$/,
  /[\\/]src[\\/]locales[\\/][^\\/]+\.ts$/,
  /[\\/]src[\\/]lib[\\/]island-roots\.ts$/,
];

/** Whether a chunk's code runs as the page starts: the entry module, or one in `RUN_ON_ARRIVAL`. */
export function runsOnLoad(chunk: Pick<Rollup.OutputChunk, 'isEntry' | 'facadeModuleId'>) {
  const module = chunk.facadeModuleId ?? '';
  return chunk.isEntry || RUN_ON_ARRIVAL.some((pattern) => pattern.test(module));
}

/**
 * Puts the compile hint at the start of every chunk of `bundle` that `runsOnLoad` (called once
 * the bundle is minified). Hydrating the bundled story is the first call of most of the entry's
 * functions; compiling them there took more than half of that task (docs/performance-notes.md).
 */
export function addCompileHints(bundle: Rollup.OutputBundle): void {
  for (const file of Object.values(bundle)) {
    if (file.type === 'chunk' && runsOnLoad(file)) file.code = COMPILE_HINT + file.code;
  }
}
