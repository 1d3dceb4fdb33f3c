import { expect, test } from 'vitest';
import { DEFAULT_STANCES } from './default-stances';
import type { Story } from './types';
import { STORY_SPEC, type ObjectName } from './story-spec';
import { childPath, formatValidationErrors, STORY_LIMITS, validateStory } from './validate';

// Test fixtures are deliberately loose so that each case can break them in any way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Draft = any;

/** A small valid story; a fresh copy on every call. */
function draft(): Draft {
  return {
    schemaVersion: 1,
    id: 'ceasefire-talks',
    title: 'Ceasefire talks',
    updated: '2025-08-20',
    actors: [
      { id: 'trump', name: 'Donald Trump', role: 'US President' },
      { id: 'putin', name: 'Vladimir Putin' },
      { id: 'zelensky', name: 'Volodymyr Zelensky', group: 'Ukraine' },
    ],
    issues: [
      { id: 'ceasefire', label: 'Ceasefire', question: 'Should fighting stop first?' },
      { id: 'territory', label: 'Territory' },
    ],
    sources: [
      {
        id: 'reuters',
        outlet: 'Reuters',
        url: 'https://www.reuters.com/a',
        published: '2025-08-15',
      },
      { id: 'ap', outlet: 'AP' },
    ],
    positions: [
      {
        actor: 'trump',
        issue: 'ceasefire',
        stance: 'supports',
        asOf: '2025-08-15',
        summary: 'Wants a ceasefire before talks.',
        confidence: 'high',
        evidence: [
          {
            text: 'We want a ceasefire.',
            kind: 'direct',
            speaker: 'trump',
            source: 'reuters',
            said: '2025-08-15',
          },
        ],
      },
      {
        actor: 'putin',
        issue: 'ceasefire',
        stance: 'opposes',
        asOf: '2025-08-15',
        summary: 'Rejects a ceasefire first.',
        evidence: [],
      },
    ],
  };
}

function validStory(input: unknown): Story {
  const result = validateStory(input);
  if (!result.ok) throw new Error(formatValidationErrors('story', result.errors));
  return result.story;
}

interface ValidCase {
  name: string;
  edit: (s: Draft) => void;
  check: (story: Story) => void;
}

