import { expect, test } from 'vitest';
import { DEFAULT_STANCES } from './default-stances';
import { stanceMarks } from './stance-marks';
import type { Stance } from './types';

function scale(ordinal: number, offScale = 0): Stance[] {
  return [
    ...Array.from({ length: ordinal }, (_, i) => ({ id: `o${i}`, label: `O${i}`, ordinal: true })),
    ...Array.from({ length: offScale }, (_, i) => ({
      id: `n${i}`,
      label: `N${i}`,
      ordinal: false,
    })),
  ];
}

test('stanceMarks() draws the default scale from supportive blue with a check to opposed with a cross', () => {
  const marks = stanceMarks(DEFAULT_STANCES);
  expect(marks.get('supports')).toEqual({ fillClass: 'fill-o0', glyph: 'check' });
  expect(marks.get('conditional')).toEqual({ fillClass: 'fill-o2', glyph: 'tilde' });
  expect(marks.get('opposes')).toEqual({ fillClass: 'fill-o6', glyph: 'cross' });
  expect(marks.get('unclear')).toEqual({ fillClass: 'fill-n0', glyph: 'question' });
});

test.each([1, 2, 3, 4, 5, 6, 7, 9])(
  'stanceMarks() gives each of %i ordinal stances its own fill and glyph',
  (count) => {
    const marks = [...stanceMarks(scale(count, 2)).values()];
    const ordinal = marks.slice(0, count);
    if (count <= 7) expect(new Set(ordinal.map((mark) => mark.fillClass)).size).toBe(count);
    expect(new Set(marks.map((mark) => `${mark.fillClass}/${mark.glyph}`)).size).toBe(count + 2);
  },
);

test('stanceMarks() keeps ordinal fills in scale order', () => {
  const slots = [...stanceMarks(scale(5)).values()].map((mark) => Number(mark.fillClass.slice(6)));
  expect(slots).toEqual([...slots].sort((a, b) => a - b));
});

test('stanceMarks() gives off-scale stances neutral fills', () => {
  const marks = stanceMarks(scale(3, 2));
  expect(marks.get('n0')?.fillClass).toBe('fill-n0');
  expect(marks.get('n1')?.fillClass).toBe('fill-n1');
});
