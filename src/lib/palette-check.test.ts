/**
 * Proves the default palette in src/styles.css, light and dark: every set of fills a story can
 * show at once is distinguishable in four visions, and glyphs and text are readable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCES } from './default-stances';
import {
  checkPalette,
  checkStoryPalette,
  closestPair,
  contrast,
  customProperties,
  deltaE,
  inkFor,
  MIN_DELTA_E,
  MIN_GRAPHIC_CONTRAST,
  MIN_TEXT_CONTRAST,
  THEME_BACKGROUNDS,
  VISIONS,
  type Swatch,
} from './palette-check';
import { stanceMarks } from './stance-marks';
import type { Stance } from './types';

const CSS = readFileSync(join(import.meta.dirname, '../styles.css'), 'utf8');
const ROOT = customProperties(CSS, ':root');
const DARK = customProperties(CSS, ":root[data-theme='dark']");
const DARK_BY_SYSTEM = customProperties(CSS, ":root:not([data-theme='light'])");

const THEMES = {
  light: ROOT,
  dark: { ...ROOT, ...DARK },
} satisfies Record<keyof typeof THEME_BACKGROUNDS, Record<string, string>>;

function variable(theme: Record<string, string>, name: string): string {
  const value = theme[`sp-${name}`];
  if (value === undefined) throw new Error(`styles.css declares no --sp-${name}`);
  return value;
}

/** The swatches `stanceMarks` assigns to a set of stances, with their colours from a theme. */
function swatchesFor(stances: readonly Stance[], theme: Record<string, string>): Swatch[] {
  return [...stanceMarks(stances).values()].map(({ fillClass }) => {
    const slot = fillClass.replace(/^fill-/, '');
    return {
      name: slot,
      fill: variable(theme, `fill-${slot}`),
      ink: variable(theme, `ink-${slot}`),
    };
  });
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

const SCALES: [string, Stance[]][] = [['the default 4-stance scale', DEFAULT_STANCES]];
for (let ordinal = 1; ordinal <= 7; ordinal++) {
  for (let offScale = 0; offScale <= 3; offScale++) {
    SCALES.push([`${ordinal} ordinal + ${offScale} off-scale`, scale(ordinal, offScale)]);
  }
}

describe('customProperties()', () => {
  const css = `
    /* :root { --ignored: 1; } */
    :root { --a: #fff; --b: 1px solid red ; .nested { --c: 2; } --d: x; }
    :root[data-theme='dark'] { --a: #000; }
    @media (prefers-color-scheme: dark) { :root:not([data-theme='light']) { --a: #111; } }
  `;

  it.each([
    [':root', { a: '#fff', b: '1px solid red', d: 'x' }],
    [":root[data-theme='dark']", { a: '#000' }],
    [":root:not([data-theme='light'])", { a: '#111' }],
    ['.missing', {}],
  ])('customProperties(css, %j) reads only that rule’s own declarations', (selector, expected) => {
    expect(customProperties(css, selector)).toEqual(expected);
  });
});

describe('src/styles.css themes', () => {
  it('declares the dark theme identically for data-theme="dark" and the system setting', () => {
    expect(Object.keys(DARK).length).toBeGreaterThan(0);
    expect(DARK_BY_SYSTEM).toEqual(DARK);
  });

  it('redeclares every surface and text colour of :root in the dark theme', () => {
    const surfaces = Object.keys(ROOT).filter(
      (name) => name.startsWith('sp-') && name !== 'sp-font' && !/^sp-(fill|ink)-/.test(name),
    );
    expect(surfaces.filter((name) => !(name in DARK))).toEqual([]);
  });

  it('matches THEME_BACKGROUNDS, which checkStoryPalette() uses', () => {
    expect(variable(THEMES.light, 'bg')).toBe(THEME_BACKGROUNDS.light);
    expect(variable(THEMES.dark, 'bg')).toBe(THEME_BACKGROUNDS.dark);
  });
});

describe.each(Object.entries(THEMES))('the %s theme', (themeName, theme) => {
  const background = variable(theme, 'bg');

  it.each(SCALES)('tells every stance apart, and from an unknown cell, for %s', (_, stances) => {
    const swatches = swatchesFor(stances, theme);
    expect(swatches).toHaveLength(stances.length);
    const problems = checkPalette(swatches, background);
    expect(problems.map((problem) => `${themeName}: ${problem.message}`)).toEqual([]);
  });

  it('keeps every stance at least ΔE2000 10 apart in each vision (all ten slots at once)', () => {
    const swatches = swatchesFor(scale(7, 3), theme);
    for (const vision of VISIONS) {
      const closest = closestPair(swatches, background, vision);
      expect(closest!.deltaE, `${vision}: ${closest!.a} vs ${closest!.b}`).toBeGreaterThanOrEqual(
        MIN_DELTA_E,
      );
    }
  });

  it('draws every glyph with at least 3:1 contrast on its fill', () => {
    for (const swatch of swatchesFor(scale(7, 3), theme)) {
      expect(contrast(swatch.ink, swatch.fill), swatch.name).toBeGreaterThanOrEqual(
        MIN_GRAPHIC_CONTRAST,
      );
    }
  });

  const surfaces = ['page-bg', 'bg', 'header-bg', 'hover', 'selected-bg'];
  it.each(['text', 'muted', 'link'])('gives --sp-%s 4.5:1 on every background', (ink) => {
    for (const surface of surfaces) {
      const ratio = contrast(variable(theme, ink), variable(theme, surface));
      expect(ratio, `${ink} on ${surface}`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }
  });

  it.each(['unknown-stroke', 'focus'])('gives --sp-%s 3:1 on every background', (ink) => {
    for (const surface of surfaces) {
      const ratio = contrast(variable(theme, ink), variable(theme, surface));
      expect(ratio, `${ink} on ${surface}`).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
    }
  });
});

describe('deltaE()', () => {
  it('deltaE() is 0 for a colour and itself in every vision', () => {
    for (const vision of VISIONS) expect(deltaE('#3d7fc0', '#3d7fc0', vision)).toBe(0);
  });

  it('deltaE() shows red and green collapsing under deuteranopia', () => {
    expect(deltaE('#d62728', '#2ca02c', 'normal')).toBeGreaterThan(MIN_DELTA_E);
    expect(deltaE('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(
      deltaE('#d62728', '#2ca02c', 'normal') / 2,
    );
  });

  it('deltaE() throws on something that is not a colour', () => {
    expect(() => deltaE('blue-ish', '#ffffff')).toThrow(/not a colour/);
  });
});

describe('inkFor()', () => {
  it.each([
    ['#ffffff', '#1a1a1a'],
    ['#eadbc0', '#1a1a1a'],
    ['#1d5a96', '#ffffff'],
    ['#000000', '#ffffff'],
  ])('inkFor(%j) is %j', (fill, ink) => {
    expect(inkFor(fill)).toBe(ink);
  });
});

describe('checkStoryPalette()', () => {
  const stance = (id: string, color: string | undefined, ordinal = true): Stance =>
    color === undefined ? { id, label: id, ordinal } : { id, label: id, ordinal, color };

  it('checkStoryPalette() passes a palette that stays apart in every vision', () => {
    const stances = [stance('yes', '#1d5a96'), stance('maybe', '#eadbc0'), stance('no', '#b3470c')];
    expect(checkStoryPalette(stances)).toEqual([]);
  });

  it('checkStoryPalette() warns about the ends of red–green RdYlGn, which deuteranopes confuse', () => {
    const stances = [stance('yes', '#006837'), stance('no', '#a50026')];
    expect(checkStoryPalette(stances, [THEME_BACKGROUNDS.light])).toEqual([
      {
        path: 'stances[0].color',
        message: expect.stringMatching(
          /^yes \(#006837\) and no \(#a50026\) look alike under simulated deuteranopia: ΔE2000 8\.0/,
        ),
      },
    ]);
  });

  it('checkStoryPalette() warns about a fill that looks like a cell with no known position', () => {
    const warnings = checkStoryPalette([stance('yes', '#1d5a96'), stance('faint', '#fafafa')]);
    expect(warnings).toContainEqual({
      path: 'stances[1].color',
      message: expect.stringMatching(/faint \(#fafafa\) looks like a cell with no known position/),
    });
  });

  it('checkStoryPalette() warns about a fill too dark for the dark theme', () => {
    const warnings = checkStoryPalette([stance('yes', '#1d5a96'), stance('deep', '#1b1d22')]);
    expect(warnings.some((warning) => warning.path === 'stances[1].color')).toBe(true);
    expect(checkStoryPalette([stance('deep', '#1b1d22')], [THEME_BACKGROUNDS.light])).toEqual([]);
  });

  it('checkStoryPalette() ignores stances that use the default palette', () => {
    expect(checkStoryPalette(DEFAULT_STANCES)).toEqual([]);
    expect(checkStoryPalette([stance('a', undefined), stance('b', '#1d5a96')])).toEqual([]);
  });

  it('checkStoryPalette() does not modify its input', () => {
    const stances = [stance('yes', '#2ca02c'), stance('no', '#d62728')];
    const copy = structuredClone(stances);
    checkStoryPalette(stances);
    expect(stances).toEqual(copy);
  });

  it('checkPalette() reports a glyph ink without 3:1 on its fill', () => {
    const problems = checkPalette([{ name: 'x', fill: '#777777', ink: '#888888' }], '#ffffff', 0);
    expect(problems).toEqual([expect.objectContaining({ kind: 'low-contrast', names: ['x'] })]);
  });
});
