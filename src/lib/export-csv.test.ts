import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { csvCell, EXPORT_COLUMNS, storyToCsv } from './export-csv';

/** Parses with a real CSV parser, as a reader's spreadsheet would. */
function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('csvCell()', () => {
  test.each([
    ['plain', 'plain'],
    ['', ''],
    ['a, b', '"a, b"'],
    ['say "yes"', '"say ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['2025-08-17', '2025-08-17'],
    ['a = b', 'a = b'],
  ])('csvCell(%j) is %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('storyToCsv()', () => {
  test('has the documented header and CRLF line ends', () => {
    const csv = storyToCsv(fixtureStory());
    expect(csv.split('\r\n')[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/\n/);
  });

  test('writes one row per piece of evidence in matrix order, history newest first', () => {
    const rows = parse(storyToCsv(fixtureStory())).slice(1);
    const pick = (row: string[]) => [row[0], row[2], row[5], row[6], row[10]];
    expect(rows.map(pick)).toEqual([
      ['washington', 'ceasefire', '2025-08-15', 'yes', 'Moved to a full deal.'],
      ['washington', 'ceasefire', '2025-08-14', 'no', 'Pressed for a ceasefire.'],
      ['kyiv', 'guarantees', '2025-08-17', 'yes', 'We are very thankful.'],
      ['kyiv', 'guarantees', '2025-08-17', 'yes', 'This is a significant change.'],
      ['moscow', 'guarantees', '2025-08-17', 'yes', 'He agreed.'],
    ]);
  });

  test('names actors, issues, stances, speakers and sources in words', () => {
    const header = parse(storyToCsv(fixtureStory()))[0] ?? [];
    const rows = parse(storyToCsv(fixtureStory())).slice(1);
    const record = Object.fromEntries(header.map((name, i) => [name, rows[4]?.[i]]));
    expect(record).toEqual({
      actor_id: 'moscow',
      actor: 'Russia’s president',
      issue_id: 'guarantees',
      issue: 'Security guarantees',
      stance: 'Supports',
      as_of: '2025-08-17',
      latest: 'yes',
      summary: 'Agreed, according to the envoy.',
      confidence: 'low',
      kind: 'reported',
      quote: 'He agreed.',
      speaker: 'US envoy',
      outlet: 'Wire Service',
      source_title: 'Talks report',
      url: 'https://example.org/talks',
      said: '',
    });
  });

  test('gives a position with no evidence one row with empty evidence columns', () => {
    const story = fixtureStory();
    story.positions[0]!.evidence = [];
    const rows = parse(storyToCsv(story)).slice(1);
    expect(rows).toHaveLength(5);
    expect(rows[0]?.slice(9)).toEqual(['', '', '', '', '', '', '']);
  });

  test('round-trips quotes, commas, line breaks and defuses formulas', () => {
    const story = fixtureStory();
    story.positions[0]!.evidence[0]!.text = '=cmd|"/c calc"!A1, and\na second line';
    const row = parse(storyToCsv(story))[1] ?? [];
    expect(row[10]).toBe('\'=cmd|"/c calc"!A1, and\na second line');
  });

  test('does not modify the story', () => {
    const story = fixtureStory();
    const copy = structuredClone(story);
    storyToCsv(story);
    expect(story).toEqual(copy);
  });
});
