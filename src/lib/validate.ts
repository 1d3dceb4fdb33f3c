/**
 * Checks a parsed story file (unknown JSON) and returns either a typed `Story` with defaults
 * applied or every problem found, each with a JSON path such as `positions[3].actor`.
 *
 * Safety: the output is built field by field from known keys, input objects are only read
 * through `Object.hasOwn`/`Object.keys`, and ids are looked up in `Map`/`Set`, so keys such as
 * `__proto__` in the data are reported as unknown fields (or work as plain ids) and never touch
 * a prototype.
 */
import { isIsoDate } from './dates';
import { DEFAULT_STANCES } from './default-stances';
import { safeHttpUrl } from './safe-url';
import type {
  Actor,
  Confidence,
  Correction,
  Evidence,
  EvidenceKind,
  Issue,
  Position,
  Source,
  Stance,
  Story,
  ValidationError,
  ValidationResult,
} from './types';

const ROOT = '(root)';
const STORY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const EVIDENCE_KINDS: readonly EvidenceKind[] = ['direct', 'reported', 'paraphrase'];

// ---------------------------------------------------------------------------------------------
// Paths and the error collector

function keyPath(path: string, key: string): string {
  const plain = /^[A-Za-z_$][\w$]*$/.test(key);
  const part = plain ? key : `[${JSON.stringify(key)}]`;
  if (path === ROOT) return part;
  return plain ? `${path}.${part}` : `${path}${part}`;
}

const quote = (value: string): string => JSON.stringify(value);

/** Collects errors; every check records its problem here and carries on. */
class Reader {
  readonly errors: ValidationError[] = [];

  error(path: string, message: string): undefined {
    this.errors.push({ path, message });
    return undefined;
  }

  /** Reads a plain object, reporting any key not in `allowed` as an unknown field. */
  object(value: unknown, path: string, allowed: readonly string[]): Fields | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.error(path, 'expected an object');
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) this.error(keyPath(path, key), unknownField(key, allowed));
    }
    return new Fields(this, record, path);
  }

  /** Reads an array, handing each item and its path to `item`; failed items are skipped. */
  list<T>(
    value: unknown,
    path: string,
    nonEmpty: boolean,
    item: (value: unknown, path: string) => T | undefined,
  ): T[] | undefined {
    if (!Array.isArray(value)) return this.error(path, 'expected an array');
    if (nonEmpty && value.length === 0) return this.error(path, 'expected at least one item');
    const out: T[] = [];
    for (let index = 0; index < value.length; index++) {
      const result = item(value[index] as unknown, `${path}[${index}]`);
      if (result !== undefined) out.push(result);
    }
    return out;
  }
}

/** A validated object's own fields, read by known key only. */
class Fields {
  constructor(
    private readonly reader: Reader,
    private readonly record: Record<string, unknown>,
    readonly path: string,
  ) {}

  has(key: string): boolean {
    return Object.hasOwn(this.record, key);
  }

  /** The raw value of an own field, or undefined. */
  get(key: string): unknown {
    return this.has(key) ? this.record[key] : undefined;
  }

  at(key: string): string {
    return keyPath(this.path, key);
  }

  /** A required field: absence is reported by `check` just like a wrong type. */
  req<T>(key: string, check: Check<T>): T | undefined {
    return check(this.reader, this.get(key), this.at(key));
  }

  /** An optional field: undefined when absent, checked when present (null included). */
  opt<T>(key: string, check: Check<T>): T | undefined {
    return this.has(key) ? check(this.reader, this.get(key), this.at(key)) : undefined;
  }
}

