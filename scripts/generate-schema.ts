/**
 * `npm run schema`: writes `data/schema.json`, the JSON Schema of a story file, from the field
 * descriptions in src/lib/story-spec.ts. Story files point at it with `"$schema": "./schema.json"`
 * so that editors such as VS Code autocomplete and explain every field. A unit test fails when the
 * committed file and the spec drift apart.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { storyJsonSchema } from '../src/lib/story-spec';

const target = fileURLToPath(new URL('../data/schema.json', import.meta.url));
const options = (await resolveConfig(target)) ?? {};
const text = await format(JSON.stringify(storyJsonSchema()), { ...options, filepath: target });
writeFileSync(target, text);
console.log(`wrote ${target}`);
