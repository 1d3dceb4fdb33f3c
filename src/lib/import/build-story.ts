/**
 * Turns the records an editor filled in (a sheet's rows or an ArchieML document's items) into a
 * story file, or into a list of problems that each name the place the editor has to fix, such as
 * `row 7, column "stance"`. Both importers (csv.ts, archieml.ts) share it, so a sheet and a doc
 * follow the same rules: one record per piece of evidence, records of the same actor, issue and
 * `as_of` make one position, and sources are gathered from the evidence and given ids.
 */
import { isIsoDate } from '../dates';
import { DEFAULT_STANCES } from '../default-stances';
import type { Actor, Correction, Evidence, Issue, Position, Source, Stance } from '../types';
import { validateStory } from '../validate';

/** The story as written to `data/<id>.json`: defaults (stances, language) are left out. */
export interface StoryInput {
  $schema?: string;
  schemaVersion: 1;
  id: string;
  title: string;
  description?: string;
  updated: string;
  language?: string;
  stances?: (Omit<Stance, 'ordinal'> & { ordinal?: boolean })[];
  actors: Actor[];
  issues: Issue[];
  sources?: Source[];
  positions: Position[];
  methodology?: string;
  corrections?: Correction[];
}

export type RecordKind = 'story' | 'stance' | 'actor' | 'issue' | 'correction' | 'evidence';

/** The fields each kind of record may fill, by the names both importers use. */
export const RECORD_FIELDS: Readonly<Record<RecordKind, readonly string[]>> = {
  story: ['id', 'title', 'description', 'updated', 'language', 'methodology'],
  stance: ['id', 'label', 'description', 'ordinal', 'color'],
  actor: ['id', 'name', 'short_name', 'role', 'group'],
  issue: ['id', 'label', 'question', 'group'],
  correction: ['date', 'text', 'actor', 'issue'],
  evidence: [
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
  ],
};

/** One record as an importer read it. */
export interface SheetRecord {
  kind: RecordKind;
  /** Trimmed, non-empty values by field name; blank fields are absent. */
  values: ReadonlyMap<string, string>;
  /** Where the record (or one of its fields) is, in the editor's terms: `row 7, column "stance"`. */
  at(field?: string): string;
}

/** Everything an importer found, by kind; `story` holds the story's own fields. */
export interface SheetRecords {
  story: SheetRecord;
  stances: SheetRecord[];
  actors: SheetRecord[];
  issues: SheetRecord[];
  corrections: SheetRecord[];
  evidence: SheetRecord[];
}

/** Something the editor has to fix: where it is and what is wrong. */
export interface ImportProblem {
  place: string;
  message: string;
}

export type ImportResult =
  { ok: true; story: StoryInput } | { ok: false; problems: ImportProblem[] };

/** How an importer names things in its messages. */
export interface Wording {
  /** The whole input: `the sheet`, `the document`. */
  whole: string;
  /** How to add a record of a kind: `a row whose "record" is "actor"`, `an [actors] list`. */
  howToAdd(kind: RecordKind): string;
}

/** `place: message`, one problem per line of output. */
export function formatProblem(problem: ImportProblem): string {
  return `${problem.place}: ${problem.message}`;
}

const CONFIDENCES = ['high', 'medium', 'low'];
const KINDS = ['direct', 'reported', 'paraphrase'];
const EVIDENCE_ONLY = RECORD_FIELDS.evidence.slice(6);
const quote = (value: string): string => JSON.stringify(value);

/** Field names in the story format, by the importers' field names where they differ. */
const JSON_NAMES: Record<string, string> = {
  short_name: 'shortName',
  as_of: 'asOf',
  quote: 'text',
  outlet: 'source',
  original_language: 'originalLanguage',
};

/** A lowercase id made from free text: `Fox News` → `fox-news`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
}

function listOf(values: Iterable<string>, limit = 8): string {
  const all = [...values];
  const shown = all.slice(0, limit).join(', ');
  return all.length > limit ? `${shown}, …` : shown;
}

interface Built {
  position: Position;
  records: SheetRecord[];
  /** The record behind each piece of evidence, in order. */
  evidenceRecords: SheetRecord[];
}