const validCases: ValidCase[] = [
  {
    name: 'accepts the fixture as written',
    edit: () => {},
    check: (story) => {
      expect(story.id).toBe('ceasefire-talks');
      expect(story.positions).toHaveLength(2);
      expect(story.positions[0]?.evidence[0]?.speaker).toBe('trump');
    },
  },
  {
    name: 'defaults language to "en", stances to DEFAULT_STANCES and sources to []',
    edit: (s) => {
      delete s.sources;
      delete s.positions[0].evidence[0].source;
    },
    check: (story) => {
      expect(story.language).toBe('en');
      expect(story.stances).toEqual(DEFAULT_STANCES);
      expect(story.sources).toEqual([]);
    },
  },
  {
    name: 'drops $schema and keeps description and language',
    edit: (s) => {
      s.$schema = '../schema/story.schema.json';
      s.description = 'Who wants what.';
      s.language = 'pt-BR';
    },
    check: (story) => {
      expect('$schema' in story).toBe(false);
      expect(story.description).toBe('Who wants what.');
      expect(story.language).toBe('pt-BR');
    },
  },
  {
    name: 'uses custom stances, with ordinal defaulting to true',
    edit: (s) => {
      s.stances = [
        { id: 'supports', label: 'Yes' },
        { id: 'opposes', label: 'No', description: 'Against.' },
        { id: 'silent', label: 'Silent', ordinal: false },
      ];
    },
    check: (story) => {
      expect(story.stances).toEqual([
        { id: 'supports', label: 'Yes', ordinal: true },
        { id: 'opposes', label: 'No', description: 'Against.', ordinal: true },
        { id: 'silent', label: 'Silent', ordinal: false },
      ]);
    },
  },
  {
    name: 'keeps methodology, corrections, stance colours and translated evidence',
    edit: (s) => {
      s.methodology = 'Stances are coded from public statements.';
      s.corrections = [
        {
          date: '2025-08-18',
          text: 'An earlier version misattributed a quote.',
          actor: 'trump',
          issue: 'ceasefire',
        },
      ];
      s.stances = [
        { id: 'supports', label: 'Yes', color: '#1D5A96' },
        { id: 'opposes', label: 'No' },
      ];
      s.positions[0].evidence[0].original = 'Ми хочемо припинення вогню.';
      s.positions[0].evidence[0].originalLanguage = 'uk';
    },
    check: (story) => {
      expect(story.methodology).toBe('Stances are coded from public statements.');
      expect(story.corrections).toEqual([
        {
          date: '2025-08-18',
          text: 'An earlier version misattributed a quote.',
          actor: 'trump',
          issue: 'ceasefire',
        },
      ]);
      expect(story.stances[0]?.color).toBe('#1d5a96');
      expect(story.positions[0]?.evidence[0]).toMatchObject({
        original: 'Ми хочемо припинення вогню.',
        originalLanguage: 'uk',
      });
    },
  },
  {
    name: 'defaults corrections to an empty list',
    edit: () => {},
    check: (story) => expect(story.corrections).toEqual([]),
  },
  {
    name: 'accepts an empty sources array',
    edit: (s) => {
      s.sources = [];
      delete s.positions[0].evidence[0].source;
    },
    check: (story) => expect(story.sources).toEqual([]),
  },
  {
    name: 'accepts an empty positions array',
    edit: (s) => {
      s.positions = [];
    },
    check: (story) => expect(story.positions).toEqual([]),
  },
  {
    name: 'omits optional fields that are absent instead of setting them to undefined',
    edit: () => {},
    check: (story) => {
      expect(Object.keys(story.actors[1]!)).toEqual(['id', 'name']);
      expect(Object.keys(story.issues[1]!)).toEqual(['id', 'label']);
      expect(Object.keys(story.sources[1]!)).toEqual(['id', 'outlet']);
      expect(Object.keys(story.positions[1]!)).not.toContain('confidence');
      expect(Object.keys(story)).not.toContain('description');
    },
  },
  {
    name: 'keeps strings exactly as written, surrounding whitespace included',
    edit: (s) => {
      s.title = '  Ceasefire talks ';
    },
    check: (story) => expect(story.title).toBe('  Ceasefire talks '),
  },
  {
    name: 'normalises a source URL',
    edit: (s) => {
      s.sources[1].url = 'HTTPS://Example.COM';
    },
    check: (story) => expect(story.sources[1]?.url).toBe('https://example.com/'),
  },
  {
    name: 'accepts two positions for the same actor and issue at different dates',
    edit: (s) => {
      s.positions.push({ ...s.positions[0], asOf: '2025-08-18', evidence: [] });
    },
    check: (story) =>
      expect(story.positions.filter((p) => p.actor === 'trump').map((p) => p.asOf)).toEqual([
        '2025-08-15',
        '2025-08-18',
      ]),
  },
  {
    name: 'accepts reported evidence that names a speaker',
    edit: (s) => {
      s.positions[1].evidence = [{ text: 'He said no.', kind: 'reported', speaker: 'putin' }];
    },
    check: (story) => expect(story.positions[1]?.evidence[0]?.kind).toBe('reported'),
  },
  {
    name: 'accepts actors with the ids "__proto__" and "constructor" and resolves references to them',
    edit: (s) => {
      s.actors.push({ id: '__proto__', name: 'Proto' }, { id: 'constructor', name: 'Builder' });
      s.positions.push(
        {
          actor: '__proto__',
          issue: 'territory',
          stance: 'unclear',
          asOf: '2025-08-01',
          summary: 'Unclear.',
          evidence: [],
        },
        {
          actor: 'constructor',
          issue: 'territory',
          stance: 'conditional',
          asOf: '2025-08-01',
          summary: 'Maybe.',
          evidence: [{ text: 'Perhaps.', kind: 'paraphrase', speaker: '__proto__' }],
        },
      );
    },
    check: (story) => {
      expect(story.actors.map((a) => a.id)).toContain('__proto__');
      expect(Object.getPrototypeOf(story.actors[3])).toBe(Object.prototype);
      expect(story.positions[3]?.evidence[0]?.speaker).toBe('__proto__');
    },
  },
];

interface ErrorCase {
  name: string;
  edit: (s: Draft) => void;
  path: string;
  message: string;
}

