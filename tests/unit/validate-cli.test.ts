/**
 * Runs `scripts/validate.ts` as `npm run validate` does and checks what it prints and its exit
 * code, on the files in tests/fixtures/broken/ and on files written to a temporary folder (invalid
 * JSON and hostile files, which the formatter check could not keep in the repository).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test, vi } from 'vitest';
import { STORY_LIMITS } from '../../src/lib/story-spec';

// Each test starts Node and tsx: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BROKEN = 'tests/fixtures/broken';
const temp = mkdtempSync(join(tmpdir(), 'standpoint-validate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function validate(...files: string[]): { lines: string[]; status: number | null } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.stderr).toBe('');
  return { lines: run.stdout.trimEnd().split('\n'), status: run.status };
}

/** Writes `text` to a temporary file and returns its path as the CLI prints it. */
function tempFile(name: string, text: string): string {
  const file = join(temp, name);
  writeFileSync(file, text);
  return relative(ROOT, file);
}

test('npm run validate prints errors, then warnings, each at its line and column, and exits 1', () => {
  const file = `${BROKEN}/broken-story.json`;
  expect(validate(file)).toEqual({
    status: 1,
    lines: [
      `${file}:7:22  actors[0].nmae  error  unknown field (did you mean "name"?)`,
      `${file}:7:5  actors[0].name  error  expected a non-empty string`,
      `${file}:8:30  actors[1].name  error  contains U+202E (right-to-left override) at character 10`,
      `${file}:13:16  positions[0].actor  error  no actor "trumpp"`,
      `${file}:20:5  positions[1].summary  error  expected a non-empty string`,
      `${file}:18:20  positions[0].evidence[0].speaker  warning  direct quote has no speaker`,
      `${file}:25:19  positions[1].evidence  warning  no evidence: readers will see a position with nothing behind it`,
      `${file}:7:13  actors[0].id  warning  actor "trump" has no positions`,
      `${file}:24:15  positions[1].asOf  warning  2025-08-25 is after the story's updated date (2025-08-20)`,
      '5 errors, 4 warnings in 1 file',
    ],
  });
});

test('npm run validate exits 0 when a file has only warnings', () => {
  const { lines, status } = validate(`${BROKEN}/warnings-only.json`);
  expect(status).toBe(0);
  expect(lines.at(-1)).toBe('0 errors, 3 warnings in 1 file');
  expect(lines).toContain(
    `${BROKEN}/warnings-only.json:11:23  sources[0].id  warning  no evidence cites source "ap"`,
  );
});

test('npm run validate reports a story id that does not match the file name', () => {
  expect(validate(`${BROKEN}/wrong-name.json`)).toEqual({
    status: 1,
    lines: [
      `${BROKEN}/wrong-name.json:3:9  id  error  "another-name" must match the file name "wrong-name"`,
      '1 error, 0 warnings in 1 file',
    ],
  });
});

test('npm run validate totals the problems of several files', () => {
  const { lines, status } = validate(`${BROKEN}/warnings-only.json`, `${BROKEN}/wrong-name.json`);
  expect(status).toBe(1);
  expect(lines.at(-1)).toBe('1 error, 3 warnings in 2 files');
});

test('npm run validate checks every story in data/ when given no files', () => {
  const { lines } = validate();
  expect(lines.at(-1)).toMatch(/^\d+ errors?, \d+ warnings? in \d+ files?$/);
  expect(lines.slice(0, -1).every((line) => line.startsWith('data/'))).toBe(true);
  expect(lines.join('\n')).not.toContain('schema.json');
});

test.each([
  [
    'a missing comma',
    '{\n  "schemaVersion": 1\n  "id": "x"\n}',
    '3:3',
    'not valid JSON: expected ","',
  ],
  [
    'a trailing comma',
    '{\n  "schemaVersion": 1,\n}\n',
    '3:1',
    'not valid JSON: expected a field name',
  ],
  [
    'a comment',
    '{\n  "id": "x" // note\n}',
    '2:13',
    'not valid JSON: comments are not allowed in JSON',
  ],
  ['an empty file', '', '1:1', 'not valid JSON'],
])(
  'npm run validate reports %s at the line and column of the syntax error',
  (_name, text, at, message) => {
    const file = tempFile('syntax.json', text);
    const { lines, status } = validate(file);
    expect(status).toBe(1);
    expect(lines[0]).toMatch(new RegExp(`^${file}:${at}  \\(root\\)  error  `));
    expect(lines[0]).toContain(message);
    expect(lines[1]).toBe('1 error, 0 warnings in 1 file');
  },
);

test('npm run validate rejects 100 000 nested arrays at the first level too deep, quickly', () => {
  const depth = 100_000;
  const file = tempFile('deep.json', `{"junk": ${'['.repeat(depth)}${']'.repeat(depth)}}`);
  const started = performance.now();
  const { lines, status } = validate(file);
  expect(performance.now() - started).toBeLessThan(20_000);
  expect(status).toBe(1);
  expect(lines[0]).toBe(
    `${file}:1:${10 + STORY_LIMITS.depth - 1}  (root)  error  nested more than ${STORY_LIMITS.depth} levels deep`,
  );
});

test('npm run validate refuses a file over the size limit without reading it', () => {
  const file = tempFile('huge.json', '');
  truncateSync(join(ROOT, file), STORY_LIMITS.fileBytes + 1); // sparse: takes no disk space
  const { lines, status } = validate(file);
  expect(status).toBe(1);
  expect(lines[0]).toBe(
    `${file}:1:1  (root)  error  file too large: ${STORY_LIMITS.fileBytes + 1} bytes (at most ${STORY_LIMITS.fileBytes})`,
  );
});

test('npm run validate reports a file it cannot read', () => {
  const { lines, status } = validate(`${BROKEN}/no-such-file.json`);
  expect(status).toBe(1);
  expect(lines[0]).toContain(
    `${BROKEN}/no-such-file.json:1:1  (root)  error  cannot read file: ENOENT`,
  );
});
