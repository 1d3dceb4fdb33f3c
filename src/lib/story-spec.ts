/**
 * The story format's fields, described once. The validator (`validate.ts`) takes each object's
 * allowed keys, required-ness, enums and length and count limits from here, and
 * `storyJsonSchema()` turns the same description into the JSON Schema in `data/schema.json`
 * that gives editors autocompletion. Cross-references, duplicates and dates are checked by hand
 * in `validate.ts`; the schema only approximates those.
 */

/**
 * Hard limits against hostile or runaway input. A 200 actors × 200 issues story with two quotes
 * per position and a few histories (about 45 000 positions, roughly 30 MB) fits well inside them.
 */
export const STORY_LIMITS = {
  /** Largest story file, in bytes, checked before the file is parsed. */
  fileBytes: 64 * 1024 * 1024,
  /** Deepest nesting of arrays and objects in the file text (a valid story needs 5). */
  depth: 64,
  stances: 12,
  actors: 500,
  issues: 500,
  sources: 50_000,
  positions: 250_000,
  evidencePerPosition: 50,
  corrections: 1_000,
  /** Ids of actors, issues, stances and sources, and the story id. */
  idLength: 64,
  /** Names, labels, outlets, roles, groups and the story title. */
  labelLength: 200,
  /** Position summaries, descriptions, questions, source titles and corrections. */
  summaryLength: 2_000,
  /** Evidence text and its original-language version. */
  quoteLength: 5_000,
  methodologyLength: 20_000,
  urlLength: 2_048,
} as const;

export const ID_PATTERN = '^[A-Za-z0-9_-]{1,64}$';
export const STORY_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
export const LANGUAGE_PATTERN = '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$';
export const COLOR_PATTERN = '^#[0-9a-fA-F]{6}$';
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** The names of the objects a story is made of. */
export type ObjectName =
  'story' | 'stance' | 'actor' | 'issue' | 'source' | 'position' | 'evidence' | 'correction';

/**
 * One field. `kind` picks the check: `text` is a non-blank string of at most `maxLength`
 * characters; `ref` is the id of an item of `to`; `list` is an array of `of` objects.
 */
export type FieldSpec = { required?: true; description: string } & (
  | { kind: 'text'; maxLength: number }
  | { kind: 'string' | 'slug' | 'id' | 'date' | 'language' | 'color' | 'url' | 'version' }
  | { kind: 'boolean'; default?: boolean }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'ref'; to: 'actor' | 'issue' | 'stance' | 'source' }
  | { kind: 'list'; of: ObjectName; minItems?: number; maxItems: number }
);

export interface ObjectSpec {
  description: string;
  fields: Record<string, FieldSpec>;
}

const L = STORY_LIMITS;

