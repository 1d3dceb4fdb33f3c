import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateStory } from '../validate';
import { importArchieml } from './archieml';
import { formatProblem, type ImportResult } from './build-story';
import { importCsv } from './csv';

const TEMPLATES = new URL('../../../data/templates/', import.meta.url);
const template = (name: string) => readFileSync(new URL(name, TEMPLATES), 'utf8');

const HEAD = `id: talks-2025
title: Where they stand
updated: 2025-08-17

[actors]
id: kyiv
name: Ukraine’s president
[]

[issues]
id: ceasefire
label: Ceasefire first
[]
`;

function doc(evidence: string, extra = ''): string {
  return `${HEAD}${extra}\n[evidence]\n${evidence}\n[]\n`;
}

function problems(result: ImportResult): string[] {
  if (result.ok) throw new Error('expected problems, got a story');
  return result.problems.map(formatProblem);
}

const ITEM = `actor: kyiv
issue: ceasefire
stance: supports
as_of: 2025-08-15
summary: Backs a ceasefire.`;

describe('importArchieml()', () => {
  test('imports the template, and the result passes validateStory', () => {
    const result = importArchieml(template('story-template.aml'));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(validateStory(result.story).ok).toBe(true);
  });

  test('the ArchieML and CSV templates make the same story', () => {
    expect(importArchieml(template('story-template.aml'))).toEqual(
      importCsv(template('story-template.csv')),
    );
  });

  test('reads a multi-line quote ended by :end, and ignores lines that are not keys', () => {
    const text = doc(`${ITEM}\nquote: First line,\nsecond line\n:end\nkind: direct\nspeaker: kyiv`);
    const result = importArchieml(`An instruction line for the editor.\n${text}`);
    expect(result.ok && result.story.positions[0]?.evidence[0]?.text).toBe(
      'First line,\nsecond line',
    );
  });

  test('reads a byte-order mark at the start', () => {
    expect(importArchieml(`\uFEFF${doc(ITEM)}`).ok).toBe(true);
  });

  test('items with the same actor, issue and as_of form one position', () => {
    const second =
      'actor: kyiv\nissue: ceasefire\nas_of: 2025-08-15\nquote: Two.\nkind: paraphrase';
    const result = importArchieml(doc(`${ITEM}\nquote: One.\nkind: paraphrase\n\n${second}`));
    expect(result.ok && result.story.positions.map((p) => p.evidence.length)).toEqual([2]);
  });
});

describe('importArchieml() problems', () => {
  test.each([
    [
      'an unknown stance',
      doc(ITEM.replace('supports', 'maybee')),
      '[evidence] item 1, key "stance": "maybee" is not a stance (supports, conditional, unclear, opposes)',
    ],
    [
      'an unknown key in an item',
      doc(`${ITEM}\nquot: Words.`),
      '[evidence] item 1, key "quot": unknown key: use one of actor, issue, stance, as_of, summary, confidence, quote, kind, speaker, said, outlet, title, url, published, original, original_language',
    ],
    [
      'an unknown key at the top',
      `Note: remember to check\n${doc(ITEM)}`,
      'key "Note": unknown key: use one of id, title, description, updated, language, methodology',
    ],
    [
      'a missing title',
      doc(ITEM).replace('title: Where they stand\n', ''),
      'key "title": is empty: fill in the headline shown above the grid',
    ],
    [
      'a list written as bullets',
      `${HEAD}\n[evidence]\n* one\n* two\n[]\n`,
      '[evidence] item 1: expected `key: value` lines, not `* ` bullets',
    ],
    [
      'a document with no actors',
      doc(ITEM).replace('id: kyiv\nname: Ukraine’s president\n', ''),
      'the document: no actors: add an [actors] list with at least one item',
    ],
  ])('reports %s by item and key', (_name, text, expected) => {
    expect(problems(importArchieml(text))).toContain(expected);
  });
});