const errorCases: ErrorCase[] = [
  // Optional extensions
  {
    name: 'rejects a correction pinned to an actor that does not exist',
    edit: (s) => (s.corrections = [{ date: '2025-08-18', text: 'Fixed.', actor: 'nobody' }]),
    path: 'corrections[0].actor',
    message: 'no actor "nobody"',
  },
  {
    name: 'rejects a correction with an invalid date',
    edit: (s) => (s.corrections = [{ date: '18/08/2025', text: 'Fixed.' }]),
    path: 'corrections[0].date',
    message: 'is not a valid date',
  },
  {
    name: 'rejects a stance colour that is not #rrggbb',
    edit: (s) =>
      (s.stances = [
        { id: 'supports', label: 'Yes', color: 'red' },
        { id: 'opposes', label: 'No' },
      ]),
    path: 'stances[0].color',
    message: 'expected a colour',
  },
  {
    name: 'rejects an original quote without its language',
    edit: (s) => (s.positions[0].evidence[0].original = 'Words.'),
    path: 'positions[0].evidence[0].originalLanguage',
    message: 'original and originalLanguage go together',
  },
  // Top level
  {
    name: 'rejects a missing schemaVersion',
    edit: (s) => delete s.schemaVersion,
    path: 'schemaVersion',
    message: 'expected the number 1',
  },
  {
    name: 'rejects schemaVersion "1" given as a string',
    edit: (s) => (s.schemaVersion = '1'),
    path: 'schemaVersion',
    message: 'expected the number 1',
  },
  {
    name: 'rejects schemaVersion 2',
    edit: (s) => (s.schemaVersion = 2),
    path: 'schemaVersion',
    message: 'expected the number 1',
  },
  {
    name: 'rejects a story id that is not a lowercase slug',
    edit: (s) => (s.id = 'Ceasefire Talks'),
    path: 'id',
    message: 'lowercase slug',
  },
  {
    name: 'rejects a story id with a doubled hyphen',
    edit: (s) => (s.id = 'cease--fire'),
    path: 'id',
    message: 'lowercase slug',
  },
  {
    name: 'rejects a missing title',
    edit: (s) => delete s.title,
    path: 'title',
    message: 'expected a non-empty string',
  },
  {
    name: 'rejects a title of only whitespace',
    edit: (s) => (s.title = ' \t\n'),
    path: 'title',
    message: 'expected a non-empty string',
  },
  {
    name: 'rejects a description that is not a string',
    edit: (s) => (s.description = 42),
    path: 'description',
    message: 'expected a non-empty string',
  },
  {
    name: 'rejects a missing updated date',
    edit: (s) => delete s.updated,
    path: 'updated',
    message: 'expected a date (YYYY-MM-DD)',
  },
  {
    name: 'rejects an updated date that does not exist',
    edit: (s) => (s.updated = '2025-02-30'),
    path: 'updated',
    message: '"2025-02-30" is not a valid date (YYYY-MM-DD)',
  },
  {
    name: 'rejects a language that is not a BCP 47 tag',
    edit: (s) => (s.language = 'english!'),
    path: 'language',
    message: 'expected a language tag',
  },
  {
    name: 'rejects a $schema that is not a string',
    edit: (s) => (s.$schema = 5),
    path: '$schema',
    message: 'expected a string',
  },
  {
    name: 'rejects an unknown top-level field and suggests the near miss',
    edit: (s) => (s.titel = 'x'),
    path: 'titel',
    message: 'unknown field (did you mean "title"?)',
  },
  // Stances
  {
    name: 'rejects an empty stances array',
    edit: (s) => (s.stances = []),
    path: 'stances',
    message: 'expected at least one item',
  },
  {
    name: 'rejects stances that are not an array',
    edit: (s) => (s.stances = { supports: 'Yes' }),
    path: 'stances',
    message: 'expected an array',
  },
  {
    name: 'rejects a stance without a label',
    edit: (s) => (s.stances = [{ id: 'supports' }, { id: 'opposes', label: 'No' }]),
    path: 'stances[0].label',
    message: 'expected a non-empty string',
  },
  {
    name: 'rejects a stance whose ordinal is not a boolean',
    edit: (s) =>
      (s.stances = [
        { id: 'supports', label: 'Y', ordinal: 'yes' },
        { id: 'opposes', label: 'N' },
      ]),
    path: 'stances[0].ordinal',
    message: 'expected true or false',
  },
  {
    name: 'rejects a position whose stance is not on a custom scale',
    edit: (s) => (s.stances = [{ id: 'supports', label: 'Y' }]),
    path: 'positions[1].stance',
    message: 'no stance "opposes"',
  },
  // Actors
  {
    name: 'rejects a missing actors array',
    edit: (s) => delete s.actors,
    path: 'actors',
    message: 'expected an array',
  },
  {
    name: 'rejects an empty actors array',
    edit: (s) => (s.actors = []),
    path: 'actors',
    message: 'expected at least one item',
  },
  {
    name: 'rejects an actor that is not an object',
    edit: (s) => (s.actors[2] = 'zelensky'),
    path: 'actors[2]',
    message: 'expected an object',
  },
  {
    name: 'rejects an actor without a name',
    edit: (s) => delete s.actors[2].name,
    path: 'actors[2].name',
    message: 'expected a non-empty string',
  },
  {
    name: 'rejects an actor whose name is only whitespace',
    edit: (s) => (s.actors[2].name = '   '),
    path: 'actors[2].name',
    message: 'expected a non-empty string',
  },
  {
    name: 'rejects an actor whose role is empty',
    edit: (s) => (s.actors[2].role = ''),
    path: 'actors[2].role',
    message: 'expected a non-empty string',
  },
  {
    name: 'rejects an actor id containing a space',
    edit: (s) => (s.actors[2].id = 'vol zelensky'),
    path: 'actors[2].id',
    message: 'expected an id',
  },
  {
    name: 'rejects an actor id longer than 64 characters',
    edit: (s) => (s.actors[2].id = 'z'.repeat(65)),
    path: 'actors[2].id',
    message: 'expected an id',
  },
  {
    name: 'rejects an actor id that is a number',
    edit: (s) => (s.actors[2].id = 7),
    path: 'actors[2].id',
    message: 'expected an id',
  },
  {
    name: 'rejects a duplicate actor id',
    edit: (s) => s.actors.push({ id: 'trump', name: 'Again' }),
    path: 'actors[3].id',
    message: 'duplicate id "trump" (same as actors[0].id)',
  },
  {
    name: 'rejects actor ids that differ only by case',
    edit: (s) => s.actors.push({ id: 'Trump', name: 'Again' }),
    path: 'actors[3].id',
    message: 'duplicate id "Trump" (same as actors[0].id "trump", ignoring case)',
  },
  {
    name: 'rejects a misspelt actor field',
    edit: (s) => (s.actors[1].nmae = 'x'),
    path: 'actors[1].nmae',
    message: 'unknown field (did you mean "name"?)',
  },
  {
    name: 'quotes an unknown key that is not an identifier',
    edit: (s) => (s.actors[1]['bad key'] = 1),
    path: 'actors[1]["bad key"]',
    message: 'unknown field',
  },
  // Issues
  {
    name: 'rejects a missing issues array',
    edit: (s) => delete s.issues,
    path: 'issues',
    message: 'expected an array',
  },
  {
    name: 'rejects an issue without a label',
    edit: (s) => delete s.issues[1].label,
    path: 'issues[1].label',
    message: 'expected a non-empty string',
  },
  {
    name: 'rejects an issue whose question is not a string',
    edit: (s) => (s.issues[1].question = 5),
    path: 'issues[1].question',
    message: 'expected a non-empty string',
  },
  {
    name: 'rejects a duplicate issue id',
    edit: (s) => s.issues.push({ id: 'Territory', label: 'Land' }),
    path: 'issues[2].id',
    message: 'duplicate id "Territory"',
  },
  // Sources
  {
    name: 'rejects sources that are not an array',
    edit: (s) => (s.sources = 'reuters'),
    path: 'sources',
    message: 'expected an array',
  },
  {
    name: 'rejects a source without an outlet',
    edit: (s) => delete s.sources[1].outlet,
    path: 'sources[1].outlet',
    message: 'expected a non-empty string',
  },
  {
    name: 'rejects a javascript: source URL',
    edit: (s) => (s.sources[1].url = 'javascript:alert(1)'),
    path: 'sources[1].url',
    message: 'must be an http: or https: URL',
  },
  {
    name: 'rejects a relative source URL',
    edit: (s) => (s.sources[1].url = '/news/a'),
    path: 'sources[1].url',
    message: 'must be an http: or https: URL',
  },
  {
    name: 'rejects a source published date without zero padding',
    edit: (s) => (s.sources[1].published = '2025-8-1'),
    path: 'sources[1].published',
    message: 'is not a valid date',
  },
  {
    name: 'rejects a duplicate source id',
    edit: (s) => s.sources.push({ id: 'ap', outlet: 'AP' }),
    path: 'sources[2].id',
    message: 'duplicate id "ap" (same as sources[1].id)',
  },
  // Positions
  {
    name: 'rejects a missing positions array',
    edit: (s) => delete s.positions,
    path: 'positions',
    message: 'expected an array',
  },
  {
    name: 'rejects positions given as an object',
    edit: (s) => (s.positions = {}),
    path: 'positions',
    message: 'expected an array',
  },
  {
    name: 'rejects a position that is not an object',
    edit: (s) => s.positions.push(null),
    path: 'positions[2]',
    message: 'expected an object',
  },
  {
    name: 'rejects a position whose actor does not exist',
    edit: (s) => (s.positions[1].actor = 'trumpp'),
    path: 'positions[1].actor',
    message: 'no actor "trumpp"',
  },
  {
    name: 'rejects a position whose actor differs only by case',
    edit: (s) => (s.positions[1].actor = 'Putin'),
    path: 'positions[1].actor',
    message: 'no actor "Putin"',
  },
  {
    name: 'rejects a position whose issue does not exist',
    edit: (s) => (s.positions[1].issue = 'land'),
    path: 'positions[1].issue',
    message: 'no issue "land"',
  },
  {
    name: 'rejects a position whose stance does not exist',
    edit: (s) => (s.positions[0].stance = 'maybe'),
    path: 'positions[0].stance',
    message: 'no stance "maybe"',
  },
  {
    name: 'rejects a position without an actor',
    edit: (s) => delete s.positions[0].actor,
    path: 'positions[0].actor',
    message: 'expected actor id',
  },
  {
    name: 'rejects a position asOf with month 13',
    edit: (s) => (s.positions[0].asOf = '2025-13-01'),
    path: 'positions[0].asOf',
    message: '"2025-13-01" is not a valid date (YYYY-MM-DD)',
  },
  {
    name: 'rejects a position without a summary',
    edit: (s) => delete s.positions[1].summary,
    path: 'positions[1].summary',
    message: 'expected a non-empty string',
  },
  {
    name: 'rejects an unknown confidence',
    edit: (s) => (s.positions[0].confidence = 'certain'),
    path: 'positions[0].confidence',
    message: 'expected one of "high", "medium", "low"',
  },
  {
    name: 'rejects a position without evidence',
    edit: (s) => delete s.positions[1].evidence,
    path: 'positions[1].evidence',
    message: 'expected an array',
  },
  {
    name: 'rejects a misspelt position field',
    edit: (s) => (s.positions[1].evidance = []),
    path: 'positions[1].evidance',
    message: 'unknown field (did you mean "evidence"?)',
  },
  {
    name: 'rejects two positions for the same actor, issue and date, naming both',
    edit: (s) => s.positions.push({ ...s.positions[0], evidence: [] }),
    path: 'positions[2].asOf',
    message:
      'a position for actor "trump" on issue "ceasefire" as of 2025-08-15 already exists at positions[0]',
  },
  // Evidence
  {
    name: 'rejects evidence of an unknown kind',
    edit: (s) => (s.positions[0].evidence[0].kind = 'quote'),
    path: 'positions[0].evidence[0].kind',
    message: 'expected one of "direct", "reported", "paraphrase"',
  },
  {
    name: 'rejects evidence without text',
    edit: (s) => delete s.positions[0].evidence[0].text,
    path: 'positions[0].evidence[0].text',
    message: 'expected a non-empty string',
  },
  {
    name: 'rejects evidence whose speaker is not an actor',
    edit: (s) => (s.positions[0].evidence[0].speaker = 'melania'),
    path: 'positions[0].evidence[0].speaker',
    message: 'no actor "melania"',
  },
  {
    name: 'rejects evidence whose source does not exist',
    edit: (s) => (s.positions[0].evidence[0].source = 'bbc'),
    path: 'positions[0].evidence[0].source',
    message: 'no source "bbc"',
  },
  {
    name: 'rejects an evidence source when the story has no sources',
    edit: (s) => delete s.sources,
    path: 'positions[0].evidence[0].source',
    message: 'no source "reuters"',
  },
  {
    name: 'rejects an evidence said date that does not exist',
    edit: (s) => (s.positions[0].evidence[0].said = '2025-04-31'),
    path: 'positions[0].evidence[0].said',
    message: 'is not a valid date',
  },
  {
    name: 'rejects reported evidence without a speaker',
    edit: (s) => (s.positions[1].evidence = [{ text: 'Said no.', kind: 'reported' }]),
    path: 'positions[1].evidence[0].speaker',
    message: 'reported evidence needs a speaker',
  },
  {
    name: 'rejects an unknown evidence field',
    edit: (s) => (s.positions[0].evidence[0].url = 'https://a.example'),
    path: 'positions[0].evidence[0].url',
    message: 'unknown field',
  },
];

