import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
  type Color,
} from 'culori';
import type { Stance, ValidationError } from './types';

/**
 * Checks that stance fills can be told apart and that glyphs and text can be read.
 *
 * Thresholds (see docs/colour.md):
 * - `MIN_DELTA_E = 10` (CIEDE2000) between any two stance fills, and between every fill and the
 *   page background (an unknown cell is the background with a dashed outline), under normal vision
 *   and full-severity protanopia, deuteranopia and tritanopia. A difference of 1–2 is just
 *   noticeable for large patches side by side; our tiles are about 16 px and are compared across
 *   the grid and against the key, not side by side, and the difference needed grows several-fold
 *   as marks shrink (Stone, Szafir & Setlur 2014; Szafir 2018). 10 leaves room for that, for
 *   screens that are not calibrated, and for anomalous trichromats who are close to dichromats.
 * - `MIN_GRAPHIC_CONTRAST = 3`: each glyph's ink on its fill, the unknown-cell outline and the
 *   focus ring on the background (WCAG 2.2 SC 1.4.11, non-text contrast).
 * - `MIN_TEXT_CONTRAST = 4.5`: body, muted and link text on every background (WCAG SC 1.4.3, AA).
 */
export const MIN_DELTA_E = 10;
export const MIN_GRAPHIC_CONTRAST = 3;
export const MIN_TEXT_CONTRAST = 4.5;

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

/** Glyph inks the renderer picks between for a story's own fills. */
export const DARK_INK = '#1a1a1a';
export const LIGHT_INK = '#ffffff';

/** Page backgrounds of the two themes, as in src/styles.css (a test keeps them in step). */
export const THEME_BACKGROUNDS = { light: '#ffffff', dark: '#16181c' } as const;

const SIMULATE: Record<Vision, (color: Color) => Color> = {
  normal: (color) => color,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};

const ciede2000 = differenceCiede2000();

function toColor(hex: string): Color {
  const color = parse(hex);
  if (!color) throw new Error(`not a colour: ${JSON.stringify(hex)}`);
  return color;
}

/** CIEDE2000 difference between two colours as a reader with `vision` sees them. */
export function deltaE(a: string, b: string, vision: Vision = 'normal'): number {
  const see = SIMULATE[vision];
  return ciede2000(see(toColor(a)), see(toColor(b)));
}

/** WCAG 2 contrast ratio between two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  return wcagContrast(toColor(a), toColor(b));
}

/** The glyph ink that reads best on a fill: dark on light fills, white on dark ones. */
export function inkFor(fill: string): string {
  return contrast(DARK_INK, fill) >= contrast(LIGHT_INK, fill) ? DARK_INK : LIGHT_INK;
}

/** One stance's look: a fill, and the ink its glyph is drawn in. */
export interface Swatch {
  /** How problems name this swatch, e.g. `o3` or `stances[2]`. */
  name: string;
  fill: string;
  ink: string;
}

/** The two closest colours of a set as `vision` sees them; `background` counts as a colour. */
export interface ClosestPair {
  a: string;
  b: string;
  deltaE: number;
}

/**
 * The closest pair among the swatches and the background (named `background`) for one vision;
 * `undefined` when there is nothing to compare.
 */
export function closestPair(
  swatches: readonly Pick<Swatch, 'name' | 'fill'>[],
  background: string,
  vision: Vision,
): ClosestPair | undefined {
  const colours = [...swatches, { name: 'background', fill: background }];
  let closest: ClosestPair | undefined;
  colours.forEach((first, i) => {
    colours.slice(i + 1).forEach((second) => {
      const difference = deltaE(first.fill, second.fill, vision);
      if (!closest || difference < closest.deltaE) {
        closest = { a: first.name, b: second.name, deltaE: difference };
      }
    });
  });
  return closest;
}

/** Something about a palette that would make a stance hard to tell apart or to read. */
export interface PaletteProblem {
  kind: 'too-similar' | 'low-contrast';
  /** The swatches involved; `background` stands for the no-known-position look. */
  names: string[];
  /** The vision under which the problem shows; absent for contrast problems. */
  vision?: Vision;
  /** The measured ΔE2000 or contrast ratio. */
  value: number;
  message: string;
}

