import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { expect, test } from 'vitest';
import { fixtureInput } from '../tests/fixtures/story';
import { loadAllStories, loadStoryFile } from './stories';
import { standpoint } from './vite-plugin-standpoint';

function project(stories: Record<string, unknown>, defaultStory = 'fixture-talks'): string {
  const root = mkdtempSync(join(tmpdir(), 'standpoint-'));
  mkdirSync(join(root, 'data'));
  writeFileSync(
    join(root, 'standpoint.config.json'),
    JSON.stringify({ defaultStory, dataDir: 'data' }),
  );
  for (const [name, story] of Object.entries(stories)) {
    const text = typeof story === 'string' ? story : JSON.stringify(story);
    writeFileSync(join(root, 'data', name), text);
  }
  return root;
}

const broken = {
  ...fixtureInput,
  id: 'broken',
  positions: [{ ...fixtureInput.positions[0], actor: 'trumpp' }],
};

test('loadAllStories() reads every story in the data folder', () => {
  const root = project({ 'fixture-talks.json': fixtureInput, 'schema.json': { type: 'object' } });
  const stories = loadAllStories(root, { defaultStory: 'fixture-talks', dataDir: 'data' });
  expect(stories.map((story) => story.id)).toEqual(['fixture-talks']);
});

test('loadAllStories() lists every problem with the file and the JSON path', () => {
  const root = project({ 'fixture-talks.json': fixtureInput, 'broken.json': broken });
  expect(() => loadAllStories(root, { defaultStory: 'fixture-talks', dataDir: 'data' })).toThrow(
    'data/broken.json: positions[0].actor: no actor "trumpp"',
  );
});

test('loadStoryFile() reports a file that is not JSON', () => {
  const root = project({ 'bad.json': '{ "id": ' });
  expect(loadStoryFile(join(root, 'data', 'bad.json'), root).errors[0]).toMatch(
    /^data\/bad\.json: \(root\): not valid JSON/,
  );
});

test('loadStoryFile() requires the id to match the file name', () => {
  const root = project({ 'other-name.json': fixtureInput });
  expect(loadStoryFile(join(root, 'data', 'other-name.json'), root).errors).toEqual([
    'data/other-name.json: id: "fixture-talks" must match the file name "other-name"',
  ]);
});

test('loadAllStories() fails when the configured default story does not exist', () => {
  const root = project({ 'fixture-talks.json': fixtureInput });
  expect(() => loadAllStories(root, { defaultStory: 'missing', dataDir: 'data' })).toThrow(
    'defaultStory: no story "missing"',
  );
});

test('a build with one invalid story fails with the list of problems', async () => {
  const root = project({ 'fixture-talks.json': fixtureInput, 'broken.json': broken });
  writeFileSync(join(root, 'index.html'), '<html><body><!--standpoint:data--></body></html>');
  await expect(
    build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [svelte(), standpoint()],
      build: { outDir: join(root, 'dist'), write: false },
    }),
  ).rejects.toThrow('data/broken.json: positions[0].actor: no actor "trumpp"');
});