/** Pairs each case with its name so that the test title prints it unquoted and in full. */
function named<T extends { name: string }>(cases: T[]): [string, T][] {
  return cases.map((c) => [c.name, c]);
}

test.each(named(validCases))('validateStory() %s', (_name, { edit, check }) => {
  const input = draft();
  edit(input);
  check(validStory(input));
});

test.each(named(errorCases))('validateStory() %s', (_name, { edit, path, message }) => {
  const input = draft();
  edit(input);
  const result = validateStory(input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors).toEqual([{ path, message: expect.stringContaining(message) }]);
});

test.each([null, undefined, 'story', 42, true, []])(
  'validateStory() rejects a top level that is not an object (%j)',
  (input) => {
    expect(validateStory(input)).toEqual({
      ok: false,
      errors: [{ path: '(root)', message: 'expected an object' }],
      warnings: [],
    });
  },
);

test('validateStory() reports every problem, not just the first', () => {
  const input = draft();
  input.title = '';
  input.actors[1].name = 3;
  input.positions[0].actor = 'trumpp';
  input.positions[1].evidence = [{ text: 'x', kind: 'reported', said: 'soon' }];
  const result = validateStory(input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors.map((e) => e.path)).toEqual([
    'title',
    'actors[1].name',
    'positions[0].actor',
    'positions[1].evidence[0].said',
    'positions[1].evidence[0].speaker',
  ]);
});