export const STORY_SPEC = {
  story: {
    description: 'A Standpoint story: where each party to a negotiation stands on each issue.',
    fields: {
      $schema: { kind: 'string', description: 'Path or URL of this JSON Schema, for editors.' },
      schemaVersion: { kind: 'version', required: true, description: 'Format version: 1.' },
      id: {
        kind: 'slug',
        required: true,
        description:
          'The story id, such as "white-house-talks": lowercase letters and digits joined by single hyphens. Must match the file name.',
      },
      title: {
        kind: 'text',
        required: true,
        maxLength: L.labelLength,
        description: 'Headline shown above the grid.',
      },
      description: {
        kind: 'text',
        maxLength: L.summaryLength,
        description: 'One sentence saying what the grid shows.',
      },
      updated: {
        kind: 'date',
        required: true,
        description: 'When the story was last checked against the news (YYYY-MM-DD).',
      },
      language: {
        kind: 'language',
        description: 'Language of the text, such as "en", "fr" or "pt-BR". "en" if left out.',
      },
      stances: {
        kind: 'list',
        of: 'stance',
        minItems: 1,
        maxItems: L.stances,
        description: 'The stance scale, in display order. Leave it out to use the default scale.',
      },
      actors: {
        kind: 'list',
        of: 'actor',
        required: true,
        minItems: 1,
        maxItems: L.actors,
        description: 'The parties, shown as columns in this order.',
      },
      issues: {
        kind: 'list',
        of: 'issue',
        required: true,
        minItems: 1,
        maxItems: L.issues,
        description: 'The questions, shown as rows in this order.',
      },
      sources: {
        kind: 'list',
        of: 'source',
        maxItems: L.sources,
        description: 'The outlets and articles that evidence comes from.',
      },
      positions: {
        kind: 'list',
        of: 'position',
        required: true,
        maxItems: L.positions,
        description:
          'The filled cells. Add a new position with a later asOf when a stance changes; never overwrite one.',
      },
      methodology: {
        kind: 'text',
        maxLength: L.methodologyLength,
        description: 'How stances were coded, in the newsroom’s words.',
      },
      corrections: {
        kind: 'list',
        of: 'correction',
        maxItems: L.corrections,
        description: 'Published corrections, dated.',
      },
    },
  },
  stance: {
    description: 'One value of the stance scale.',
    fields: {
      id: { kind: 'id', required: true, description: 'Short name used in positions.' },
      label: {
        kind: 'text',
        required: true,
        maxLength: L.labelLength,
        description: 'Shown in the legend and the panel: "Supports".',
      },
      description: {
        kind: 'text',
        maxLength: L.summaryLength,
        description: 'What this stance means.',
      },
      ordinal: {
        kind: 'boolean',
        default: true,
        description: 'false for values off the scale, such as "unclear".',
      },
      color: { kind: 'color', description: 'A fill of the story’s own, "#rrggbb".' },
    },
  },
  actor: {
    description: 'A party to the negotiation: one column of the grid.',
    fields: {
      id: {
        kind: 'id',
        required: true,
        description: 'Short name used in positions, such as "zelenskyy".',
      },
      name: {
        kind: 'text',
        required: true,
        maxLength: L.labelLength,
        description: 'Full name as readers should see it: "Volodymyr Zelenskyy".',
      },
      shortName: {
        kind: 'text',
        maxLength: L.labelLength,
        description: 'Shorter name for column headers on phones: "Zelenskyy".',
      },
      role: {
        kind: 'text',
        maxLength: L.labelLength,
        description: 'Their role as the reporting describes it: "Ukrainian President".',
      },
      group: {
        kind: 'text',
        maxLength: L.labelLength,
        description: 'Side or bloc, used to group columns: "Ukraine", "Europe".',
      },
    },
  },
  issue: {
    description: 'A question the parties take positions on: one row of the grid.',
    fields: {
      id: {
        kind: 'id',
        required: true,
        description: 'Short name used in positions, such as "ceasefire-first".',
      },
      label: {
        kind: 'text',
        required: true,
        maxLength: L.labelLength,
        description: 'Short row header, a few words: "Ceasefire first".',
      },
      question: {
        kind: 'text',
        maxLength: L.summaryLength,
        description: 'The full yes/no question the stances answer.',
      },
      group: {
        kind: 'text',
        maxLength: L.labelLength,
        description: 'Heading to group related issues under.',
      },
    },
  },
  source: {
    description: 'An outlet or article that evidence comes from.',
    fields: {
      id: { kind: 'id', required: true, description: 'Short name used in evidence: "cnn".' },
      outlet: {
        kind: 'text',
        required: true,
        maxLength: L.labelLength,
        description: 'Who published it: "CNN".',
      },
      title: {
        kind: 'text',
        maxLength: L.summaryLength,
        description: 'Headline or programme name: "Meet the Press".',
      },
      url: {
        kind: 'url',
        description: 'Link to the piece; must start with http:// or https://. Never invent one.',
      },
      published: { kind: 'date', description: 'Publication date (YYYY-MM-DD), if known.' },
    },
  },
  position: {
    description: 'Where one actor stands on one issue, from one date.',
    fields: {
      actor: { kind: 'ref', to: 'actor', required: true, description: 'Whose position this is.' },
      issue: { kind: 'ref', to: 'issue', required: true, description: 'Which issue it is about.' },
      stance: {
        kind: 'ref',
        to: 'stance',
        required: true,
        description: 'Where they stand, such as "supports" or "opposes".',
      },
      asOf: {
        kind: 'date',
        required: true,
        description: 'The date from which this position holds (YYYY-MM-DD).',
      },
      summary: {
        kind: 'text',
        required: true,
        maxLength: L.summaryLength,
        description: 'One neutral sentence saying what they said or did.',
      },
      confidence: {
        kind: 'enum',
        values: ['high', 'medium', 'low'],
        description: 'high: their own on-record words; medium/low: reported or inferred.',
      },
      evidence: {
        kind: 'list',
        of: 'evidence',
        required: true,
        maxItems: L.evidencePerPosition,
        description: 'The quotes behind the position. Should not be empty in a published story.',
      },
    },
  },
  evidence: {
    description: 'A quote or paraphrase behind a position.',
    fields: {
      text: {
        kind: 'text',
        required: true,
        maxLength: L.quoteLength,
        description: 'The words, verbatim from the source.',
      },
      kind: {
        kind: 'enum',
        values: ['direct', 'reported', 'paraphrase'],
        required: true,
        description:
          'direct: the actor’s own words; reported: someone else’s words (needs a speaker); paraphrase: the outlet’s wording.',
      },
      speaker: { kind: 'ref', to: 'actor', description: 'Actor id of whoever said these words.' },
      source: { kind: 'ref', to: 'source', description: 'Source id.' },
      said: { kind: 'date', description: 'Date the words were said (YYYY-MM-DD).' },
      original: {
        kind: 'text',
        maxLength: L.quoteLength,
        description: 'The words as originally said, when text is a translation.',
      },
      originalLanguage: {
        kind: 'language',
        description: 'Language tag of original, such as "uk"; required with it.',
      },
    },
  },
  correction: {
    description: 'A published correction, dated.',
    fields: {
      date: { kind: 'date', required: true, description: 'Date of the correction (YYYY-MM-DD).' },
      text: {
        kind: 'text',
        required: true,
        maxLength: L.summaryLength,
        description: 'What was corrected.',
      },
      actor: { kind: 'ref', to: 'actor', description: 'Pins the correction to this actor’s cell.' },
      issue: { kind: 'ref', to: 'issue', description: 'Pins the correction to this issue’s row.' },
    },
  },
} as const satisfies Record<ObjectName, ObjectSpec>;

