/**
 * Turns an editor's sheet (CSV) or Google Doc (ArchieML) into a story file.
 *
 *   npm run import -- <file.csv|file.aml> [--out data/<id>.json] [--force]
 *
 * Without --out it writes data/<id>.json and refuses to replace a file that is already there
 * unless --force is given. On any problem it writes nothing, prints one problem per line
 * (`file: row 7, column "stance": …`) and exits with status 1.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importArchieml } from '../src/lib/import/archieml';
import { formatProblem, type ImportResult } from '../src/lib/import/build-story';
import { importCsv } from '../src/lib/import/csv';

const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));
const USAGE = 'usage: npm run import -- <file.csv|file.aml> [--out data/<id>.json] [--force]';

function parseArgs(args: string[]) {
  let file: string | undefined;
  let out: string | undefined;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--force') force = true;
    else if (arg === '--out') out = args[++i];
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg.startsWith('-') || file !== undefined) return undefined;
    else file = arg;
  }
  return file === undefined || (args.includes('--out') && !out) ? undefined : { file, out, force };
}

function importFile(file: string): ImportResult | string {
  const text = readFileSync(file, 'utf8');
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return importCsv(text);
  if (['.aml', '.archieml', '.txt'].includes(extension)) return importArchieml(text);
  return `${file}: expected a .csv file (from a spreadsheet) or an .aml or .txt file (ArchieML)`;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    return 1;
  }
  if (!existsSync(args.file)) {
    console.error(`${args.file}: no such file`);
    return 1;
  }
  const result = importFile(args.file);
  if (typeof result === 'string') {
    console.error(result);
    return 1;
  }
  if (!result.ok) {
    for (const problem of result.problems) console.error(`${args.file}: ${formatProblem(problem)}`);
    const count = result.problems.length;
    console.error(`\n${count} problem${count === 1 ? '' : 's'}: nothing was written.`);
    return 1;
  }
  const story = result.story;
  const out = args.out ?? join(DATA_DIR, `${story.id}.json`);
  if (!args.out && existsSync(out) && !args.force) {
    console.error(
      `${relative(process.cwd(), out)} already exists: add --force to replace it, or --out to write elsewhere.`,
    );
    return 1;
  }
  writeFileSync(out, `${JSON.stringify({ $schema: './schema.json', ...story }, null, 2)}\n`);
  console.log(`wrote ${relative(process.cwd(), out)}`);
  if (basename(out) !== `${story.id}.json`) {
    console.warn(
      `note: the story id is "${story.id}"; a story in data/ must be named ${story.id}.json`,
    );
  }
  console.log(`next: keep the source text in data/sources/${story.id}.txt, then npm run validate`);
  return 0;
}

process.exitCode = main();
