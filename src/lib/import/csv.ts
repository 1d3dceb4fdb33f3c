/**
 * Reads a story from one spreadsheet saved as CSV (Google Sheets: File → Download → CSV; Excel:
 * Save As → CSV UTF-8). The layout is documented in data/README.md and filled in by
 * data/templates/story-template.csv: one header row, then one row per record, the `record`
 * column saying what the row is (`story`, `stance`, `actor`, `issue`, `correction`, or
 * `evidence` — a blank `record` also means evidence). Problems name the row as the editor sees it
 * in the sheet (the header is row 1) and the column by its header.
 */
import Papa from 'papaparse';
import {
  buildStory,
  RECORD_FIELDS,
  type ImportProblem,
  type ImportResult,
  type RecordKind,
  type SheetRecord,
  type SheetRecords,
} from './build-story';

/** Which sheet column fills which field, for each kind of row. */
export const CSV_COLUMNS: Readonly<Record<RecordKind, Readonly<Record<string, string>>>> = {
  story: {
    id: 'id',
    name: 'title',
    description: 'description',
    date: 'updated',
    language: 'language',
    methodology: 'methodology',
  },
  stance: {
    id: 'id',
    name: 'label',
    description: 'description',
    ordinal: 'ordinal',
    color: 'color',
  },
  actor: { id: 'id', name: 'name', short_name: 'short_name', role: 'role', group: 'group' },
  issue: { id: 'id', name: 'label', description: 'question', group: 'group' },
  correction: { date: 'date', description: 'text', actor: 'actor', issue: 'issue' },
  // Evidence columns are named as the record fields themselves.
  evidence: Object.fromEntries(RECORD_FIELDS.evidence.map((field) => [field, field])),
};

/** Every column the sheet may have, in the template's order. `notes` is never read. */
export const CSV_HEADER: readonly string[] = [
  'record',
  'id',
  'name',
  'short_name',
  'role',
  'group',
  'description',
  'date',
  'actor',
  'issue',
  'stance',
  'as_of',
  'summary',
  'confidence',
  'quote',
  'kind',
  'speaker',
  'said',
  'outlet',
  'title',
  'url',
  'published',
  'original',
  'original_language',
  'language',
  'methodology',
  'ordinal',
  'color',
  'notes',
];

const KINDS: readonly RecordKind[] = [
  'story',
  'stance',
  'actor',
  'issue',
  'correction',
  'evidence',
];
const quote = (value: string): string => JSON.stringify(value);

/** `As of ` → `as_of`: headers are matched ignoring case, spaces and hyphens. */
function columnKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Parses a CSV story sheet. Never throws. */
export function importCsv(text: string): ImportResult {
  const place = (row: number, column?: string) =>
    column === undefined ? `row ${row}` : `row ${row}, column ${quote(column)}`;
  if (text.includes('\uFFFD')) {
    return fail('the sheet', 'is not saved as UTF-8: in Excel use Save As → "CSV UTF-8"');
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t'],
  });
  const problems = parsed.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({
      place: error.row === undefined ? 'the sheet' : place(error.row + 1),
      message: error.message,
    }));
  const rows = parsed.data;
  const header = (rows[0] ?? []).map(columnKey);
  if (header.every((name) => name === '')) return fail('row 1', 'the header row is empty');

  // The header: which column holds which name
  const columnIndex = new Map<string, number>();
  header.forEach((name, index) => {
    if (name === '') return;
    const column = place(1, rows[0]?.[index]?.trim() ?? name);
    if (!CSV_HEADER.includes(name)) {
      const near = CSV_HEADER.find((known) => editDistance(name, known) <= 2);
      const hint = near === undefined ? '' : ` (did you mean ${quote(near)}?)`;
      problems.push({ place: column, message: `unknown column${hint}` });
    } else if (columnIndex.has(name)) {
      problems.push({ place: column, message: 'this column appears twice' });
    } else columnIndex.set(name, index);
  });

  const records: Omit<SheetRecords, 'story'> & { story: SheetRecord[] } = {
    story: [],
    stances: [],
    actors: [],
    issues: [],
    corrections: [],
    evidence: [],
  };
  const listFor: Record<RecordKind, SheetRecord[]> = {
    story: records.story,
    stance: records.stances,
    actor: records.actors,
    issue: records.issues,
    correction: records.corrections,
    evidence: records.evidence,
  };

  rows.slice(1).forEach((cells, index) => {
    const row = index + 2;
    const cell = (column: string) => {
      const at = columnIndex.get(column);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    const filled = [...columnIndex.keys()].filter((c) => c !== 'notes' && cell(c) !== '');
    if (filled.length === 0) return;
    const recordText = cell('record').toLowerCase() || 'evidence';
    const kind = KINDS.find((c) => c === recordText || `${c}s` === recordText);
    if (kind === undefined) {
      const message = `${quote(cell('record'))} is not a kind of row (${KINDS.join(', ')})`;
      problems.push({ place: place(row, 'record'), message });
      return;
    }
    const columns = CSV_COLUMNS[kind];
    const values = new Map<string, string>();
    for (const column of filled) {
      if (column === 'record') continue;
      const field = columns[column];
      if (field === undefined) {
        const message = `is not used in ${quote(kind)} rows: move it to the right row or clear it`;
        problems.push({ place: place(row, column), message });
      } else values.set(field, cell(column));
    }
    const columnOf = new Map(Object.entries(columns).map(([column, field]) => [field, column]));
    listFor[kind].push({
      kind,
      values,
      at: (field) => place(row, field === undefined ? undefined : (columnOf.get(field) ?? field)),
    });
  });

  const [story, ...extra] = records.story;
  for (const record of extra) {
    problems.push({ place: record.at(), message: 'a second "story" row: keep only one' });
  }
  if (story === undefined) {
    problems.push({
      place: 'the sheet',
      message: 'has no story row: add a row whose "record" is "story", with its id, name and date',
    });
  }
  const result = story && buildStory({ ...records, story }, wording);
  if (result?.ok && problems.length === 0) return result;
  problems.push(...(result && !result.ok ? result.problems : []));
  return { ok: false, problems: sortByRow(problems) };
}

/** Problems in the order of the sheet: whole-sheet ones first, then by row. */
function sortByRow(problems: ImportProblem[]): ImportProblem[] {
  const row = (problem: ImportProblem) => Number(/^row (\d+)/.exec(problem.place)?.[1] ?? 0);
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => row(a.problem) - row(b.problem) || a.index - b.index)
    .map(({ problem }) => problem);
}

const wording = {
  whole: 'the sheet',
  howToAdd: (kind: RecordKind) => `a row whose "record" is ${quote(kind)}`,
};

function fail(place: string, message: string): ImportResult {
  return { ok: false, problems: [{ place, message }] };
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