export type StorySpec = typeof STORY_SPEC;

// ---------------------------------------------------------------------------------------------
// JSON Schema

type JsonSchema = Record<string, unknown>;

function fieldSchema(field: FieldSpec): JsonSchema {
  const about = { description: field.description };
  switch (field.kind) {
    case 'text':
      return { type: 'string', minLength: 1, maxLength: field.maxLength, pattern: '\\S', ...about };
    case 'string':
      return { type: 'string', ...about };
    case 'slug':
      return { type: 'string', maxLength: L.idLength, pattern: STORY_ID_PATTERN, ...about };
    case 'id':
      return { type: 'string', pattern: ID_PATTERN, ...about };
    case 'ref':
      return { type: 'string', pattern: ID_PATTERN, ...about };
    case 'date':
      return { type: 'string', format: 'date', pattern: DATE_PATTERN, ...about };
    case 'language':
      return { type: 'string', pattern: LANGUAGE_PATTERN, ...about };
    case 'color':
      return { type: 'string', pattern: COLOR_PATTERN, ...about };
    case 'url':
      return {
        type: 'string',
        format: 'uri',
        maxLength: L.urlLength,
        pattern: '^[Hh][Tt][Tt][Pp][Ss]?://',
        ...about,
      };
    case 'version':
      return { const: 1, ...about };
    case 'boolean':
      return field.default === undefined
        ? { type: 'boolean', ...about }
        : { type: 'boolean', default: field.default, ...about };
    case 'enum':
      return { enum: [...field.values], ...about };
    case 'list':
      return {
        type: 'array',
        items: { $ref: `#/$defs/${field.of}` },
        ...(field.minItems === undefined ? {} : { minItems: field.minItems }),
        maxItems: field.maxItems,
        ...about,
      };
  }
}

function objectSchema(spec: ObjectSpec): JsonSchema {
  const entries = Object.entries(spec.fields);
  return {
    type: 'object',
    description: spec.description,
    properties: Object.fromEntries(entries.map(([key, field]) => [key, fieldSchema(field)])),
    required: entries.filter(([, field]) => field.required).map(([key]) => key),
    additionalProperties: false,
  };
}

/** The JSON Schema (draft 2020-12) of a story file, as written to `data/schema.json`. */
export function storyJsonSchema(): JsonSchema {
  const { story, ...parts } = STORY_SPEC;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Standpoint story',
    ...objectSchema(story),
    $defs: Object.fromEntries(
      Object.entries(parts).map(([name, spec]) => [name, objectSchema(spec)]),
    ),
  };
}
