import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateStory } from '../validate';
import { formatProblem, type ImportResult } from './build-story';
import { CSV_HEADER, importCsv } from './csv';

const HEADER =
  'record,id,name,description,date,actor,issue,stance,as_of,summary,confidence,quote,kind,speaker,said,outlet,title,url,published';
const SETUP = [
  'story,talks-2025,Where they stand,What the grid shows.,2025-08-17',
  'actor,kyiv,Ukraine’s president',
  'actor,washington,US president',
  'issue,ceasefire,Ceasefire first,Should a ceasefire come first?',
];

/** A sheet with the header, the setup rows (rows 2-5), then `rows` from row 6 on. */
function sheet(...rows: string[]): string {
  return [HEADER, ...SETUP, ...rows].join('\r\n') + '\r\n';
}

function problems(result: ImportResult): string[] {
  if (result.ok) throw new Error('expected problems, got a story');
  return result.problems.map(formatProblem);
}

function story(result: ImportResult) {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.story;
}

const EVIDENCE = ',,,,,kyiv,ceasefire,supports,2025-08-15,Backs a ceasefire.,high';

describe('importCsv()', () => {
  test('imports the template, and the result passes validateStory', () => {
    const text = readFileSync(
      new URL('../../../data/templates/story-template.csv', import.meta.url),
      'utf8',
    );
    const result = story(importCsv(text));
    expect(validateStory(result).ok).toBe(true);
    expect(result.positions).toHaveLength(2);
    expect(result.positions[0]?.evidence).toHaveLength(2);
  });

  test('the template has every column the importer knows, in order', () => {
    const text = readFileSync(
      new URL('../../../data/templates/story-template.csv', import.meta.url),
      'utf8',
    );
    expect(text.split('\n')[0]?.trim().split(',')).toEqual(CSV_HEADER);
  });

  test.each([
    ['with a byte-order mark (Excel "CSV UTF-8")', '\uFEFF', '\r\n'],
    ['without a byte-order mark (Google Sheets)', '', '\n'],
  ])('reads a sheet %s', (_name, bom, newline) => {
    const text =
      bom + sheet(`${EVIDENCE},"We want a ceasefire.",direct,kyiv`).replaceAll('\r\n', newline);
    const result = story(importCsv(text));
    expect(result.id).toBe('talks-2025');
    expect(result.positions[0]?.evidence[0]?.text).toBe('We want a ceasefire.');
  });

  test('keeps line breaks inside a quoted cell', () => {
    const result = story(importCsv(sheet(`${EVIDENCE},"First line,\nsecond line",direct,kyiv`)));
    expect(result.positions[0]?.evidence[0]?.text).toBe('First line,\nsecond line');
  });

  test('keeps commas and doubled quotes inside a quoted cell', () => {
    const result = story(importCsv(sheet(`${EVIDENCE},"Yes, ""now"", and fast",direct,kyiv`)));
    expect(result.positions[0]?.evidence[0]?.text).toBe('Yes, "now", and fast');
  });

  test('reads a sheet saved with semicolons (Excel in many European locales)', () => {
    const text = sheet(`${EVIDENCE},We want a ceasefire.,direct,kyiv`).replaceAll(',', ';');
    expect(story(importCsv(text)).positions).toHaveLength(1);
  });

  test('rows with the same actor, issue and as_of form one position', () => {
    const result = story(
      importCsv(
        sheet(
          `${EVIDENCE},First.,direct,kyiv`,
          ',,,,,kyiv,ceasefire,,2025-08-15,,,Second.,paraphrase',
          ',,,,,kyiv,ceasefire,opposes,2025-08-20,Now against.,,Third.,direct,kyiv',
        ),
      ),
    );
    expect(result.positions.map((p) => [p.asOf, p.stance, p.evidence.length])).toEqual([
      ['2025-08-15', 'supports', 2],
      ['2025-08-20', 'opposes', 1],
    ]);
  });

  test('a row with no quote makes a position with no evidence', () => {
    const result = story(importCsv(sheet(EVIDENCE)));
    expect(result.positions[0]?.evidence).toEqual([]);
  });

  test('gathers sources by outlet, title and url, and gives each an id', () => {
    const result = story(
      importCsv(
        sheet(
          `${EVIDENCE},One.,direct,kyiv,,Fox News,Talks,https://example.org/a,2025-08-15`,
          ',,,,,kyiv,ceasefire,,2025-08-15,,,Two.,direct,kyiv,,Fox News,Talks,https://example.org/a',
          ',,,,,kyiv,ceasefire,,2025-08-15,,,Three.,direct,kyiv,,Fox News,Other piece',
          ',,,,,kyiv,ceasefire,,2025-08-15,,,Four.,direct,kyiv,,Télé Ø',
        ),
      ),
    );
    expect(result.sources).toEqual([
      {
        id: 'fox-news',
        outlet: 'Fox News',
        title: 'Talks',
        url: 'https://example.org/a',
        published: '2025-08-15',
      },
      { id: 'fox-news-2', outlet: 'Fox News', title: 'Other piece' },
      { id: 'tele', outlet: 'Télé Ø' },
    ]);
    expect(result.positions[0]?.evidence.map((e) => e.source)).toEqual([
      'fox-news',
      'fox-news',
      'fox-news-2',
      'tele',
    ]);
  });

  test('accepts stances, kinds, confidences and ids in any case, and writes them as defined', () => {
    const row = ',,,,,KYIV,Ceasefire,Supports,2025-08-15,Backs it.,HIGH,Words.,Direct,Kyiv';
    const position = story(importCsv(sheet(row))).positions[0];
    expect(position).toMatchObject({ actor: 'kyiv', issue: 'ceasefire', stance: 'supports' });
    expect(position?.evidence[0]).toMatchObject({ kind: 'direct', speaker: 'kyiv' });
  });

  test('uses stance rows as the story’s own scale, in order', () => {
    const text = [
      HEADER + ',ordinal',
      ...SETUP,
      'stance,yes,Yes',
      'stance,no,No',
      'stance,no-comment,Declines to say,,,,,,,,,,,,,,,,,no',
      ',,,,,kyiv,ceasefire,no-comment,2025-08-15,Would not say.',
    ].join('\n');
    expect(story(importCsv(text)).stances).toEqual([
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
      { id: 'no-comment', label: 'Declines to say', ordinal: false },
    ]);
  });

  test('reads corrections', () => {
    const text = sheet('correction,,,Fixed a quote.,2025-08-18,kyiv,ceasefire', EVIDENCE);
    expect(story(importCsv(text)).corrections).toEqual([
      { date: '2025-08-18', text: 'Fixed a quote.', actor: 'kyiv', issue: 'ceasefire' },
    ]);
  });

  test('ignores blank rows and the notes column, and counts rows as the sheet shows them', () => {
    const text = [
      HEADER + ',notes',
      ...SETUP,
      ',,,,,,,,,,,,,,,,,,,just a note',
      '',
      `${EVIDENCE},Q,quoted`,
    ].join('\n');
    expect(problems(importCsv(text))).toEqual([
      'row 8, column "kind": "quoted" is not a kind (direct, reported, paraphrase)',
    ]);
  });

  test('does not modify its input', () => {
    const text = sheet(`${EVIDENCE},Words.,direct,kyiv`);
    const copy = text.slice();
    importCsv(text);
    expect(text).toBe(copy);
  });
});