function unknownField(key: string, allowed: readonly string[]): string {
  const near = allowed.find((name) => name !== '$schema' && editDistance(key, name) <= 2);
  return near === undefined ? 'unknown field' : `unknown field (did you mean "${near}"?)`;
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

// ---------------------------------------------------------------------------------------------
// Field checks: each returns the value or records an error and returns undefined

type Check<T> = (r: Reader, value: unknown, path: string) => T | undefined;

const text: Check<string> = (r, value, path) =>
  typeof value === 'string' && value.trim() !== ''
    ? value
    : r.error(path, 'expected a non-empty string');

const anyString: Check<string> = (r, value, path) =>
  typeof value === 'string' ? value : r.error(path, 'expected a string');

const boolean: Check<boolean> = (r, value, path) =>
  typeof value === 'boolean' ? value : r.error(path, 'expected true or false');

const id: Check<string> = (r, value, path) =>
  typeof value === 'string' && ID.test(value)
    ? value
    : r.error(path, 'expected an id of 1-64 letters, digits, "_" or "-"');

const date: Check<string> = (r, value, path) => {
  if (isIsoDate(value)) return value;
  if (typeof value !== 'string') return r.error(path, 'expected a date (YYYY-MM-DD)');
  return r.error(path, `${quote(value)} is not a valid date (YYYY-MM-DD)`);
};

const language: Check<string> = (r, value, path) =>
  typeof value === 'string' && LANGUAGE.test(value)
    ? value
    : r.error(path, 'expected a language tag such as "en" or "pt-BR"');

const color: Check<string> = (r, value, path) =>
  typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value)
    ? value.toLowerCase()
    : r.error(path, 'expected a colour such as "#1d5a96"');

const url: Check<string> = (r, value, path) =>
  safeHttpUrl(value) ?? r.error(path, 'must be an http: or https: URL');

function oneOf<T extends string>(values: readonly T[]): Check<T> {
  const expected = values.map(quote).join(', ');
  return (r, value, path) =>
    values.includes(value as T) ? (value as T) : r.error(path, `expected one of ${expected}`);
}

/** A reference to an id in `ids`; skipped (accepted) when that collection itself was unreadable. */
function ref(kind: string, ids: Set<string> | undefined): Check<string> {
  return (r, value, path) => {
    if (typeof value !== 'string' || value === '') return r.error(path, `expected ${kind} id`);
    if (ids !== undefined && !ids.has(value)) return r.error(path, `no ${kind} ${quote(value)}`);
    return value;
  };
}

/** Copies only the defined properties of an object this module built, so absent fields stay absent. */
function compact<T extends object>(built: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(built)) if (value !== undefined) out[key] = value;
  return out as T;
}

// ---------------------------------------------------------------------------------------------
// Collections with ids

/**
 * Reads an array of objects that carry an `id` (non-empty unless `nonEmpty` is false), reporting
 * duplicate ids, including ones that differ only by case. Returns the items and the set of their
 * ids, or undefined if the value is not an array.
 */
function entities<T>(
  r: Reader,
  story: Fields,
  field: string,
  keys: readonly string[],
  build: (f: Fields, id: string | undefined) => T | undefined,
  nonEmpty = true,
): { items: T[]; ids: Set<string> } | undefined {
  const ids = new Set<string>();
  const seen = new Map<string, { id: string; path: string }>();
  const items = r.list(story.get(field), story.at(field), nonEmpty, (element, itemPath) => {
    const f = r.object(element, itemPath, keys);
    if (f === undefined) return undefined;
    const itemId = f.req('id', id);
    if (itemId !== undefined) {
      const earlier = seen.get(itemId.toLowerCase());
      if (earlier === undefined) seen.set(itemId.toLowerCase(), { id: itemId, path: f.at('id') });
      else if (earlier.id === itemId) {
        r.error(f.at('id'), `duplicate id ${quote(itemId)} (same as ${earlier.path})`);
      } else {
        r.error(
          f.at('id'),
          `duplicate id ${quote(itemId)} (same as ${earlier.path} ${quote(earlier.id)}, ignoring case)`,
        );
      }
      ids.add(itemId);
    }
    return build(f, itemId);
  });
  return items === undefined ? undefined : { items, ids };
}