/** Builds and validates the story; never throws and never modifies `records`. */
export function buildStory(records: SheetRecords, wording: Wording): ImportResult {
  const problems: ImportProblem[] = [];
  const report = (record: SheetRecord, field: string | undefined, message: string) =>
    problems.push({ place: record.at(field), message });
  const get = (record: SheetRecord, field: string) => record.values.get(field);
  const required = (record: SheetRecord, field: string, what: string): string => {
    const value = get(record, field);
    if (value === undefined) report(record, field, `is empty: fill in ${what}`);
    return value ?? '';
  };
  const dateField = (record: SheetRecord, field: string, isRequired: boolean, what: string) => {
    const value = isRequired ? required(record, field, what) : get(record, field);
    if (value !== undefined && value !== '' && !isIsoDate(value)) {
      report(
        record,
        field,
        `${quote(value)} is not a date: write it as YYYY-MM-DD, such as 2025-08-17 (format the column as plain text)`,
      );
    }
    return value;
  };

  // The story's own fields
  const { story } = records;
  const storyId = required(story, 'id', 'the story id, such as "ceasefire-talks-2025"');
  const title = required(story, 'title', 'the headline shown above the grid');
  const updated =
    dateField(story, 'updated', true, 'the date the story was last checked, YYYY-MM-DD') ?? '';

  // Stances, actors and issues, each looked up case-insensitively by id
  const stances = records.stances.map((record) => {
    const ordinalText = get(record, 'ordinal');
    let ordinal: boolean | undefined;
    if (ordinalText !== undefined) {
      if (/^(yes|y|true|1)$/i.test(ordinalText)) ordinal = true;
      else if (/^(no|n|false|0)$/i.test(ordinalText)) ordinal = false;
      else report(record, 'ordinal', `${quote(ordinalText)} should be "yes" or "no"`);
    }
    return compact({
      id: required(record, 'id', 'the stance id, such as "supports"'),
      label: required(record, 'label', 'the label readers see'),
      description: get(record, 'description'),
      ordinal,
      color: get(record, 'color'),
    });
  });
  const actors = records.actors.map((record) =>
    compact({
      id: required(record, 'id', 'a short id such as "zelenskyy"'),
      name: required(record, 'name', 'the name readers see'),
      shortName: get(record, 'short_name'),
      role: get(record, 'role'),
      group: get(record, 'group'),
    }),
  );
  const issues = records.issues.map((record) =>
    compact({
      id: required(record, 'id', 'a short id such as "ceasefire-first"'),
      label: required(record, 'label', 'the short label readers see'),
      question: get(record, 'question'),
      group: get(record, 'group'),
    }),
  );
  if (actors.length === 0) {
    problems.push({ place: wording.whole, message: `no actors: add ${wording.howToAdd('actor')}` });
  }
  if (issues.length === 0) {
    problems.push({ place: wording.whole, message: `no issues: add ${wording.howToAdd('issue')}` });
  }
  const stanceIds =
    stances.length > 0 ? stances.map((s) => s.id) : DEFAULT_STANCES.map((s) => s.id);
  const lookups = {
    actor: byLowercase(actors.map((actor) => actor.id)),
    issue: byLowercase(issues.map((issue) => issue.id)),
    stance: byLowercase(stanceIds),
    kind: byLowercase(KINDS),
    confidence: byLowercase(CONFIDENCES),
  };
  const names: Record<keyof typeof lookups, string> = {
    actor: 'an actor id',
    issue: 'an issue id',
    stance: 'a stance',
    kind: 'a kind',
    confidence: 'a confidence',
  };
  /** A field that must name one of a known list; returns the canonical spelling. */
  const oneOf = (record: SheetRecord, field: string, list: keyof typeof lookups) => {
    const value = get(record, field);
    if (value === undefined) return undefined;
    const found = lookups[list].get(value.toLowerCase());
    if (found === undefined) {
      const known = listOf(lookups[list].values());
      report(record, field, `${quote(value)} is not ${names[list]} (${known})`);
    }
    return found ?? value;
  };

  // Evidence records, grouped into positions and sources
  const positions = new Map<string, Built>();
  const sources = new Map<string, { source: Source; record: SheetRecord }>();
  const sourceIds = new Set<string>();
  for (const record of records.evidence) {
    const actor = oneOf(record, 'actor', 'actor') ?? required(record, 'actor', 'an actor id');
    const issue = oneOf(record, 'issue', 'issue') ?? required(record, 'issue', 'an issue id');
    const asOf = dateField(record, 'as_of', true, 'the date from which the position holds') ?? '';
    const key = JSON.stringify([actor, issue, asOf]);
    let built = positions.get(key);
    if (built === undefined) {
      const stance = oneOf(record, 'stance', 'stance') ?? required(record, 'stance', 'a stance');
      const position = compact({
        actor,
        issue,
        stance,
        asOf,
        summary: required(record, 'summary', 'one neutral sentence on what they said or did'),
        confidence: oneOf(record, 'confidence', 'confidence') as Position['confidence'],
        evidence: [] as Evidence[],
      });
      built = { position, records: [record], evidenceRecords: [] };
      positions.set(key, built);
    } else {
      const first = built.records[0]!;
      for (const [field, value] of [
        ['stance', built.position.stance],
        ['summary', built.position.summary],
        ['confidence', built.position.confidence],
      ] as const) {
        const here = get(record, field);
        if (here !== undefined && here.toLowerCase() !== (value ?? '').toLowerCase()) {
          const earlier = value === undefined ? 'blank' : quote(value);
          report(
            record,
            field,
            `${quote(here)} differs from ${first.at()} (${earlier}) for the same actor, issue and as_of: leave it blank or make them match`,
          );
        }
      }
      built.records.push(record);
    }

    const evidence = readEvidence(record);
    if (evidence !== undefined) {
      built.position.evidence.push(evidence);
      built.evidenceRecords.push(record);
    }
  }

  function readEvidence(record: SheetRecord): Evidence | undefined {
    if (!EVIDENCE_ONLY.some((field) => record.values.has(field))) return undefined;
    const text = required(record, 'quote', 'the quote, or the outlet’s own words for a paraphrase');
    const kind =
      oneOf(record, 'kind', 'kind') ?? required(record, 'kind', `one of ${KINDS.join(', ')}`);
    return compact({
      text,
      kind: kind as Evidence['kind'],
      speaker: oneOf(record, 'speaker', 'actor'),
      source: readSource(record),
      said: dateField(record, 'said', false, ''),
      original: get(record, 'original'),
      originalLanguage: get(record, 'original_language'),
    });
  }

  function readSource(record: SheetRecord): string | undefined {
    const outlet = get(record, 'outlet');
    const title = get(record, 'title');
    const url = get(record, 'url');
    const published = dateField(record, 'published', false, '');
    if (outlet === undefined) {
      if (title !== undefined || url !== undefined || published !== undefined) {
        report(record, 'outlet', 'is empty: a source needs the outlet that published it');
      }
      return undefined;
    }
    const key = JSON.stringify([outlet, title ?? '', url ?? '']);
    const known = sources.get(key);
    if (known !== undefined) {
      if (published !== undefined && known.source.published === undefined) {
        known.source.published = published;
      } else if (published !== undefined && published !== known.source.published) {
        report(
          record,
          'published',
          `${quote(published)} differs from ${known.record.at('published')} (${quote(known.source.published ?? '')}) for the same source`,
        );
      }
      return known.source.id;
    }
    const base = slugify(outlet) || 'source';
    let id = base;
    for (let n = 2; sourceIds.has(id); n++) id = `${base}-${n}`;
    sourceIds.add(id);
    sources.set(key, { source: compact({ id, outlet, title, url, published }), record });
    return id;
  }

  const corrections = records.corrections.map((record) =>
    compact({
      date: dateField(record, 'date', true, 'the date of the correction') ?? '',
      text: required(record, 'text', 'the correction as readers should see it'),
      actor: oneOf(record, 'actor', 'actor'),
      issue: oneOf(record, 'issue', 'issue'),
    }),
  );

  const builtPositions = [...positions.values()];
  const builtSources = [...sources.values()];
  const input: StoryInput = compact({
    schemaVersion: 1 as const,
    id: storyId,
    title,
    description: get(story, 'description'),
    updated,
    language: get(story, 'language'),
    stances: stances.length > 0 ? stances : undefined,
    actors,
    issues,
    sources: builtSources.length > 0 ? builtSources.map((entry) => entry.source) : undefined,
    positions: builtPositions.map((entry) => entry.position),
    methodology: get(story, 'methodology'),
    corrections: corrections.length > 0 ? corrections : undefined,
  });

  // Whatever the checks above let through, the validator catches; its JSON paths are mapped back.
  const result = validateStory(input);
  if (!result.ok) {
    const seen = new Set(problems.map((problem) => problem.place));
    for (const error of result.errors) {
      const place = locate(error.path);
      if (!seen.has(place)) {
        seen.add(place);
        problems.push({ place, message: error.message });
      }
    }
  }
  return problems.length === 0 ? { ok: true, story: input } : { ok: false, problems };

  /** The editor's place for a validator path such as `positions[3].evidence[1].kind`. */
  function locate(path: string): string {
    const match = /^(\w+)(?:\[(\d+)\])?(?:\.evidence\[(\d+)\])?(?:\.(\w+))?/.exec(path);
    if (!match) return wording.whole;
    const [, list = '', indexText, evidenceText, jsonField] = match;
    const index = Number(indexText);
    const field = jsonField && fieldName(jsonField);
    const lists: Record<string, SheetRecord[]> = {
      stances: records.stances,
      actors: records.actors,
      issues: records.issues,
      corrections: records.corrections,
    };
    if (indexText === undefined) {
      return RECORD_FIELDS.story.includes(list) ? story.at(list) : wording.whole;
    }
    if (list in lists) return lists[list]?.[index]?.at(field) ?? wording.whole;
    if (list === 'sources') {
      const record = builtSources[index]?.record;
      return record?.at(field === 'id' ? 'outlet' : field) ?? wording.whole;
    }
    const built = builtPositions[index];
    if (list !== 'positions' || built === undefined) return wording.whole;
    if (evidenceText === undefined)
      return built.records[0]!.at(field === 'evidence' ? 'quote' : field);
    const record = built.evidenceRecords[Number(evidenceText)];
    return record?.at(field === 'source' ? 'outlet' : field) ?? wording.whole;
  }
}

function fieldName(jsonField: string): string {
  const entry = Object.entries(JSON_NAMES).find(([, json]) => json === jsonField);
  return entry ? entry[0] : jsonField;
}

function byLowercase(ids: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const id of ids) if (!map.has(id.toLowerCase())) map.set(id.toLowerCase(), id);
  return map;
}

/** Drops undefined properties, so absent fields stay absent in the JSON. */
function compact<T extends object>(built: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(built)) if (value !== undefined) out[key] = value;
  return out as T;
}