test('validateStory() does not mutate its input', () => {
  const input = draft();
  delete input.sources;
  delete input.positions[0].evidence[0].source;
  input.$schema = 'schema.json';
  const before = structuredClone(input);
  const story = validStory(deepFreeze(input));
  expect(input).toEqual(before);
  expect(story.actors).not.toBe(input.actors);
  expect(story.actors[0]).not.toBe(input.actors[0]);
  expect(story.positions[0]?.evidence).not.toBe(input.positions[0].evidence);
});

test('validateStory() returns stances that are copies, not DEFAULT_STANCES itself', () => {
  const story = validStory(draft());
  expect(story.stances).not.toBe(DEFAULT_STANCES);
  story.stances[0]!.label = 'Changed';
  expect(DEFAULT_STANCES[0]!.label).toBe('Supports');
});

test('validateStory() reports a JSON "__proto__" key as unknown and never pollutes Object.prototype', () => {
  const text = JSON.stringify(draft()).replace(
    '{',
    '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}, ',
  );
  const input: unknown = JSON.parse(text);
  const result = validateStory(input);
  expect(result).toMatchObject({
    ok: false,
    errors: [
      { path: '__proto__', message: 'unknown field' },
      { path: 'constructor', message: 'unknown field' },
    ],
  });
  expect(({} as Draft).polluted).toBeUndefined();
});

test('validateStory() reports "__proto__" and "prototype" keys inside an actor as unknown fields', () => {
  const input = draft();
  const text = JSON.stringify(input).replace(
    '"id":"putin"',
    '"__proto__":{"polluted":1},"prototype":{"polluted":1},"id":"putin"',
  );
  const result = validateStory(JSON.parse(text));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors).toEqual([
    { path: 'actors[1].__proto__', message: 'unknown field' },
    { path: 'actors[1].prototype', message: 'unknown field' },
  ]);
  expect(({} as Draft).polluted).toBeUndefined();
});

test('validateStory() accepts objects without a prototype', () => {
  const input = Object.assign(Object.create(null), draft());
  expect(validateStory(input).ok).toBe(true);
});

