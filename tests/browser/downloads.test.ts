import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Download } from 'playwright-core';
import { expect, test } from 'vitest';
import story from '../../data/white-house-talks.json';
import { imageLabels, storySvg, svgSize } from '../../src/lib/export-image';
import { validateStory } from '../../src/lib/validate';
import { en } from '../../src/locales/en';
import { enIslands } from '../../src/locales/en-islands';
import { useSite } from './fixtures';

const site = useSite();

/** Clicks a button and waits for the file it downloads. */
async function download(page: import('playwright-core').Page, name: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return file;
}

async function bytesOf(file: Download): Promise<Buffer> {
  return readFileSync(await file.path());
}

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('"Data (CSV)" downloads one row per piece of evidence, plus the header', async () => {
  const { page } = await site.open();
  const file = await download(page, 'Data (CSV)');
  expect(file.suggestedFilename()).toBe('white-house-talks-positions.csv');
  const parsed = Papa.parse<string[]>((await bytesOf(file)).toString('utf8'), {
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  const rows = story.positions.reduce((sum, p) => sum + Math.max(1, p.evidence.length), 0);
  expect(parsed.data).toHaveLength(1 + rows);
  expect(parsed.data[0]?.[0]).toBe('actor_id');
});

test('"Image (PNG)" downloads the matrix at twice the size of its SVG', async () => {
  const { page } = await site.open();
  const file = await download(page, 'Image (PNG)');
  expect(file.suggestedFilename()).toBe('white-house-talks.png');
  const result = validateStory(story);
  if (!result.ok) throw new Error('the bundled story does not validate');
  const svg = svgSize(storySvg(result.story, imageLabels(result.story, { ...en, ...enIslands })));
  expect(pngSize(await bytesOf(file))).toEqual({ width: svg.width * 2, height: svg.height * 2 });
});

test('the story page loads the downloads’ code only when a file is asked for', async () => {
  const { page } = await site.open();
  const downloadsCode = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /\/(downloads|export-csv|export-image)-[^/]+\.js$/.test(entry.name))
        .map((entry) => new URL(entry.name).pathname.split('/').pop()!.split('-')[0]),
    );
  // Past the panel's idle fetch, so that nothing else loads of itself.
  await page.waitForTimeout(1000);
  expect(await downloadsCode()).toEqual([]);
  await download(page, 'Story (JSON)');
  expect(await downloadsCode()).toEqual(['downloads']);
});
