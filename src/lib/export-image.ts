/**
 * The matrix as a standalone image for readers to share: an SVG string with the story's title,
 * a legend, the issues × actors grid drawn with the page's own marks (GLYPH_PATHS, the same
 * palette slots) and a source line; and `svgToPng` to rasterise it in the browser.
 *
 * The SVG is built as text, not from the DOM, so it is the same in every browser and in tests.
 * Text cannot be measured without a DOM, so it is wrapped by an estimate of its width; the
 * estimate errs wide. Every string from the story is escaped for XML.
 */
import { buildMatrix } from './matrix';
import { GLYPH_PATHS, stanceMarks } from './stance-marks';
import type { StoryOutline } from './types';

/** The theme's custom properties (`--sp-<name>`) that the image uses, with the light values. */
export const LIGHT_PALETTE = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  bg: '#ffffff',
  text: '#1a1a1a',
  muted: '#595959',
  'grid-line': '#d4d4d4',
  'header-bg': '#f6f6f4',
  'unknown-stroke': '#8a8a8a',
  'fill-o0': '#1d5a96',
  'ink-o0': '#ffffff',
  'fill-o1': '#3d7fc0',
  'ink-o1': '#ffffff',
  'fill-o2': '#9cc8ec',
  'ink-o2': '#0d2640',
  'fill-o3': '#e9dcb5',
  'ink-o3': '#3b2f0c',
  'fill-o4': '#f6b27a',
  'ink-o4': '#3d1a00',
  'fill-o5': '#e0782f',
  'ink-o5': '#2a0f00',
  'fill-o6': '#b3470c',
  'ink-o6': '#ffffff',
  'fill-n0': '#d9d6e0',
  'ink-n0': '#2b2440',
  'fill-n1': '#c4c4c4',
  'ink-n1': '#1a1a1a',
  'fill-n2': '#8f8f8f',
  'ink-n2': '#ffffff',
};

export type Palette = typeof LIGHT_PALETTE;

/** Words the image shows that come from the interface, not the story. */
export interface ImageLabels {
  /** Header of the issue column, e.g. "Issue". */
  issue: string;
  /** Legend entry for an empty cell. */
  noKnownPosition: string;
  /** The line at the foot, e.g. "Source: CNN, Politico, updated 17 Aug 2025". */
  source: string;
}

/** The interface strings the image needs, as a locale file provides them. */
export interface ImageMessages {
  issueColumnHeader: string;
  noKnownPosition: string;
  imageSourceLine: (sources: string, isoDate: string) => string;
}

/** The image's labels for a story: the source line names every outlet once, then the date. */
export function imageLabels(story: StoryOutline, t: ImageMessages): ImageLabels {
  const outlets = [...new Set(story.sources.map((source) => source.outlet))].join(', ');
  return {
    issue: t.issueColumnHeader,
    noKnownPosition: t.noKnownPosition,
    source: t.imageSourceLine(outlets || story.title, story.updated),
  };
}

/**
 * The palette as the page shows it: each `--sp-*` property read from the computed style of
 * `element` (say, the story's root, so a host page's or a dark theme's overrides apply), the
 * light value wherever a property is unset or not a plain colour.
 */
export function resolvePalette(element?: Element): Palette {
  if (element === undefined) return { ...LIGHT_PALETTE };
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  const palette = { ...LIGHT_PALETTE };
  for (const key of Object.keys(palette) as (keyof Palette)[]) {
    const value = style?.getPropertyValue(`--sp-${key}`).trim() ?? '';
    const plain = key === 'font' ? /^[\w\s,'"-]+$/ : /^[#\w\s(),.%/-]+$/;
    if (value !== '' && value.length < 200 && plain.test(value)) palette[key] = value;
  }
  return palette;
}

/** Escapes text for XML content and attributes, dropping characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** Splits text into lines no wider than `width` px at `size` px, by an estimate of glyph width. */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const perChar = size * (bold ? 0.62 : 0.56);
  const max = Math.max(1, Math.floor(width / perChar));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > max) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, max - 1) + '-');
      line = '';
      rest = rest.slice(max - 1);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= max) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