test('formatValidationErrors() writes one "file: path: message" line per error', () => {
  const text = formatValidationErrors('data/talks.json', [
    { path: 'positions[3].actor', message: 'no actor "trumpp"' },
    { path: '(root)', message: 'expected an object' },
  ]);
  expect(text).toBe(
    'data/talks.json: positions[3].actor: no actor "trumpp"\ndata/talks.json: (root): expected an object',
  );
});

test('formatValidationErrors() returns an empty string for no errors', () => {
  expect(formatValidationErrors('x.json', [])).toBe('');
});

// ---------------------------------------------------------------------------------------------
// Warnings

/** The fixture with every loose end tied, so that it validates without warnings. */
function tidyDraft(): Draft {
  const s = draft();
  s.positions[1].evidence = [{ text: 'No.', kind: 'reported', speaker: 'putin', source: 'ap' }];
  s.positions.push({
    actor: 'zelensky',
    issue: 'territory',
    stance: 'opposes',
    asOf: '2025-08-17',
    summary: 'Will not give up land.',
    evidence: [{ text: 'Never.', kind: 'direct', speaker: 'zelensky', source: 'reuters' }],
  });
  return s;
}

interface WarningCase {
  name: string;
  edit: (s: Draft) => void;
  path: string;
  message: string;
}

const warningCases: WarningCase[] = [
  {
    name: 'warns about a position with no evidence',
    edit: (s) => (s.positions[2].evidence = []),
    path: 'positions[2].evidence',
    message: 'no evidence: readers will see a position with nothing behind it',
  },
  {
    name: 'warns about a direct quote with no speaker',
    edit: (s) => delete s.positions[0].evidence[0].speaker,
    path: 'positions[0].evidence[0].speaker',
    message: 'direct quote has no speaker',
  },
  {
    name: 'warns about a source nothing cites',
    edit: (s) => s.sources.push({ id: 'bbc', outlet: 'BBC' }),
    path: 'sources[2].id',
    message: 'no evidence cites source "bbc"',
  },
  {
    name: 'warns about an actor with no positions, even one who is quoted as a speaker',
    edit: (s) => {
      s.actors.push({ id: 'witkoff', name: 'Steve Witkoff' });
      s.positions[1].evidence[0].speaker = 'witkoff';
    },
    path: 'actors[3].id',
    message: 'actor "witkoff" has no positions',
  },
  {
    name: 'warns about a position dated after the story was updated',
    edit: (s) => (s.positions[2].asOf = '2025-08-21'),
    path: 'positions[2].asOf',
    message: "2025-08-21 is after the story's updated date (2025-08-20)",
  },
  {
    name: 'warns about a quote said after the story was updated',
    edit: (s) => (s.positions[0].evidence[0].said = '2026-01-01'),
    path: 'positions[0].evidence[0].said',
    message: "2026-01-01 is after the story's updated date (2025-08-20)",
  },
  {
    name: 'warns about a source published after the story was updated',
    edit: (s) => (s.sources[0].published = '2025-09-01'),
    path: 'sources[0].published',
    message: "2025-09-01 is after the story's updated date (2025-08-20)",
  },
  {
    name: 'warns about a correction dated after the story was updated',
    edit: (s) => (s.corrections = [{ date: '2025-08-30', text: 'Fixed.' }]),
    path: 'corrections[0].date',
    message: "2025-08-30 is after the story's updated date (2025-08-20)",
  },
  {
    name: 'warns about a zero-width joiner in a name, which some scripts need',
    edit: (s) => (s.actors[1].name = 'Vladimir\u200dPutin'),
    path: 'actors[1].name',
    message: 'contains U+200D (zero-width joiner) at character 9',
  },
  {
    name: 'warns about right-to-left marks in a quote, counting them',
    edit: (s) => (s.positions[0].evidence[0].text = 'We \u200fwant\u200f a ceasefire.'),
    path: 'positions[0].evidence[0].text',
    message: 'contains U+200F (right-to-left mark) at character 4 (and 1 more such characters)',
  },
];

test('validateStory() gives no warnings for a story with no loose ends', () => {
  expect(validateStory(tidyDraft())).toMatchObject({ ok: true, warnings: [] });
});

test.each(named(warningCases))('validateStory() %s', (_name, { edit, path, message }) => {
  const input = tidyDraft();
  edit(input);
  const result = validateStory(input);
  expect(result.ok ? [] : result.errors).toEqual([]);
  expect(result.warnings).toEqual([{ path, message }]);
});

test('validateStory() reports warnings alongside errors', () => {
  const input = tidyDraft();
  input.title = '';
  input.positions[2].evidence = [];
  expect(validateStory(input)).toEqual({
    ok: false,
    errors: [{ path: 'title', message: 'expected a non-empty string' }],
    warnings: [
      {
        path: 'positions[2].evidence',
        message: 'no evidence: readers will see a position with nothing behind it',
      },
    ],
  });
});

// ---------------------------------------------------------------------------------------------
// Limits and text hazards

const many = <T>(n: number, item: (i: number) => T): T[] =>
  Array.from({ length: n }, (_, i) => item(i));

