import { describe, expect, test } from 'vitest';
import { cellCertainty, type TentativeReason } from './certainty';
import type { Confidence, EvidenceKind, Position } from './types';

function position(kinds: EvidenceKind[], confidence?: Confidence): Position {
  return {
    actor: 'a',
    issue: 'i',
    stance: 'supports',
    asOf: '2025-08-17',
    summary: 'Summary.',
    ...(confidence ? { confidence } : {}),
    evidence: kinds.map((kind) => ({
      text: `A ${kind} quote.`,
      kind,
      ...(kind === 'reported' ? { speaker: 'b' } : {}),
    })),
  };
}

describe('cellCertainty()', () => {
  test.each<[string, EvidenceKind[], Confidence | undefined, TentativeReason[]]>([
    ['a direct quote with high confidence', ['direct'], 'high', []],
    ['a direct quote with no confidence given', ['direct'], undefined, []],
    ['a direct quote alongside reported words', ['reported', 'direct'], 'medium', []],
    ['a direct quote alongside a paraphrase', ['paraphrase', 'direct'], 'medium', []],
  ])(
    'cellCertainty() calls a position firm when it has %s',
    (_case, kinds, confidence, reasons) => {
      expect(cellCertainty(position(kinds, confidence))).toEqual({ tentative: false, reasons });
    },
  );

  test.each<[string, EvidenceKind[], Confidence | undefined, TentativeReason[]]>([
    ['only reported words', ['reported'], 'medium', ['reported-only']],
    ['reported words and a paraphrase', ['paraphrase', 'reported'], 'medium', ['reported-only']],
    ['only paraphrase', ['paraphrase', 'paraphrase'], 'high', ['paraphrase-only']],
    ['no evidence', [], 'medium', ['no-evidence']],
    ['low confidence despite a direct quote', ['direct'], 'low', ['low-confidence']],
    [
      'low confidence and only reported words',
      ['reported'],
      'low',
      ['low-confidence', 'reported-only'],
    ],
    ['low confidence and no evidence', [], 'low', ['low-confidence', 'no-evidence']],
  ])(
    'cellCertainty() calls a position tentative when it has %s',
    (_case, kinds, confidence, reasons) => {
      expect(cellCertainty(position(kinds, confidence))).toEqual({ tentative: true, reasons });
    },
  );

  test('cellCertainty() does not modify the position', () => {
    const input = position(['paraphrase', 'reported'], 'low');
    const before = structuredClone(input);
    cellCertainty(input);
    expect(input).toEqual(before);
  });
});