describe('importCsv() problems', () => {
  test.each([
    [
      'an unknown stance',
      ',,,,,kyiv,ceasefire,maybee,2025-08-15,S.',
      'row 6, column "stance": "maybee" is not a stance (supports, conditional, unclear, opposes)',
    ],
    [
      'an unknown actor',
      ',,,,,trumpp,ceasefire,supports,2025-08-15,S.',
      'row 6, column "actor": "trumpp" is not an actor id (kyiv, washington)',
    ],
    [
      'a date in the wrong format',
      ',,,,,kyiv,ceasefire,supports,17/08/2025,S.',
      'row 6, column "as_of": "17/08/2025" is not a date: write it as YYYY-MM-DD, such as 2025-08-17 (format the column as plain text)',
    ],
    [
      'a missing summary',
      ',,,,,kyiv,ceasefire,supports,2025-08-15',
      'row 6, column "summary": is empty: fill in one neutral sentence on what they said or did',
    ],
    [
      'an unknown kind',
      `${EVIDENCE},Q.,quoted`,
      'row 6, column "kind": "quoted" is not a kind (direct, reported, paraphrase)',
    ],
    [
      'a quote without a kind',
      `${EVIDENCE},Q.`,
      'row 6, column "kind": is empty: fill in one of direct, reported, paraphrase',
    ],
    [
      'reported evidence without a speaker',
      `${EVIDENCE},Q.,reported`,
      'row 6, column "speaker": reported evidence needs a speaker',
    ],
    [
      'a link that is not a web address',
      `${EVIDENCE},Q.,direct,kyiv,,CNN,,javascript:alert(1)`,
      'row 6, column "url": must be an http: or https: URL',
    ],
    [
      'a source with no outlet',
      `${EVIDENCE},Q.,direct,kyiv,,,Headline`,
      'row 6, column "outlet": is empty: a source needs the outlet that published it',
    ],
    ['a second story row', 'story,,,,,kyiv', 'row 6: a second "story" row: keep only one'],
    [
      'an unknown kind of row',
      'actr,trump,Trump',
      'row 6, column "record": "actr" is not a kind of row (story, stance, actor, issue, correction, evidence)',
    ],
    [
      'a value in a column the row does not use',
      'actor,moscow,Russia’s president,,,,,,,,,Quote.',
      'row 6, column "quote": is not used in "actor" rows: move it to the right row or clear it',
    ],
  ])('reports %s by row and column', (_name, row, expected) => {
    expect(problems(importCsv(sheet(row)))).toContain(expected);
  });

  test('reports a second row that contradicts the first row of its position', () => {
    const text = sheet(EVIDENCE, ',,,,,kyiv,ceasefire,opposes,2025-08-15');
    expect(problems(importCsv(text))).toEqual([
      'row 7, column "stance": "opposes" differs from row 6 ("supports") for the same actor, issue and as_of: leave it blank or make them match',
    ]);
  });

  test('reports an invalid id from the validator at its row and column', () => {
    const text = sheet('actor,von der Leyen,Ursula von der Leyen', EVIDENCE);
    expect(problems(importCsv(text))).toEqual([
      'row 6, column "id": expected an id of 1-64 letters, digits, "_" or "-"',
    ]);
  });

  test('reports a misspelt column in the header, with a suggestion', () => {
    const text = sheet(EVIDENCE).replace(',stance,', ',stnace,');
    expect(problems(importCsv(text))[0]).toBe(
      'row 1, column "stnace": unknown column (did you mean "stance"?)',
    );
  });

  test('reports a sheet with no story row', () => {
    const text = [HEADER, ...SETUP.slice(1), EVIDENCE].join('\n');
    expect(problems(importCsv(text))).toEqual([
      'the sheet: has no story row: add a row whose "record" is "story", with its id, name and date',
    ]);
  });

  test('reports a file that is not UTF-8', () => {
    expect(problems(importCsv(sheet('actor,caf\uFFFD,Caf\uFFFD')))).toEqual([
      'the sheet: is not saved as UTF-8: in Excel use Save As → "CSV UTF-8"',
    ]);
  });

  test('lists problems in sheet order', () => {
    const text = sheet(',,,,,kyiv,ceasefire,maybee,2025-08-15,S.', 'actor,bad id,X');
    expect(problems(importCsv(text)).map((line) => line.split(',')[0])).toEqual(['row 6', 'row 7']);
  });
});