const limitAndHazardCases: ErrorCase[] = [
  {
    name: 'rejects more than 500 actors',
    edit: (s) => (s.actors = many(501, (i) => ({ id: `a${i}`, name: `A ${i}` }))),
    path: 'actors',
    message: 'too many items: 501 (at most 500)',
  },
  {
    name: 'rejects more than 500 issues',
    edit: (s) => (s.issues = many(501, (i) => ({ id: `i${i}`, label: `I ${i}` }))),
    path: 'issues',
    message: 'too many items: 501 (at most 500)',
  },
  {
    name: 'rejects more than 12 stances',
    edit: (s) => (s.stances = many(13, (i) => ({ id: `s${i}`, label: `S ${i}` }))),
    path: 'stances',
    message: 'too many items: 13 (at most 12)',
  },
  {
    name: 'rejects more than 50 pieces of evidence in one position',
    edit: (s) =>
      (s.positions[0].evidence = many(51, () => ({
        text: 'We want a ceasefire.',
        kind: 'paraphrase',
      }))),
    path: 'positions[0].evidence',
    message: 'too many items: 51 (at most 50)',
  },
  {
    name: 'rejects a name longer than 200 characters',
    edit: (s) => (s.actors[0].name = 'n'.repeat(201)),
    path: 'actors[0].name',
    message: 'too long: 201 characters (at most 200)',
  },
  {
    name: 'rejects a summary longer than 2 000 characters',
    edit: (s) => (s.positions[0].summary = 's'.repeat(2001)),
    path: 'positions[0].summary',
    message: 'too long: 2001 characters (at most 2000)',
  },
  {
    name: 'rejects quote text longer than 5 000 characters',
    edit: (s) => (s.positions[0].evidence[0].text = 'q'.repeat(5001)),
    path: 'positions[0].evidence[0].text',
    message: 'too long: 5001 characters (at most 5000)',
  },
  {
    name: 'rejects a story id longer than 64 characters',
    edit: (s) => (s.id = 'a'.repeat(65)),
    path: 'id',
    message: 'lowercase slug',
  },
  {
    name: 'rejects a source URL longer than 2 048 characters',
    edit: (s) => (s.sources[0].url = `https://example.com/${'x'.repeat(2048)}`),
    path: 'sources[0].url',
    message: 'too long: 2068 characters (at most 2048)',
  },
  {
    name: 'rejects a right-to-left override in a name, naming the character and where it is',
    edit: (s) => (s.actors[2].name = 'Volody\u202eymyr'),
    path: 'actors[2].name',
    message: 'contains U+202E (right-to-left override) at character 7',
  },
  {
    name: 'rejects a bidirectional isolate in an issue label',
    edit: (s) => (s.issues[0].label = '\u2067Ceasefire\u2069'),
    path: 'issues[0].label',
    message: 'contains U+2067 (right-to-left isolate) at character 1 (and 1 more such characters)',
  },
  {
    name: 'rejects a byte-order mark inside a quote',
    edit: (s) => (s.positions[0].evidence[0].text = 'We want\ufeff a ceasefire.'),
    path: 'positions[0].evidence[0].text',
    message: 'contains U+FEFF (zero-width no-break space (byte-order mark)) at character 8',
  },
  {
    name: 'counts the character position in code points, not UTF-16 units',
    edit: (s) => (s.title = '🕊️ Talks\u202d'),
    path: 'title',
    message: 'contains U+202D (left-to-right override) at character 9',
  },
  {
    name: 'rejects an actor id with an accent, even in NFC form',
    edit: (s) => (s.actors[2].id = 'caf\u00e9'),
    path: 'actors[2].id',
    message: 'expected an id',
  },
];

test.each(named(limitAndHazardCases))('validateStory() %s', (_name, { edit, path, message }) => {
  const input = draft();
  edit(input);
  const result = validateStory(input);
  expect(result.ok ? [] : result.errors).toEqual([
    { path, message: expect.stringContaining(message) },
  ]);
});

test('validateStory() normalises display text to NFC', () => {
  const input = draft();
  input.actors[0].name = 'Cafe\u0301 Owner';
  input.positions[0].evidence[0].text = 'Zu\u0308rich';
  const story = validStory(input);
  expect(story.actors[0]?.name).toBe('Caf\u00e9 Owner');
  expect(story.positions[0]?.evidence[0]?.text).toBe('Z\u00fcrich');
});

