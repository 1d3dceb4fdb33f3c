// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import {
  escapeXml,
  LIGHT_PALETTE,
  resolvePalette,
  storySvg,
  svgSize,
  wrapText,
} from './export-image';
import { GLYPH_PATHS } from './stance-marks';

const LABELS = {
  issue: 'Issue',
  noKnownPosition: 'No known position',
  source: 'Source: Wire Service, TV News, updated 17 Aug 2025',
};

/** The SVG parsed as XML, failing on any well-formedness error. */
function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent);

describe('escapeXml()', () => {
  test.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    [`"it's"`, '&quot;it&apos;s&quot;'],
    ['bell\u0007 gone', 'bell gone'],
    ['Україна “так”', 'Україна “так”'],
  ])('escapeXml(%j) is %j', (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });
});

describe('wrapText()', () => {
  test('keeps short text on one line and breaks long text at spaces', () => {
    expect(wrapText('Ceasefire first', 200, 13)).toEqual(['Ceasefire first']);
    const lines = wrapText('Should a ceasefire come before a comprehensive peace deal?', 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Should a ceasefire come before a comprehensive peace deal?');
  });

  test('hyphenates a word longer than the line', () => {
    expect(wrapText('Supercalifragilistic', 60, 12).every((line) => line.length <= 8)).toBe(true);
  });
});

describe('storySvg()', () => {
  test('is well-formed standalone SVG with its size on the root', () => {
    const svg = storySvg(fixtureStory(), LABELS);
    const root = parseSvg(svg).documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const { width, height } = svgSize(svg);
    expect(width).toBeGreaterThan(500);
    expect(height).toBeGreaterThan(200);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
  });

  test('shows the title, legend, issues, actors, groups and source line', () => {
    const all = texts(parseSvg(storySvg(fixtureStory(), LABELS))).join(' | ');
    for (const expected of [
      'Fixture talks',
      'Supports',
      'Open, with conditions',
      'No known position',
      'Ceasefire first',
      'Security guarantees',
      'UNITED STATES',
      'Issue',
      'Source: Wire Service, TV News, updated 17 Aug 2025',
    ]) {
      expect(all).toContain(expected);
    }
    expect(all).toMatch(/Ukraine’s\s*(\|\s*)?president/);
  });

  test('draws each filled cell with the page’s glyph and palette, and empty cells dashed', () => {
    const doc = parseSvg(storySvg(fixtureStory(), LABELS));
    const glyphs = [...doc.querySelectorAll('path')].map((path) => path.getAttribute('d'));
    expect(glyphs).toContain(GLYPH_PATHS.check);
    expect(glyphs).toContain(GLYPH_PATHS.cross);
    const fills = [...doc.querySelectorAll('rect')].map((rect) => rect.getAttribute('fill'));
    expect(fills).toContain(LIGHT_PALETTE['fill-o0']);
    // 4 actors × 2 issues, 3 cells filled: 5 dashed tiles plus the legend's one.
    expect(doc.querySelectorAll('rect[stroke-dasharray]')).toHaveLength(6);
  });

  test('uses a given palette, such as a dark theme', () => {
    const svg = storySvg(fixtureStory(), LABELS, {
      ...LIGHT_PALETTE,
      bg: '#101010',
      'fill-o0': '#abcdef',
    });
    expect(svg).toContain('fill="#101010"');
    expect(svg).toContain('fill="#abcdef"');
  });

  test('escapes every string from the story', () => {
    const story = fixtureStory();
    story.title = '<script>alert("x")</script> & co';
    story.actors[0]!.name = 'A <b>bold</b> actor';
    const svg = storySvg(story, LABELS);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(texts(parseSvg(svg))).toContain('<script>alert("x")</script> & co');
  });

  test('does not modify the story', () => {
    const story = fixtureStory();
    const copy = structuredClone(story);
    storySvg(story, LABELS);
    expect(story).toEqual(copy);
  });
});

describe('resolvePalette()', () => {
  test('is the light palette without an element', () => {
    expect(resolvePalette()).toEqual(LIGHT_PALETTE);
  });

  test('reads the theme’s custom properties from the computed style, keeping light values for the rest', () => {
    const style = document.createElement('style');
    style.textContent =
      ':root { --sp-bg: #000000; --sp-fill-o0: rgb(1, 2, 3); --sp-text: url(x)"/><script>; }';
    document.head.append(style);
    const palette = resolvePalette(document.documentElement);
    style.remove();
    expect(palette.bg).toBe('#000000');
    expect(palette['fill-o0']).toMatch(/^rgb\(1, ?2, ?3\)$/);
    expect(palette.text).toBe(LIGHT_PALETTE.text);
    expect(palette.muted).toBe(LIGHT_PALETTE.muted);
  });
});