function readStance(f: Fields, stanceId: string | undefined): Stance | undefined {
  const label = f.req('label', text);
  const description = f.opt('description', text);
  const ordinal = f.opt('ordinal', boolean) ?? true;
  const fill = f.opt('color', color);
  if (stanceId === undefined || label === undefined) return undefined;
  return compact({ id: stanceId, label, description, ordinal, color: fill });
}

function readActor(f: Fields, actorId: string | undefined): Actor | undefined {
  const name = f.req('name', text);
  const shortName = f.opt('shortName', text);
  const role = f.opt('role', text);
  const group = f.opt('group', text);
  if (actorId === undefined || name === undefined) return undefined;
  return compact({ id: actorId, name, shortName, role, group });
}

function readIssue(f: Fields, issueId: string | undefined): Issue | undefined {
  const label = f.req('label', text);
  const question = f.opt('question', text);
  const group = f.opt('group', text);
  if (issueId === undefined || label === undefined) return undefined;
  return compact({ id: issueId, label, question, group });
}

function readSource(f: Fields, sourceId: string | undefined): Source | undefined {
  const outlet = f.req('outlet', text);
  const title = f.opt('title', text);
  const link = f.opt('url', url);
  const published = f.opt('published', date);
  if (sourceId === undefined || outlet === undefined) return undefined;
  return compact({ id: sourceId, outlet, title, url: link, published });
}

// ---------------------------------------------------------------------------------------------
// Positions and evidence

interface Lookups {
  stances: Set<string> | undefined;
  actors: Set<string> | undefined;
  issues: Set<string> | undefined;
  sources: Set<string> | undefined;
}

function readEvidence(r: Reader, value: unknown, path: string, ids: Lookups): Evidence | undefined {
  const f = r.object(value, path, EVIDENCE_KEYS);
  if (f === undefined) return undefined;
  const quoteText = f.req('text', text);
  const kind = f.req('kind', oneOf(EVIDENCE_KINDS));
  const speaker = f.opt('speaker', ref('actor', ids.actors));
  const source = f.opt('source', ref('source', ids.sources));
  const said = f.opt('said', date);
  const original = f.opt('original', text);
  const originalLanguage = f.opt('originalLanguage', language);
  if (kind === 'reported' && !f.has('speaker')) {
    r.error(f.at('speaker'), 'reported evidence needs a speaker');
  }
  if (f.has('original') !== f.has('originalLanguage')) {
    r.error(
      f.at(f.has('original') ? 'originalLanguage' : 'original'),
      'original and originalLanguage go together',
    );
  }
  if (quoteText === undefined || kind === undefined) return undefined;
  return compact({ text: quoteText, kind, speaker, source, said, original, originalLanguage });
}

const EVIDENCE_KEYS = ['text', 'kind', 'speaker', 'source', 'said', 'original', 'originalLanguage'];

function readCorrection(
  r: Reader,
  value: unknown,
  path: string,
  ids: Lookups,
): Correction | undefined {
  const f = r.object(value, path, ['date', 'text', 'actor', 'issue']);
  if (f === undefined) return undefined;
  const when = f.req('date', date);
  const correction = f.req('text', text);
  const actor = f.opt('actor', ref('actor', ids.actors));
  const issue = f.opt('issue', ref('issue', ids.issues));
  if (when === undefined || correction === undefined) return undefined;
  return compact({ date: when, text: correction, actor, issue });
}

function readPositions(r: Reader, value: unknown, ids: Lookups): Position[] | undefined {
  const keys = ['actor', 'issue', 'stance', 'asOf', 'summary', 'confidence', 'evidence'];
  const seen = new Map<string, string>();
  return r.list(value, 'positions', false, (element, path) => {
    const f = r.object(element, path, keys);
    if (f === undefined) return undefined;
    const actor = f.req('actor', ref('actor', ids.actors));
    const issue = f.req('issue', ref('issue', ids.issues));
    const stance = f.req('stance', ref('stance', ids.stances));
    const asOf = f.req('asOf', date);
    const summary = f.req('summary', text);
    const confidence = f.opt('confidence', oneOf(CONFIDENCES));
    const evidence = f.req('evidence', (_r, list, listPath) =>
      r.list(list, listPath, false, (item, itemPath) => readEvidence(r, item, itemPath, ids)),
    );
    if (actor !== undefined && issue !== undefined && asOf !== undefined) {
      const key = JSON.stringify([actor, issue, asOf]);
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, path);
      else {
        r.error(
          f.at('asOf'),
          `a position for actor ${quote(actor)} on issue ${quote(issue)} as of ${asOf} already exists at ${earlier}`,
        );
      }
    }
    if (!actor || !issue || !stance || !asOf || !summary || !evidence) return undefined;
    return compact({ actor, issue, stance, asOf, summary, confidence, evidence });
  });
}

