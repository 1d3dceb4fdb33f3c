import { scalePoint } from 'd3-scale';
import type { Stance } from './types';

/** Shapes drawn in a 16 × 16 box; each stance gets one so the matrix reads without colour. */
export const GLYPH_PATHS = {
  check: 'M3.5 8.5l3 3 6-7',
  cross: 'M4.5 4.5l7 7M11.5 4.5l-7 7',
  tilde: 'M3 10.5c1.5-5 3.5-5 5-2.5s3.5 2.5 5-2.5',
  minus: 'M4 8h8',
  triangle: 'M8 3.5l4.5 8h-9z',
  diamond: 'M8 3l5 5-5 5-5-5z',
  ring: 'M8 5a3 3 0 1 1 0 6a3 3 0 1 1 0-6z',
  question: 'M5.8 6.2a2.3 2.3 0 1 1 3.3 2.1c-.7.3-1.1.9-1.1 1.6v.6M8 12.6v.2',
  bars: 'M5 4.5v7M8 4.5v7M11 4.5v7',
  lines: 'M4.5 5h7M4.5 8h7M4.5 11h7',
} as const;

export type GlyphName = keyof typeof GLYPH_PATHS;

/** How one stance is drawn: a palette slot (a CSS class) and a glyph. */
export interface StanceMark {
  /** CSS class naming the fill, defined in styles as `--sp-fill-<slot>`. */
  fillClass: string;
  glyph: GlyphName;
}

const ORDINAL_SLOTS = 7;
/** Ordinal palette slots by number of ordinal stances, like ColorBrewer's per-count schemes. */
const SLOTS_BY_COUNT: readonly (readonly number[])[] = [
  [0],
  [0, 6],
  [0, 2, 6],
  [0, 2, 4, 6],
  [0, 1, 3, 5, 6],
  [0, 1, 2, 4, 5, 6],
  [0, 1, 2, 3, 4, 5, 6],
];
const MIDDLE_GLYPHS: readonly GlyphName[] = ['tilde', 'minus', 'triangle', 'diamond', 'ring'];
/** None of these is a middle glyph, so a 7-point scale with three off-scale stances repeats none. */
const OFF_SCALE_GLYPHS: readonly GlyphName[] = ['question', 'bars', 'lines', 'diamond'];
const OFF_SCALE_SLOTS = 3;

function ordinalSlot(index: number, count: number): number {
  const table = SLOTS_BY_COUNT[count - 1];
  if (table) return table[index] ?? 0;
  // Past seven, neighbouring stances share the nearest slot; their glyphs still differ.
  const point = scalePoint<number>()
    .domain(Array.from({ length: count }, (_, i) => i))
    .range([0, ORDINAL_SLOTS - 1]);
  return Math.round(point(index) ?? 0);
}

function ordinalGlyph(index: number, count: number): GlyphName {
  if (index === 0) return 'check';
  if (index === count - 1) return 'cross';
  return MIDDLE_GLYPHS[(index - 1) % MIDDLE_GLYPHS.length] ?? 'minus';
}

/**
 * Assigns each stance a fill and a glyph: ordinal stances run from the supportive end of a
 * diverging palette (with a check) to the opposed end (with a cross); off-scale stances such as
 * "unclear" get neutral fills and their own glyphs.
 */
export function stanceMarks(stances: readonly Stance[]): Map<string, StanceMark> {
  const ordinal = stances.filter((stance) => stance.ordinal);
  const offScale = stances.filter((stance) => !stance.ordinal);
  const marks = new Map<string, StanceMark>();
  ordinal.forEach((stance, index) => {
    const slot = Math.min(ORDINAL_SLOTS - 1, ordinalSlot(index, ordinal.length));
    marks.set(stance.id, {
      fillClass: `fill-o${slot}`,
      glyph: ordinalGlyph(index, ordinal.length),
    });
  });
  offScale.forEach((stance, index) => {
    marks.set(stance.id, {
      fillClass: `fill-n${index % OFF_SCALE_SLOTS}`,
      glyph: OFF_SCALE_GLYPHS[index % OFF_SCALE_GLYPHS.length] ?? 'question',
    });
  });
  return marks;
}
