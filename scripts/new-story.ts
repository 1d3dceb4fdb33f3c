/**
 * Starts a story file with one example of each part, every example clearly marked EXAMPLE.
 *
 *   npm run new -- <id> [--dir <folder>]
 *
 * Writes <folder>/<id>.json (data/ by default) and refuses an id that is not a lowercase slug
 * or a file that already exists. The file passes the validator as it is, so the page can be
 * previewed at once; replace every EXAMPLE before publishing.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoryInput } from '../src/lib/import/build-story';
import { validateStory } from '../src/lib/validate';

const STORY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const USAGE = 'usage: npm run new -- <id> [--dir <folder>]   (id such as ceasefire-talks-2025)';

/** The scaffold for a story id, dated `today` (YYYY-MM-DD). */
export function scaffold(id: string, today: string): StoryInput {
  return {
    $schema: './schema.json',
    schemaVersion: 1,
    id,
    title: 'EXAMPLE: Where the parties stand on …',
    description: 'EXAMPLE: One sentence saying what the grid shows.',
    updated: today,
    language: 'en',
    actors: [
      {
        id: 'example-actor',
        name: 'EXAMPLE Actor Full Name',
        shortName: 'EXAMPLE Actor',
        role: 'EXAMPLE role',
        group: 'EXAMPLE side',
      },
    ],
    issues: [
      {
        id: 'example-issue',
        label: 'EXAMPLE issue',
        question: 'EXAMPLE: Should … ? (a yes/no question the stances answer)',
      },
    ],
    sources: [{ id: 'example-source', outlet: 'EXAMPLE Outlet', title: 'EXAMPLE headline' }],
    positions: [
      {
        actor: 'example-actor',
        issue: 'example-issue',
        stance: 'supports',
        asOf: today,
        summary: 'EXAMPLE: One neutral sentence saying what the actor said or did.',
        confidence: 'high',
        evidence: [
          {
            text: 'EXAMPLE: the words exactly as the source prints them',
            kind: 'direct',
            speaker: 'example-actor',
            source: 'example-source',
            said: today,
          },
        ],
      },
    ],
  };
}

function main(): number {
  const args = process.argv.slice(2);
  const dirAt = args.indexOf('--dir');
  const dir = dirAt >= 0 ? args[dirAt + 1] : fileURLToPath(new URL('../data', import.meta.url));
  const ids = dirAt >= 0 ? args.filter((_, i) => i !== dirAt && i !== dirAt + 1) : args;
  const id = ids[0];
  if (ids.length !== 1 || id === undefined || dir === undefined) {
    console.error(USAGE);
    return 1;
  }
  if (!STORY_ID.test(id)) {
    console.error(
      `"${id}" is not a story id: use lowercase letters and digits joined by single hyphens, such as ceasefire-talks-2025`,
    );
    return 1;
  }
  const file = join(dir, `${id}.json`);
  if (existsSync(file)) {
    console.error(`${relative(process.cwd(), file)} already exists: choose another id.`);
    return 1;
  }
  const story = scaffold(id, new Date().toISOString().slice(0, 10));
  const result = validateStory(story);
  if (!result.ok)
    throw new Error(`the scaffold does not validate: ${JSON.stringify(result.errors)}`);
  writeFileSync(file, `${JSON.stringify(story, null, 2)}\n`);
  console.log(`wrote ${relative(process.cwd(), file)}`);
  console.log(
    `next: replace every EXAMPLE, save the source text as data/sources/${id}.txt, then npm run validate`,
  );
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main();
