import type { Rollup } from 'vite';
import { describe, expect, test } from 'vitest';
import { addCompileHints, COMPILE_HINT, runsOnLoad } from './compile-hints';

/** A chunk of a bundle, as Rolldown hands it to `generateBundle`. */
function chunk(fileName: string, facadeModuleId: string | null, isEntry = false) {
  return {
    type: 'chunk',
    fileName,
    facadeModuleId,
    isEntry,
    code: 'var a=1;',
  } as Rollup.OutputChunk;
}

describe('compile hints', () => {
  test('are V8’s whole-file hint, a comment on a line of its own', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
  });

  test('mark the entry, the panel, a language’s strings and the islands, whose code runs as it arrives, but not modules loaded on request', () => {
    expect(runsOnLoad(chunk('index.js', '/app/src/main.ts', true))).toBe(true);
    expect(runsOnLoad(chunk('Panel.js', '/app/src/components/Panel.svelte'))).toBe(true);
    expect(runsOnLoad(chunk('uk.js', '/app/src/locales/uk.ts'))).toBe(true);
    expect(runsOnLoad(chunk('island-roots.js', '/app/src/lib/island-roots.ts'))).toBe(true);
    expect(runsOnLoad(chunk('quote-search.js', '/app/src/lib/quote-search.ts'))).toBe(false);
    expect(runsOnLoad(chunk('PanelArea.js', '/app/src/components/PanelArea.svelte'))).toBe(false);
    expect(runsOnLoad(chunk('shared.js', null))).toBe(false);
  });

  test('go first in the code of each chunk that runs on load, and nowhere else', () => {
    const bundle = {
      'index.js': chunk('index.js', '/app/src/main.ts', true),
      'Panel.js': chunk('Panel.js', '/app/src/components/Panel.svelte'),
      'export-csv.js': chunk('export-csv.js', '/app/src/lib/export-csv.ts'),
      'styles.css': { type: 'asset', fileName: 'styles.css', source: 'a{}' },
    } as unknown as Rollup.OutputBundle;
    addCompileHints(bundle);
    const code = (name: string) => (bundle[name] as Rollup.OutputChunk).code;
    expect(code('index.js')).toBe(`${COMPILE_HINT}var a=1;`);
    expect(code('Panel.js')).toBe(`${COMPILE_HINT}var a=1;`);
    expect(code('export-csv.js')).toBe('var a=1;');
    expect((bundle['styles.css'] as Rollup.OutputAsset).source).toBe('a{}');
  });
});
