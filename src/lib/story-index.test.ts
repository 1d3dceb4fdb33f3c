import { expect, test } from 'vitest';
import { cellKey } from './matrix';
import { correctionsByCell } from './story-index';

const corrections = [
  { date: '2025-08-18', text: 'First fix.', actor: 'trump', issue: 'ceasefire' },
  { date: '2025-08-20', text: 'Second fix.', actor: 'trump', issue: 'ceasefire' },
  { date: '2025-08-19', text: 'A story-wide fix.' },
  { date: '2025-08-19', text: 'An actor-wide fix.', actor: 'putin' },
];

test('correctionsByCell() keeps the corrections that name a cell, newest first', () => {
  const byCell = correctionsByCell(corrections);
  expect([...byCell.keys()]).toEqual([cellKey('trump', 'ceasefire')]);
  expect(byCell.get(cellKey('trump', 'ceasefire'))?.map((c) => c.text)).toEqual([
    'Second fix.',
    'First fix.',
  ]);
});

test('correctionsByCell() does not modify its input', () => {
  const before = structuredClone(corrections);
  correctionsByCell(corrections);
  expect(corrections).toEqual(before);
});
