/**
 * Reads a story from ArchieML, the `key: value` format newsrooms write in Google Docs (copy the
 * doc's text, or File → Download → Plain text). The layout, documented in data/README.md and
 * filled in by data/templates/story-template.aml, mirrors the CSV sheet: the story's own keys at
 * the top, then `[stances]`, `[actors]`, `[issues]`, `[evidence]` and `[corrections]` lists whose
 * items use the same names as the sheet's records. Lines that are not `key: value` are ignored,
 * so instructions can sit between them. ArchieML keeps no line numbers, so problems name the list
 * item and key: `[evidence] item 3, key "stance"`.
 */
import archieml from 'archieml';
import {
  buildStory,
  RECORD_FIELDS,
  type ImportProblem,
  type ImportResult,
  type RecordKind,
  type SheetRecord,
} from './build-story';

const LISTS = {
  stances: 'stance',
  actors: 'actor',
  issues: 'issue',
  evidence: 'evidence',
  corrections: 'correction',
} as const satisfies Record<string, RecordKind>;

type ListName = keyof typeof LISTS;
const quote = (value: string): string => JSON.stringify(value);
const keyPlace = (key: string) => `key ${quote(key)}`;

/** Parses an ArchieML story document. Never throws. */
export function importArchieml(text: string): ImportResult {
  let doc: Record<string, unknown>;
  try {
    doc = archieml.load(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [{ place: 'the document', message: String(error) }] };
  }
  const problems: ImportProblem[] = [];

  const storyValues = new Map<string, string>();
  for (const [key, value] of Object.entries(doc)) {
    if (key in LISTS) continue;
    if (!RECORD_FIELDS.story.includes(key)) {
      problems.push({ place: keyPlace(key), message: unknownKey(RECORD_FIELDS.story) });
    } else if (typeof value !== 'string') {
      problems.push({ place: keyPlace(key), message: 'expected text after the colon' });
    } else if (value.trim() !== '') storyValues.set(key, value.trim());
  }
  const story: SheetRecord = {
    kind: 'story',
    values: storyValues,
    at: (field) => (field === undefined ? 'the story' : keyPlace(field)),
  };

  const list = (name: ListName): SheetRecord[] => {
    const value = Object.hasOwn(doc, name) ? doc[name] : [];
    const kind = LISTS[name];
    if (!Array.isArray(value)) {
      problems.push({ place: `[${name}]`, message: `expected a list: [${name}] … []` });
      return [];
    }
    const records: SheetRecord[] = [];
    value.forEach((item: unknown, index) => {
      const at = (field?: string) =>
        `[${name}] item ${index + 1}${field === undefined ? '' : `, ${keyPlace(field)}`}`;
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        problems.push({ place: at(), message: 'expected `key: value` lines, not `* ` bullets' });
        return;
      }
      const values = new Map<string, string>();
      for (const [key, field] of Object.entries(item)) {
        if (!RECORD_FIELDS[kind].includes(key)) {
          problems.push({ place: at(key), message: unknownKey(RECORD_FIELDS[kind]) });
        } else if (typeof field !== 'string') {
          problems.push({ place: at(key), message: 'expected text after the colon' });
        } else if (field.trim() !== '') values.set(key, field.trim());
      }
      records.push({ kind, values, at });
    });
    return records;
  };

  const result = buildStory(
    {
      story,
      stances: list('stances'),
      actors: list('actors'),
      issues: list('issues'),
      corrections: list('corrections'),
      evidence: list('evidence'),
    },
    {
      whole: 'the document',
      howToAdd: (kind) => `an [${listName(kind)}] list with at least one item`,
    },
  );
  if (problems.length === 0) return result;
  return { ok: false, problems: [...problems, ...(result.ok ? [] : result.problems)] };
}

function listName(kind: RecordKind): string {
  return Object.entries(LISTS).find(([, value]) => value === kind)?.[0] ?? kind;
}

function unknownKey(known: readonly string[]): string {
  return `unknown key: use one of ${known.join(', ')}`;
}
