/**
 * The glyph on each stance tile must read without colour at the smallest size the page draws
 * it: the legend's 20 CSS px (matrix cells use 26). Every mark of the default scale and of a
 * 7-ordinal + 3-off-scale scale is rasterised by Chromium at device scale factor 1 and 2, then
 * reduced to a mask of its glyph in two ways:
 *
 * - grayscale: the real fill and ink from src/styles.css, converted to luminance; a pixel is
 *   glyph when it is more than halfway from the fill's grey to the ink's grey;
 * - silhouette: the glyph in black on a white tile, so only its shape counts.
 *
 * Every pair of stances in a scale must differ in at least MIN_DIFFERENCE of the tile's pixels,
 * and every glyph must cover at least MIN_INK of them.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_STANCES } from '../../src/lib/default-stances';
import { GLYPH_PATHS, stanceMarks } from '../../src/lib/stance-marks';
import type { Stance } from '../../src/lib/types';
import { launchChromium } from './chromium';

/** The smallest size a stance mark is drawn at (the legend). */
const SIZE = 20;
/**
 * At 20 px a glyph stroke (1.8 of 16 units) is 2.25 px wide, so 8 % of the 400-pixel tile is
 * 32 pixels: a stroke segment about 14 px long, or the whole of a short bar. Anything less is a
 * difference of a few corner pixels, which a reader cannot be expected to see on a phone.
 */
const MIN_DIFFERENCE = 0.08;
/** 5 % is 20 pixels, a stroke about 9 px long: less would be a speck rather than a sign. */
const MIN_INK = 0.05;

/** Stroke settings as in StanceMark.svelte. */
const STROKE = 'stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" fill="none"';

const css = readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8');
function colour(name: string): string {
  const match = new RegExp(`--sp-${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!match?.[1]) throw new Error(`no --sp-${name} in styles.css`);
  return match[1];
}

function scale(ordinal: number, offScale: number): Stance[] {
  return [
    ...Array.from({ length: ordinal }, (_, i) => ({ id: `o${i}`, label: `O${i}`, ordinal: true })),
    ...Array.from({ length: offScale }, (_, i) => ({
      id: `n${i}`,
      label: `N${i}`,
      ordinal: false,
    })),
  ];
}

interface Tile {
  id: string;
  /** SVG for the grayscale mask: real fill and ink. */
  coloured: string;
  /** SVG for the silhouette: black glyph on a white tile. */
  silhouette: string;
  fill: string;
  ink: string;
}

function tiles(stances: Stance[]): Tile[] {
  return [...stanceMarks(stances)].map(([id, mark]) => {
    const slot = mark.fillClass.replace('fill-', '');
    const fill = colour(`fill-${slot}`);
    const ink = colour(`ink-${slot}`);
    const svg = (tile: string, stroke: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">` +
      `<rect x="0.5" y="0.5" width="15" height="15" rx="3" fill="${tile}"/>` +
      `<path d="${GLYPH_PATHS[mark.glyph]}" stroke="${stroke}" ${STROKE}/></svg>`;
    return {
      id: `${id} (${mark.glyph})`,
      coloured: svg(fill, ink),
      silhouette: svg('#ffffff', '#000000'),
      fill,
      ink,
    };
  });
}

/** Draws each tile into a canvas in the page and returns its glyph mask, row by row. */
async function masks(
  browser: Browser,
  dpr: number,
  list: Tile[],
  mode: 'grayscale' | 'silhouette',
): Promise<boolean[][]> {
  const context = await browser.newContext({ deviceScaleFactor: dpr });
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async ({ list, size, mode }) => {
        const px = size * devicePixelRatio;
        const grey = (r: number, g: number, b: number) =>
          (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        const hexGrey = (hex: string) =>
          grey(
            ...([1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
              number,
              number,
              number,
            ]),
          );
        const result: boolean[][] = [];
        for (const tile of list) {
          const image = new Image();
          image.src = `data:image/svg+xml,${encodeURIComponent(mode === 'grayscale' ? tile.coloured : tile.silhouette)}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = px;
          const context = canvas.getContext('2d')!;
          context.fillStyle = '#ffffff';
          context.fillRect(0, 0, px, px);
          context.drawImage(image, 0, 0, px, px);
          const { data } = context.getImageData(0, 0, px, px);
          const fill = mode === 'grayscale' ? hexGrey(tile.fill) : 1;
          const ink = mode === 'grayscale' ? hexGrey(tile.ink) : 0;
          const mask: boolean[] = [];
          for (let i = 0; i < data.length; i += 4) {
            const value = grey(data[i]!, data[i + 1]!, data[i + 2]!);
            mask.push(Math.abs(value - fill) > Math.abs(ink - fill) / 2);
          }
          // Only the tile's inside counts: its rounded corners and edge are not glyph.
          const inset = Math.ceil((2 * px) / 16);
          result.push(
            mask.map((on, i) => {
              const x = i % px;
              const y = Math.floor(i / px);
              return on && x >= inset && y >= inset && x < px - inset && y < px - inset;
            }),
          );
        }
        return result;
      },
      { list, size: SIZE, mode },
    );
  } finally {
    await context.close();
  }
}

function share(mask: boolean[]): number {
  return mask.filter(Boolean).length / mask.length;
}

function difference(a: boolean[], b: boolean[]): number {
  return a.filter((on, i) => on !== b[i]).length / a.length;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const scales = [
  ['the default scale', DEFAULT_STANCES],
  ['a 7-ordinal + 3-off-scale scale', scale(7, 3)],
] as const;
const cases = scales.flatMap(([name, stances]) =>
  [1, 2].flatMap((dpr) =>
    (['grayscale', 'silhouette'] as const).map((mode) => [name, dpr, mode, stances] as const),
  ),
);

describe('stance glyphs at 20 px', () => {
  test.each(cases)(
    'every pair of marks in %s differs at device scale %i in %s',
    async (_name, dpr, mode, stances) => {
      const list = tiles([...stances]);
      const drawn = await masks(browser, dpr, list, mode);
      const faint = list
        .map((tile, i) => ({ tile: tile.id, ink: share(drawn[i]!) }))
        .filter(({ ink }) => ink < MIN_INK);
      expect(faint).toEqual([]);
      const pairs: { pair: string; difference: number }[] = [];
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          pairs.push({
            pair: `${list[i]!.id} / ${list[j]!.id}`,
            difference: difference(drawn[i]!, drawn[j]!),
          });
        }
      }
      const closest = pairs.reduce((a, b) => (b.difference < a.difference ? b : a));
      console.info(
        `${_name} @${dpr}x ${mode}: closest ${closest.pair} ${(closest.difference * 100).toFixed(1)} %, ` +
          `least ink ${(Math.min(...drawn.map(share)) * 100).toFixed(1)} %`,
      );
      expect(pairs.filter((pair) => pair.difference < MIN_DIFFERENCE)).toEqual([]);
    },
  );
});