const PAD = 24;
const ROW_HEADER = 200;
const COLUMN = 112;
const MARK = 24;

/** `#rrggbb` → a dark or light ink that reads on it. */
function inkFor(fill: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(fill.slice(at, at + 2), 16) / 255);
  const lum = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return lum > 0.5 ? '#1a1a1a' : '#ffffff';
}

interface TextOptions {
  size: number;
  fill: string;
  bold?: boolean;
  anchor?: 'start' | 'middle';
  lineHeight?: number;
}

/** Lines of text whose first baseline sits at `y`. */
function textBlock(lines: readonly string[], x: number, y: number, options: TextOptions): string {
  const lineHeight = options.lineHeight ?? Math.round(options.size * 1.3);
  const spans = lines
    .map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
  const weight = options.bold ? ' font-weight="600"' : '';
  const anchor = options.anchor === 'middle' ? ' text-anchor="middle"' : '';
  return `<text x="${x}" y="${y}" font-size="${options.size}"${weight}${anchor} fill="${escapeXml(options.fill)}">${spans}</text>`;
}

/** The standalone SVG of a validated story's matrix, as text. Does not modify `story`. */
export function storySvg(
  story: StoryOutline,
  labels: ImageLabels,
  palette: Palette = LIGHT_PALETTE,
): string {
  const matrix = buildMatrix(story);
  const marks = stanceMarks(story.stances);
  const width = Math.max(560, PAD * 2 + ROW_HEADER + matrix.columns.length * COLUMN);
  const inner = width - PAD * 2;
  const color = (key: keyof Palette) => escapeXml(palette[key]);
  const parts: string[] = [];
  let y = PAD;

  /** A stance's tile and glyph at (x, y), or the dashed "no known position" tile. */
  const mark = (stanceId: string | undefined, x: number, top: number, size: number) => {
    const found = stanceId === undefined ? undefined : marks.get(stanceId);
    const open = `<g transform="translate(${x} ${top}) scale(${size / 16})">`;
    if (!found) {
      return `${open}<rect x="1" y="1" width="14" height="14" rx="3" fill="none" stroke="${color('unknown-stroke')}" stroke-width="1" stroke-dasharray="2 2"/></g>`;
    }
    const own = story.stances.find((stance) => stance.id === stanceId)?.color;
    const slot = found.fillClass.replace('fill-', '');
    const fill = own ?? palette[`fill-${slot}` as keyof Palette];
    const ink = own ? inkFor(own) : palette[`ink-${slot}` as keyof Palette];
    return `${open}<rect x="0.5" y="0.5" width="15" height="15" rx="3" fill="${escapeXml(fill)}"/><path d="${GLYPH_PATHS[found.glyph]}" fill="none" stroke="${escapeXml(ink)}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></g>`;
  };
  const box = (x: number, top: number, w: number, h: number, fill: keyof Palette) =>
    `<rect x="${x}" y="${top}" width="${w}" height="${h}" fill="${color(fill)}" stroke="${color('grid-line')}"/>`;

  // Title and description
  const title = wrapText(story.title, inner, 22, true);
  parts.push(
    textBlock(title, PAD, y + 22, { size: 22, fill: palette.text, bold: true, lineHeight: 28 }),
  );
  y += title.length * 28 + 4;
  if (story.description) {
    const description = wrapText(story.description, inner, 14);
    parts.push(
      textBlock(description, PAD, y + 16, { size: 14, fill: palette.muted, lineHeight: 19 }),
    );
    y += description.length * 19 + 4;
  }

  // Legend: the stances in order, then "no known position", flowing onto new lines
  y += 12;
  let x = PAD;
  const entries = [
    ...story.stances.map((stance) => ({
      id: stance.id as string | undefined,
      label: stance.label,
    })),
    { id: undefined, label: labels.noKnownPosition },
  ];
  for (const entry of entries) {
    const labelWidth = Math.min(inner - 24, entry.label.length * 13 * 0.56);
    if (x > PAD && x + 24 + labelWidth > PAD + inner) {
      x = PAD;
      y += 24;
    }
    parts.push(mark(entry.id, x, y, 18));
    parts.push(textBlock([entry.label], x + 24, y + 14, { size: 13, fill: palette.text }));
    x += 24 + labelWidth + 20;
  }
  y += 24 + 16;

  // The grid: group header, actor names, then one row per issue
  const left = PAD + ROW_HEADER;
  const gridTop = y;
  if (matrix.groups.some((group) => group.name !== undefined)) {
    for (const group of matrix.groups) {
      const gx = left + group.start * COLUMN;
      parts.push(box(gx, y, group.span * COLUMN, 24, 'header-bg'));
      const name = wrapText((group.name ?? '').toUpperCase(), group.span * COLUMN - 8, 11)[0] ?? '';
      parts.push(
        textBlock([name], gx + (group.span * COLUMN) / 2, y + 16, {
          size: 11,
          fill: palette.muted,
          anchor: 'middle',
        }),
      );
    }
    y += 24;
  }
  const names = matrix.columns.map((actor) => wrapText(actor.name, COLUMN - 10, 12, true));
  const headerHeight = Math.max(...names.map((lines) => lines.length)) * 15 + 12;
  parts.push(box(PAD, gridTop, ROW_HEADER, y - gridTop + headerHeight, 'header-bg'));
  parts.push(
    textBlock([labels.issue], PAD + 8, y + headerHeight - 10, {
      size: 12,
      fill: palette.muted,
      bold: true,
    }),
  );
  names.forEach((lines, column) => {
    const cx = left + column * COLUMN;
    parts.push(box(cx, y, COLUMN, headerHeight, 'header-bg'));
    const top = y + headerHeight - 8 - (lines.length - 1) * 15;
    parts.push(
      textBlock(lines, cx + COLUMN / 2, top, {
        size: 12,
        fill: palette.text,
        bold: true,
        anchor: 'middle',
        lineHeight: 15,
      }),
    );
  });
  y += headerHeight;

  matrix.rows.forEach((issue, row) => {
    const label = wrapText(issue.label, ROW_HEADER - 16, 13, true);
    const cells = (matrix.cells[row] ?? []).map((cell) => {
      const stance = story.stances.find((s) => s.id === cell.position?.stance);
      return { cell, words: stance ? wrapText(stance.label, COLUMN - 12, 11) : [] };
    });
    const wordLines = Math.max(0, ...cells.map((entry) => entry.words.length));
    const height = Math.max(
      label.length * 17 + 16,
      MARK + 16 + wordLines * 13 + (wordLines ? 4 : 0),
    );
    parts.push(box(PAD, y, ROW_HEADER, height, 'header-bg'));
    parts.push(
      textBlock(label, PAD + 8, y + 20, {
        size: 13,
        fill: palette.text,
        bold: true,
        lineHeight: 17,
      }),
    );
    cells.forEach(({ cell, words }, column) => {
      const cx = left + column * COLUMN;
      parts.push(box(cx, y, COLUMN, height, 'bg'));
      parts.push(mark(cell.position?.stance, cx + (COLUMN - MARK) / 2, y + 8, MARK));
      if (words.length > 0) {
        parts.push(
          textBlock(words, cx + COLUMN / 2, y + 8 + MARK + 14, {
            size: 11,
            fill: palette.text,
            anchor: 'middle',
            lineHeight: 13,
          }),
        );
      }
    });
    y += height;
  });

  // Source line
  y += 12;
  const source = wrapText(labels.source, inner, 12);
  parts.push(textBlock(source, PAD, y + 12, { size: 12, fill: palette.muted, lineHeight: 16 }));
  y += source.length * 16 + PAD;

  const height = Math.ceil(y);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${color('font')}" xml:lang="${escapeXml(story.language)}">`,
    `<title>${escapeXml(story.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${color('bg')}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** The `width` and `height` attributes of an SVG string's root element, in px. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
  return { width: read('width'), height: read('height') };
}

/**
 * Draws an SVG string onto a canvas `scale` times its size and returns it as a PNG, in the
 * browser, with no server: the SVG is loaded as an `<img>` from a blob URL.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the SVG could not be loaded as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