/**
 * Every pair of swatches (and each swatch against the background) closer than `minDeltaE` in any
 * vision, and every glyph ink with less than 3:1 contrast on its fill.
 */
export function checkPalette(
  swatches: readonly Swatch[],
  background: string,
  minDeltaE: number = MIN_DELTA_E,
): PaletteProblem[] {
  const problems: PaletteProblem[] = [];
  const colours = [...swatches, { name: 'background', fill: background }];
  for (const vision of VISIONS) {
    colours.forEach((first, i) => {
      colours.slice(i + 1).forEach((second) => {
        const value = deltaE(first.fill, second.fill, vision);
        if (value >= minDeltaE) return;
        const what =
          second.name === 'background'
            ? `${first.name} (${first.fill}) looks like a cell with no known position`
            : `${first.name} (${first.fill}) and ${second.name} (${second.fill}) look alike`;
        problems.push({
          kind: 'too-similar',
          names: [first.name, second.name],
          vision,
          value,
          message: `${what} under ${vision === 'normal' ? 'normal vision' : `simulated ${vision}`}: ΔE2000 ${value.toFixed(1)}, below ${minDeltaE}`,
        });
      });
    });
  }
  for (const swatch of swatches) {
    const value = contrast(swatch.ink, swatch.fill);
    if (value >= MIN_GRAPHIC_CONTRAST) continue;
    problems.push({
      kind: 'low-contrast',
      names: [swatch.name],
      value,
      message: `the glyph on ${swatch.name} (${swatch.ink} on ${swatch.fill}) has contrast ${value.toFixed(2)}:1, below ${MIN_GRAPHIC_CONTRAST}:1`,
    });
  }
  return problems;
}

/**
 * Warnings for a story's own stance colours (`stance.color`), shaped like validator messages
 * with a JSON path. Each coloured stance is checked against the others and against the page
 * background of both themes, in all four visions, with the ink `inkFor` picks. Stances without a
 * colour use the default palette, which is proven separately (src/lib/palette-check.test.ts).
 */
export function checkStoryPalette(
  stances: readonly Stance[],
  backgrounds: readonly string[] = Object.values(THEME_BACKGROUNDS),
): ValidationError[] {
  const swatches: Swatch[] = [];
  const paths = new Map<string, string>();
  stances.forEach((stance, index) => {
    if (stance.color === undefined || !parse(stance.color)) return;
    const name = stance.label || stance.id;
    paths.set(name, `stances[${index}].color`);
    swatches.push({ name, fill: stance.color, ink: inkFor(stance.color) });
  });
  const seen = new Set<string>();
  const warnings: ValidationError[] = [];
  for (const background of backgrounds) {
    for (const problem of checkPalette(swatches, background)) {
      const path = paths.get(problem.names[0] ?? '') ?? 'stances';
      const key = `${path}|${problem.names.join('|')}|${problem.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      warnings.push({ path, message: problem.message });
    }
  }
  return warnings;
}

/**
 * The custom properties (`--name: value;`) declared directly in the first rule whose selector is
 * exactly `selector`, without the leading `--`. Nested rules are skipped; comments are ignored.
 */
export function customProperties(css: string, selector: string): Record<string, string> {
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const pattern = new RegExp(`(^|[{};\\s])${escapeRegExp(selector)}\\s*\\{`, 'g');
  const match = pattern.exec(source);
  if (!match) return {};
  let depth = 1;
  let body = '';
  for (let i = match.index + match[0].length; i < source.length && depth > 0; i++) {
    const char = source[i];
    if (char === '{') depth++;
    else if (char === '}') depth--;
    if (depth === 1 && char !== '}') body += char;
  }
  const properties: Record<string, string> = {};
  for (const [, name, value] of body.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) {
    if (name !== undefined && value !== undefined) properties[name] = value.trim();
  }
  return properties;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
