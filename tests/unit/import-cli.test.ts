/**
 * The editors' commands, run as an editor runs them: `npx tsx scripts/import.ts …` and
 * `npx tsx scripts/new-story.ts …` in a child process, on files in a temporary folder.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { validateStory } from '../../src/lib/validate';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'standpoint-import-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(script: string, args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile('npx', ['tsx', script, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

function csvFile(name: string, storyId: string, stance: string): string {
  const file = join(temp, name);
  const rows = [
    'record,id,name,date,actor,issue,stance,as_of,summary,quote,kind',
    `story,${storyId},A story,2025-08-17`,
    'actor,kyiv,Ukraine’s president',
    'issue,ceasefire,Ceasefire first',
    `evidence,,,,kyiv,ceasefire,${stance},2025-08-15,Backs it.,"Words, with a comma",paraphrase`,
  ];
  writeFileSync(file, `\uFEFF${rows.join('\r\n')}\r\n`);
  return file;
}

describe('npm run import', { timeout: 30_000 }, () => {
  test('writes a valid story with $schema first to --out', async () => {
    const out = join(temp, 'cli-story.json');
    const { code } = await run('scripts/import.ts', [
      csvFile('good.csv', 'cli-story', 'supports'),
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('{\n  "$schema": "./schema.json",\n  "schemaVersion": 1,')).toBe(true);
    expect(validateStory(JSON.parse(text)).ok).toBe(true);
  });

  test('imports the ArchieML template', async () => {
    const out = join(temp, 'example-talks.json');
    const { code } = await run('scripts/import.ts', [
      'data/templates/story-template.aml',
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    expect(validateStory(JSON.parse(readFileSync(out, 'utf8'))).ok).toBe(true);
  });

  test('prints each problem with its row and column, writes nothing and exits 1', async () => {
    const out = join(temp, 'bad.json');
    const file = csvFile('bad.csv', 'bad-story', 'maybee');
    const { code, stderr } = await run('scripts/import.ts', [file, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${file}: row 5, column "stance": "maybee" is not a stance (supports, conditional, unclear, opposes)`,
    );
    expect(existsSync(out)).toBe(false);
  });

  test('refuses to overwrite a story in data/ without --force', async () => {
    const file = csvFile('clash.csv', 'white-house-talks', 'supports');
    const { code, stdout, stderr } = await run('scripts/import.ts', [file]);
    expect(code).toBe(1);
    expect(stderr).toContain('data/white-house-talks.json already exists: add --force');
    expect(stdout).not.toContain('wrote');
  });
});

describe('npm run new', { timeout: 30_000 }, () => {
  test('scaffolds a story that validates, with $schema first and EXAMPLE text', async () => {
    const { code } = await run('scripts/new-story.ts', ['my-new-story', '--dir', temp]);
    expect(code).toBe(0);
    const text = readFileSync(join(temp, 'my-new-story.json'), 'utf8');
    const story = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(story)[0]).toBe('$schema');
    expect(text).toContain('EXAMPLE');
    const result = validateStory(story);
    expect(result.ok && result.story.id).toBe('my-new-story');
  });

  test.each([
    ['a bad id', ['Not_A_Slug'], 'is not a story id'],
    ['an existing file', ['white-house-talks'], 'already exists'],
  ])('refuses %s', async (_name, args, message) => {
    const { code, stderr } = await run('scripts/new-story.ts', args);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
  });
});