// ---------------------------------------------------------------------------------------------
// The story

const STORY_KEYS = [
  '$schema',
  'schemaVersion',
  'id',
  'title',
  'description',
  'updated',
  'language',
  'stances',
  'actors',
  'issues',
  'sources',
  'positions',
  'methodology',
  'corrections',
];

/** Validates a parsed story file. Never throws and never mutates `input`. */
export function validateStory(input: unknown): ValidationResult {
  const r = new Reader();
  const f = r.object(input, ROOT, STORY_KEYS);
  if (f === undefined) return { ok: false, errors: r.errors };

  f.opt('$schema', anyString);
  const schemaVersion = f.req('schemaVersion', (_r, value, path) =>
    value === 1 ? (1 as const) : r.error(path, 'expected the number 1'),
  );
  const storyId = f.req('id', (_r, value, path) =>
    typeof value === 'string' && STORY_ID.test(value)
      ? value
      : r.error(path, 'expected a lowercase slug such as "ceasefire-talks-2025"'),
  );
  const title = f.req('title', text);
  const description = f.opt('description', text);
  const updated = f.req('updated', date);
  const storyLanguage = f.opt('language', language) ?? 'en';
  const methodology = f.opt('methodology', text);

  const stances = f.has('stances')
    ? entities(r, f, 'stances', ['id', 'label', 'description', 'ordinal', 'color'], readStance)
    : {
        items: DEFAULT_STANCES.map((stance) => compact(stance)),
        ids: new Set(DEFAULT_STANCES.map((s) => s.id)),
      };
  const actors = entities(r, f, 'actors', ['id', 'name', 'shortName', 'role', 'group'], readActor);
  const issues = entities(r, f, 'issues', ['id', 'label', 'question', 'group'], readIssue);
  const sources = f.has('sources')
    ? entities(r, f, 'sources', ['id', 'outlet', 'title', 'url', 'published'], readSource, false)
    : { items: [], ids: new Set<string>() };
  const lookups: Lookups = {
    stances: stances?.ids,
    actors: actors?.ids,
    issues: issues?.ids,
    sources: sources?.ids,
  };
  const positions = readPositions(r, f.get('positions'), lookups);
  const corrections = f.has('corrections')
    ? r.list(f.get('corrections'), f.at('corrections'), false, (item, path) =>
        readCorrection(r, item, path, lookups),
      )
    : [];

  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  if (
    !schemaVersion ||
    !storyId ||
    !title ||
    !updated ||
    !stances ||
    !actors ||
    !issues ||
    !sources ||
    !positions ||
    !corrections
  ) {
    // Unreachable: every missing value above has recorded an error.
    return { ok: false, errors: [{ path: ROOT, message: 'invalid story' }] };
  }
  const story: Story = compact({
    schemaVersion,
    id: storyId,
    title,
    description,
    updated,
    language: storyLanguage,
    stances: stances.items,
    actors: actors.items,
    issues: issues.items,
    sources: sources.items,
    positions,
    methodology,
    corrections,
  });
  return { ok: true, story };
}

/** One line per error, `file: path: message`, for command-line output. */
export function formatValidationErrors(file: string, errors: ValidationError[]): string {
  return errors.map((error) => `${file}: ${error.path}: ${error.message}`).join('\n');
}
