/**
 * `npm run validate [files…]`: checks story files (by default every story in data/) and prints
 * each problem as `file:line:column  path  error|warning  message`, errors first, then a summary
 * line. Exits with 1 if any file has an error, 0 if there are only warnings.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findExcessiveNesting, JsonDocument, textPosition } from '../src/lib/json-locate';
import { STORY_LIMITS } from '../src/lib/story-spec';
import { isUnknownFieldError, validateStory } from '../src/lib/validate';
import type { ValidationError } from '../src/lib/types';

type Severity = 'error' | 'warning';

interface Problem {
  line: number;
  column: number;
  path: string;
  severity: Severity;
  message: string;
}

const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

function defaultFiles(): string[] {
  return readdirSync(DATA_DIR)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort()
    .map((name) => join(DATA_DIR, name));
}

const atStart = (path: string, message: string): Problem => ({
  line: 1,
  column: 1,
  path,
  severity: 'error',
  message,
});

/** Every problem in one file, errors before warnings. */
function checkFile(file: string): Problem[] {
  let text: string;
  try {
    const bytes = statSync(file).size;
    if (bytes > STORY_LIMITS.fileBytes) {
      return [
        atStart('(root)', `file too large: ${bytes} bytes (at most ${STORY_LIMITS.fileBytes})`),
      ];
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return [atStart('(root)', `cannot read file: ${(error as Error).message}`)];
  }

  // Checked before any parsing: jsonc-parser, used to find line numbers, recurses per level.
  const tooDeep = findExcessiveNesting(text, STORY_LIMITS.depth);
  if (tooDeep !== undefined) {
    const message = `nested more than ${STORY_LIMITS.depth} levels deep`;
    return [{ ...textPosition(text, tooDeep), path: '(root)', severity: 'error', message }];
  }
  const doc = new JsonDocument(text);
  if (doc.syntaxError) {
    const { offset, message } = doc.syntaxError;
    return [{ ...doc.position(offset), path: '(root)', severity: 'error', message }];
  }

  const result = validateStory(doc.value);
  const located = (severity: Severity) => (problem: ValidationError) => ({
    ...doc.locate(problem.path, isUnknownFieldError(problem) ? 'key' : 'value'),
    path: problem.path,
    severity,
    message: problem.message,
  });
  const errors = result.ok ? [] : result.errors.map(located('error'));
  const expectedId = basename(file, '.json');
  if (result.ok && result.story.id !== expectedId) {
    errors.push(
      located('error')({
        path: 'id',
        message: `"${result.story.id}" must match the file name "${expectedId}"`,
      }),
    );
  }
  return [...errors, ...result.warnings.map(located('warning'))];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function main(args: string[]): number {
  const files = args.length > 0 ? args.map((file) => resolve(file)) : defaultFiles();
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const label = relative(process.cwd(), file) || file;
    for (const p of checkFile(file)) {
      if (p.severity === 'error') errors++;
      else warnings++;
      console.log(`${label}:${p.line}:${p.column}  ${p.path}  ${p.severity}  ${p.message}`);
    }
  }
  console.log(
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files.length, 'file')}`,
  );
  return errors > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
