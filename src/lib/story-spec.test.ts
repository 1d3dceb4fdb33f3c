import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { STORY_SPEC, storyJsonSchema } from './story-spec';

test('storyJsonSchema() matches data/schema.json (run `npm run schema` after changing the spec)', () => {
  const committed: unknown = JSON.parse(
    readFileSync(new URL('../../data/schema.json', import.meta.url), 'utf8'),
  );
  expect(committed).toEqual(storyJsonSchema());
});

test('storyJsonSchema() is a closed draft 2020-12 schema with a definition per object', () => {
  const schema = storyJsonSchema();
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.additionalProperties).toBe(false);
  expect(Object.keys(schema.$defs as object).sort()).toEqual(
    Object.keys(STORY_SPEC)
      .filter((name) => name !== 'story')
      .sort(),
  );
});

test('storyJsonSchema() marks the fields STORY_SPEC requires as required', () => {
  const schema = storyJsonSchema() as {
    required: string[];
    $defs: Record<string, { required: string[] }>;
  };
  expect(schema.required).toEqual([
    'schemaVersion',
    'id',
    'title',
    'updated',
    'actors',
    'issues',
    'positions',
  ]);
  expect(schema.$defs.evidence?.required).toEqual(['text', 'kind']);
});

test('STORY_SPEC describes every field, for editor tooltips', () => {
  for (const spec of Object.values(STORY_SPEC)) {
    for (const field of Object.values(spec.fields)) expect(field.description).not.toBe('');
  }
});