test('validateStory() accepts a 200 × 200 benchmark story with two quotes per position and histories', () => {
  const actors = many(200, (i) => ({
    id: `actor-${i}`,
    name: `Actor number ${i}`,
    group: `Bloc ${i % 7}`,
  }));
  const issues = many(200, (i) => ({ id: `issue-${i}`, label: `Issue number ${i}` }));
  const evidence = (i: number) =>
    many(2, (j) => ({
      text: `Quote ${j} behind position ${i}, long enough to look like a real sentence from an article.`,
      kind: 'direct',
      speaker: `actor-${i % 200}`,
      source: `source-${i % 50}`,
      said: '2025-08-01',
    }));
  const position = (i: number, asOf: string) => ({
    actor: `actor-${i % 200}`,
    issue: `issue-${Math.floor(i / 200) % 200}`,
    stance: ['supports', 'opposes', 'conditional', 'unclear'][i % 4],
    asOf,
    summary: `A neutral one-sentence summary of position ${i}, as a newsroom would write it.`,
    confidence: 'high',
    evidence: evidence(i),
  });
  const input = {
    schemaVersion: 1,
    id: 'benchmark',
    title: 'Benchmark',
    updated: '2025-08-20',
    actors,
    issues,
    sources: many(50, (i) => ({
      id: `source-${i}`,
      outlet: `Outlet ${i}`,
      url: `https://example.com/${i}`,
    })),
    positions: [
      ...many(40_000, (i) => position(i, '2025-08-01')),
      ...many(4_000, (i) => position(i * 10, '2025-08-10')),
    ],
  };
  const started = performance.now();
  const result = validateStory(input);
  expect(result.ok ? [] : result.errors).toEqual([]);
  expect(result.warnings).toEqual([]);
  expect(performance.now() - started).toBeLessThan(15_000);
  expect(Buffer.byteLength(JSON.stringify(input, null, 2))).toBeLessThan(STORY_LIMITS.fileBytes);
}, 30_000);

/** `depth` arrays nested inside one another, built without recursion. */
function nestedArrays(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

test.each([
  ['an unknown field', (s: Draft, junk: unknown) => (s.junk = junk), 'junk', 'unknown field'],
  [
    'the positions list',
    (s: Draft, junk: unknown) => (s.positions = [junk]),
    'positions[0]',
    'expected an object',
  ],
  [
    'an actor name',
    (s: Draft, junk: unknown) => (s.actors[0].name = junk),
    'actors[0].name',
    'expected a non-empty string',
  ],
  [
    'the evidence list',
    (s: Draft, junk: unknown) => (s.positions[0].evidence = junk),
    'positions[0].evidence[0]',
    'expected an object',
  ],
])(
  'validateStory() rejects 100 000 nested arrays in %s quickly, without recursing into them',
  (_where, place, path, message) => {
    const input = draft();
    place(input, nestedArrays(100_000));
    const started = performance.now();
    const result = validateStory(input);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.ok ? [] : result.errors).toContainEqual({ path, message });
  },
);

test('validateStory() lists at most 1 000 errors and counts the rest', () => {
  const input = draft();
  for (let i = 0; i < 1_500; i++) input[`junk${i}`] = i;
  const result = validateStory(input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors).toHaveLength(1_001);
  expect(result.errors.at(-1)).toEqual({ path: '(root)', message: 'and 500 more errors' });
});

// ---------------------------------------------------------------------------------------------
// The validator follows STORY_SPEC

/** A draft that uses every object kind, and where one of each lives in it. */
function fullDraft(): Draft {
  const s = draft();
  s.stances = [
    { id: 'supports', label: 'Yes' },
    { id: 'opposes', label: 'No' },
  ];
  s.corrections = [{ date: '2025-08-18', text: 'Fixed.' }];
  return s;
}
const WHERE: Record<ObjectName, string> = {
  story: '(root)',
  stance: 'stances[0]',
  actor: 'actors[0]',
  issue: 'issues[0]',
  source: 'sources[0]',
  position: 'positions[0]',
  evidence: 'positions[0].evidence[0]',
  correction: 'corrections[0]',
};
function objectAt(s: Draft, path: string): Draft {
  if (path === '(root)') return s;
  return path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .reduce((o, k) => o[k], s);
}
const specFields = Object.entries(STORY_SPEC).flatMap(([object, spec]) =>
  Object.entries(spec.fields).map(([field, f]) => ({
    label: `${object}.${field}`,
    where: WHERE[object as ObjectName],
    field,
    required: 'required' in f && f.required === true,
  })),
);

test.each(specFields.filter((f) => f.required).map((f) => [f.label, f] as const))(
  'validateStory() reports STORY_SPEC required field %s when it is missing',
  (_label, { where, field }) => {
    const input = fullDraft();
    delete objectAt(input, where)[field];
    const result = validateStory(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain(childPath(where, field));
  },
);

test.each(Object.entries(WHERE))(
  'validateStory() accepts only the fields STORY_SPEC lists for a %s',
  (object, where) => {
    const input = fullDraft();
    objectAt(input, where).notInTheSpec = 1;
    const result = validateStory(input);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: childPath(where, 'notInTheSpec'), message: 'unknown field' },
    ]);
    expect(Object.keys(STORY_SPEC[object as ObjectName].fields)).not.toContain('notInTheSpec');
  },
);

test('validateStory() lets every optional field in STORY_SPEC be left out', () => {
  const input = fullDraft();
  for (const { where, field, required } of [...specFields].reverse()) {
    if (!required) delete objectAt(input, where)[field];
  }
  expect(validateStory(input).ok).toBe(true);
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

test('validateStory() warns when a story’s own stance colours cannot be told apart', () => {
  const story = draft();
  story.stances = [
    { id: 'supports', label: 'Yes', color: '#1d5a96' },
    { id: 'opposes', label: 'No', color: '#1e5b97' },
  ];
  const result = validateStory(story);
  expect(result.ok).toBe(true);
  expect(result.warnings.some((w) => /^stances\[\d\]\.color$/.test(w.path))).toBe(true);
});
