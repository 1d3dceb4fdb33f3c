/**
 * Checks a parsed story file (unknown JSON) and returns either a typed `Story` with defaults
 * applied or every problem found, each with a JSON path such as `positions[3].actor`, plus
 * warnings about things that are legal but suspicious (a source nothing cites).
 *
 * Which fields each object may have, which are required, their kinds and their limits come from
 * `STORY_SPEC` (story-spec.ts), which also generates `data/schema.json`. The checks across
 * fields (references, duplicates, dates) are written out here.
 *
 * Safety: the output is built field by field from known keys, input objects are only read
 * through `Object.hasOwn`/`Object.keys`, ids are looked up in `Map`/`Set`, and only the known
 * shapes are descended into, so keys such as `__proto__` are reported as unknown fields (or work
 * as plain ids), never touch a prototype, and arbitrarily deep junk is never walked.
 */
import { compact } from './compact';
import { checkStoryPalette } from './palette-check';
import { isIsoDate } from './dates';
import { DEFAULT_STANCES } from './default-stances';
import { safeHttpUrl } from './safe-url';
import {
  COLOR_PATTERN,
  ID_PATTERN,
  LANGUAGE_PATTERN,
  STORY_ID_PATTERN,
  STORY_LIMITS,
  STORY_SPEC,
  type FieldSpec,
  type ObjectName,
  type StorySpec,
} from './story-spec';
import { findTextHazards, type HazardSeverity } from './text-hazards';
import type {
  Correction,
  Evidence,
  Position,
  Story,
  ValidationError,
  ValidationResult,
  ValidationWarning,
} from './types';

export { STORY_LIMITS } from './story-spec';

const ROOT = '(root)';
const UNKNOWN_FIELD = 'unknown field';
/** Past this many errors (or warnings) the rest are counted, not listed. */
const MAX_REPORTED = 1_000;

// ---------------------------------------------------------------------------------------------
// Paths

/** The path of a field or item inside `path`: `actors` + 1 → `actors[1]`, + `name` → `.name`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const plain = /^[A-Za-z_$][\w$]*$/.test(key);
  const part = plain ? key : `[${JSON.stringify(key)}]`;
  if (path === ROOT) return part;
  return plain ? `${path}.${part}` : `${path}${part}`;
}

/** True for an error about a field name rather than its value (so output can point at the key). */
export function isUnknownFieldError(error: ValidationError): boolean {
  return error.message.startsWith(UNKNOWN_FIELD);
}

const quote = (value: string): string => JSON.stringify(value);

/** Ids are compared NFC-normalised and, for duplicates, ignoring case. */
const idKey = (value: string): string => value.normalize('NFC');

// ---------------------------------------------------------------------------------------------
// The collector

type Spec = StorySpec;
type Keys<N extends ObjectName> = keyof Spec[N]['fields'] & string;
type FieldOf<N extends ObjectName, K extends Keys<N>> = Spec[N]['fields'][K];
/** The type a scalar field reads as. */
type Value<F> = F extends { kind: 'boolean' }
  ? boolean
  : F extends { kind: 'version' }
    ? 1
    : F extends { kind: 'enum'; values: readonly (infer V)[] }
      ? V
      : string;

const ALLOWED_KEYS = Object.fromEntries(
  Object.entries(STORY_SPEC).map(([name, spec]) => [name, Object.keys(spec.fields)]),
) as Record<ObjectName, string[]>;

/** Collects errors, warnings and dates; every check records its problem here and carries on. */
class Reader {
  readonly errors: ValidationError[] = [];
  readonly warnings: ValidationWarning[] = [];
  /** Every valid date read, with its path, for the "after `updated`" warning. */
  readonly dates: [path: string, date: string][] = [];
  private dropped = { error: 0, warning: 0 };

  error(path: string, message: string): undefined {
    this.report('error', path, message);
    return undefined;
  }

  warn(path: string, message: string): void {
    this.report('warning', path, message);
  }

  private report(severity: HazardSeverity, path: string, message: string): void {
    const list = severity === 'error' ? this.errors : this.warnings;
    if (list.length < MAX_REPORTED) list.push({ path, message });
    else this.dropped[severity]++;
  }

  /** The lists to return, each ending with a count of what was left out. */
  result(): { errors: ValidationError[]; warnings: ValidationWarning[] } {
    const more = (n: number, what: string) => ({ path: ROOT, message: `and ${n} more ${what}` });
    if (this.dropped.error > 0) this.errors.push(more(this.dropped.error, 'errors'));
    if (this.dropped.warning > 0) this.warnings.push(more(this.dropped.warning, 'warnings'));
    return { errors: this.errors, warnings: this.warnings };
  }

  /** Reads a plain object, reporting any key its spec does not list as an unknown field. */
  object<N extends ObjectName>(value: unknown, path: string, name: N): Fields<N> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.error(path, 'expected an object');
    }
    const record = value as Record<string, unknown>;
    const allowed = ALLOWED_KEYS[name];
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) this.error(childPath(path, key), unknownField(key, allowed));
    }
    return new Fields(this, record, path, name);
  }
}

/** A validated object's own fields, read by the keys its spec lists. */
class Fields<N extends ObjectName> {
  constructor(
    private readonly reader: Reader,
    private readonly record: Record<string, unknown>,
    readonly path: string,
    private readonly name: N,
  ) {}

  has(key: Keys<N>): boolean {
    return Object.hasOwn(this.record, key);
  }

  at(key: Keys<N>): string {
    return childPath(this.path, key);
  }

  private spec<K extends Keys<N>>(key: K): FieldSpec {
    return (STORY_SPEC[this.name].fields as Record<string, FieldSpec>)[key]!;
  }

  /**
   * The field's raw value and path, or undefined for an absent optional field. A required field
   * is always checked, so that absence is reported like a wrong type.
   */
  private field(key: Keys<N>): { value: unknown; path: string; spec: FieldSpec } | undefined {
    const spec = this.spec(key);
    const present = this.has(key);
    if (!present && !spec.required) return undefined;
    return { value: present ? this.record[key] : undefined, path: this.at(key), spec };
  }

  /** A scalar field, checked according to its kind in the spec. */
  read<K extends Keys<N>>(key: K): Value<FieldOf<N, K>> | undefined {
    const field = this.field(key);
    if (field === undefined) return undefined;
    return scalar(this.reader, field.value, field.path, field.spec) as Value<FieldOf<N, K>>;
  }

  /** A reference field: the id of an item of the list its spec names (`to`), looked up in `ids`. */
  ref(key: Keys<N>, ids: Lookups): string | undefined {
    const field = this.field(key);
    if (field === undefined) return undefined;
    const { value, path, spec } = field;
    if (spec.kind !== 'ref') throw new Error(`${key} is not a reference`);
    const r = this.reader;
    if (typeof value !== 'string' || value === '') return r.error(path, `expected ${spec.to} id`);
    const target = idKey(value);
    const known = ids[spec.to];
    if (known !== undefined && !known.has(target)) {
      return r.error(path, `no ${spec.to} ${quote(value)}`);
    }
    ids.used[spec.to].add(target);
    return target;
  }

  /** A list field, its length held to the spec; `item` reads each element, failures skipped. */
  list<T>(key: Keys<N>, item: (value: unknown, path: string) => T | undefined): T[] | undefined {
    const field = this.field(key);
    if (field === undefined) return undefined;
    const { value, path, spec } = field;
    if (spec.kind !== 'list') throw new Error(`${key} is not a list`);
    const r = this.reader;
    if (!Array.isArray(value)) return r.error(path, 'expected an array');
    if (value.length < (spec.minItems ?? 0)) return r.error(path, 'expected at least one item');
    if (value.length > spec.maxItems) {
      return r.error(path, `too many items: ${value.length} (at most ${spec.maxItems})`);
    }
    const out: T[] = [];
    for (let index = 0; index < value.length; index++) {
      const result = item(value[index] as unknown, childPath(path, index));
      if (result !== undefined) out.push(result);
    }
    return out;
  }
}

function unknownField(key: string, allowed: readonly string[]): string {
  const near = allowed.find(
    (name) =>
      name !== '$schema' && Math.abs(name.length - key.length) <= 2 && editDistance(key, name) <= 2,
  );
  return near === undefined ? UNKNOWN_FIELD : `${UNKNOWN_FIELD} (did you mean "${near}"?)`;
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
// Scalar checks: each returns the value or records an error and returns undefined

const ID = new RegExp(ID_PATTERN);
const STORY_ID = new RegExp(STORY_ID_PATTERN);
const LANGUAGE = new RegExp(LANGUAGE_PATTERN);
const COLOR = new RegExp(COLOR_PATTERN);

function scalar(r: Reader, value: unknown, path: string, spec: FieldSpec): unknown {
  switch (spec.kind) {
    case 'text':
      return text(r, value, path, spec.maxLength);
    case 'string':
      return typeof value === 'string' ? value : r.error(path, 'expected a string');
    case 'boolean':
      return typeof value === 'boolean' ? value : r.error(path, 'expected true or false');
    case 'version':
      return value === 1 ? value : r.error(path, 'expected the number 1');
    case 'id':
      return typeof value === 'string' && ID.test(value)
        ? idKey(value)
        : r.error(path, 'expected an id of 1-64 letters, digits, "_" or "-"');
    case 'slug':
      return typeof value === 'string' &&
        value.length <= STORY_LIMITS.idLength &&
        STORY_ID.test(value)
        ? value
        : r.error(path, 'expected a lowercase slug such as "ceasefire-talks-2025"');
    case 'date':
      if (isIsoDate(value)) {
        r.dates.push([path, value]);
        return value;
      }
      if (typeof value !== 'string') return r.error(path, 'expected a date (YYYY-MM-DD)');
      return r.error(path, `${quote(value.slice(0, 40))} is not a valid date (YYYY-MM-DD)`);
    case 'language':
      return typeof value === 'string' && LANGUAGE.test(value)
        ? value
        : r.error(path, 'expected a language tag such as "en" or "pt-BR"');
    case 'color':
      return typeof value === 'string' && COLOR.test(value)
        ? value.toLowerCase()
        : r.error(path, 'expected a colour such as "#1d5a96"');
    case 'url':
      if (typeof value === 'string' && value.length > STORY_LIMITS.urlLength) {
        return r.error(
          path,
          `too long: ${value.length} characters (at most ${STORY_LIMITS.urlLength})`,
        );
      }
      return safeHttpUrl(value) ?? r.error(path, 'must be an http: or https: URL');
    case 'enum':
      return spec.values.includes(value as string)
        ? value
        : r.error(path, `expected one of ${spec.values.map(quote).join(', ')}`);
    case 'ref':
    case 'list':
      throw new Error(`${path} is not a scalar field`);
  }
}

/**
 * Display text: non-blank, within its length limit, free of direction overrides (errors) and
 * other invisible characters (warnings; see text-hazards.ts), returned NFC-normalised.
 */
function text(r: Reader, value: unknown, path: string, maxLength: number): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    return r.error(path, 'expected a non-empty string');
  }
  if (value.length > maxLength) {
    return r.error(path, `too long: ${value.length} characters (at most ${maxLength})`);
  }
  const hazards = findTextHazards(value);
  for (const severity of ['error', 'warning'] as const) {
    const [first, ...more] = hazards.filter((hazard) => hazard.severity === severity);
    if (first === undefined) continue;
    const others = more.length === 0 ? '' : ` (and ${more.length} more such characters)`;
    const message = `contains ${first.label} at character ${first.character}${others}`;
    if (severity === 'error') r.error(path, message);
    else r.warn(path, message);
  }
  return value.normalize('NFC');
}

// ---------------------------------------------------------------------------------------------
// Collections with ids

type Target = 'actor' | 'issue' | 'stance' | 'source';

/** The ids each reference may name (undefined when that list was unreadable: then any id goes). */
type Lookups = Record<Target, Set<string> | undefined> & { used: Record<Target, Set<string>> };

interface Entities<T> {
  items: T[];
  ids: Set<string>;
  /** Each readable id with the path of its `id` field, for warnings. */
  declared: { id: string; path: string }[];
}

/**
 * Reads a list of objects that carry an `id`, reporting duplicate ids, including ones that
 * differ only by case. Undefined if the field is absent or not an array.
 */
function entities<N extends 'stance' | 'actor' | 'issue' | 'source', T>(
  r: Reader,
  story: Fields<'story'>,
  field: 'stances' | 'actors' | 'issues' | 'sources',
  name: N,
  build: (f: Fields<N>, id: string | undefined) => T | undefined,
): Entities<T> | undefined {
  const ids = new Set<string>();
  const declared: Entities<T>['declared'] = [];
  const seen = new Map<string, { id: string; path: string }>();
  const items = story.list(field, (element, itemPath) => {
    const f = r.object(element, itemPath, name);
    if (f === undefined) return undefined;
    const itemId = f.read('id' as Keys<N>) as string | undefined;
    if (itemId !== undefined) {
      const folded = itemId.toLowerCase();
      const earlier = seen.get(folded);
      if (earlier === undefined) seen.set(folded, { id: itemId, path: f.at('id' as Keys<N>) });
      else if (earlier.id === itemId) {
        r.error(f.at('id' as Keys<N>), `duplicate id ${quote(itemId)} (same as ${earlier.path})`);
      } else {
        r.error(
          f.at('id' as Keys<N>),
          `duplicate id ${quote(itemId)} (same as ${earlier.path} ${quote(earlier.id)}, ignoring case)`,
        );
      }
      ids.add(itemId);
      declared.push({ id: itemId, path: f.at('id' as Keys<N>) });
    }
    return build(f, itemId);
  });
  return items === undefined ? undefined : { items, ids, declared };
}

function readStance(f: Fields<'stance'>, id: string | undefined) {
  const label = f.read('label');
  const description = f.read('description');
  const ordinal = f.read('ordinal') ?? true;
  const color = f.read('color');
  if (id === undefined || label === undefined) return undefined;
  return compact({ id, label, description, ordinal, color });
}

function readActor(f: Fields<'actor'>, id: string | undefined) {
  const name = f.read('name');
  const shortName = f.read('shortName');
  const role = f.read('role');
  const group = f.read('group');
  if (id === undefined || name === undefined) return undefined;
  return compact({ id, name, shortName, role, group });
}

function readIssue(f: Fields<'issue'>, id: string | undefined) {
  const label = f.read('label');
  const question = f.read('question');
  const group = f.read('group');
  if (id === undefined || label === undefined) return undefined;
  return compact({ id, label, question, group });
}

function readSource(f: Fields<'source'>, id: string | undefined) {
  const outlet = f.read('outlet');
  const title = f.read('title');
  const url = f.read('url');
  const published = f.read('published');
  if (id === undefined || outlet === undefined) return undefined;
  return compact({ id, outlet, title, url, published });
}

// ---------------------------------------------------------------------------------------------
// Positions, evidence and corrections

function readEvidence(r: Reader, value: unknown, path: string, ids: Lookups): Evidence | undefined {
  const f = r.object(value, path, 'evidence');
  if (f === undefined) return undefined;
  const quoteText = f.read('text');
  const kind = f.read('kind');
  const speaker = f.ref('speaker', ids);
  const source = f.ref('source', ids);
  const said = f.read('said');
  const original = f.read('original');
  const originalLanguage = f.read('originalLanguage');
  if (kind === 'reported' && !f.has('speaker')) {
    r.error(f.at('speaker'), 'reported evidence needs a speaker');
  }
  if (kind === 'direct' && !f.has('speaker'))
    r.warn(f.at('speaker'), 'direct quote has no speaker');
  if (f.has('original') !== f.has('originalLanguage')) {
    r.error(
      f.at(f.has('original') ? 'originalLanguage' : 'original'),
      'original and originalLanguage go together',
    );
  }
  if (quoteText === undefined || kind === undefined) return undefined;
  return compact({ text: quoteText, kind, speaker, source, said, original, originalLanguage });
}

function readCorrection(
  r: Reader,
  value: unknown,
  path: string,
  ids: Lookups,
): Correction | undefined {
  const f = r.object(value, path, 'correction');
  if (f === undefined) return undefined;
  const date = f.read('date');
  const correction = f.read('text');
  const actor = f.ref('actor', ids);
  const issue = f.ref('issue', ids);
  if (date === undefined || correction === undefined) return undefined;
  return compact({ date, text: correction, actor, issue });
}

function readPositions(
  r: Reader,
  story: Fields<'story'>,
  ids: Lookups,
  positionActors: Set<string>,
): Position[] | undefined {
  const seen = new Map<string, string>();
  return story.list('positions', (element, path) => {
    const f = r.object(element, path, 'position');
    if (f === undefined) return undefined;
    const actor = f.ref('actor', ids);
    const issue = f.ref('issue', ids);
    const stance = f.ref('stance', ids);
    const asOf = f.read('asOf');
    const summary = f.read('summary');
    const confidence = f.read('confidence');
    const evidence = f.list('evidence', (item, itemPath) => readEvidence(r, item, itemPath, ids));
    if (actor !== undefined) positionActors.add(actor);
    if (evidence !== undefined && evidence.length === 0) {
      r.warn(f.at('evidence'), 'no evidence: readers will see a position with nothing behind it');
    }
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

/** Validates a parsed story file. Never throws and never mutates `input`. */
export function validateStory(input: unknown): ValidationResult {
  const r = new Reader();
  const f = r.object(input, ROOT, 'story');
  if (f === undefined) return { ok: false, ...r.result() };

  f.read('$schema');
  const schemaVersion = f.read('schemaVersion');
  const id = f.read('id');
  const title = f.read('title');
  const description = f.read('description');
  const updated = f.read('updated');
  const language = f.read('language') ?? 'en';
  const methodology = f.read('methodology');

  const stances = f.has('stances')
    ? entities(r, f, 'stances', 'stance', readStance)
    : {
        items: DEFAULT_STANCES.map((stance) => compact(stance)),
        ids: new Set(DEFAULT_STANCES.map((s) => s.id)),
        declared: [],
      };
  const actors = entities(r, f, 'actors', 'actor', readActor);
  const issues = entities(r, f, 'issues', 'issue', readIssue);
  const sources = f.has('sources')
    ? entities(r, f, 'sources', 'source', readSource)
    : { items: [], ids: new Set<string>(), declared: [] };
  const lookups: Lookups = {
    stance: stances?.ids,
    actor: actors?.ids,
    issue: issues?.ids,
    source: sources?.ids,
    used: { stance: new Set(), actor: new Set(), issue: new Set(), source: new Set() },
  };
  const positionActors = new Set<string>();
  const positions = readPositions(r, f, lookups, positionActors);
  const corrections = f.has('corrections')
    ? f.list('corrections', (item, path) => readCorrection(r, item, path, lookups))
    : [];

  warnAboutLooseEnds(r, updated, actors, sources, positionActors, lookups);
  // A story's own stance colours must stay apart for every reader (docs/colour.md).
  for (const warning of checkStoryPalette(stances?.items ?? []))
    r.warn(warning.path, warning.message);

  const { errors, warnings } = r.result();
  if (errors.length > 0) return { ok: false, errors, warnings };
  if (
    !schemaVersion ||
    !id ||
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
    return { ok: false, errors: [{ path: ROOT, message: 'invalid story' }], warnings };
  }
  const story: Story = compact({
    schemaVersion,
    id,
    title,
    description,
    updated,
    language,
    stances: stances.items,
    actors: actors.items,
    issues: issues.items,
    sources: sources.items,
    positions,
    methodology,
    corrections,
  });
  return { ok: true, story, warnings };
}

/** Warnings about actors without positions, sources nobody cites and dates after `updated`. */
function warnAboutLooseEnds(
  r: Reader,
  updated: string | undefined,
  actors: Entities<unknown> | undefined,
  sources: Entities<unknown> | undefined,
  positionActors: Set<string>,
  lookups: Lookups,
): void {
  for (const actor of actors?.declared ?? []) {
    if (!positionActors.has(actor.id))
      r.warn(actor.path, `actor ${quote(actor.id)} has no positions`);
  }
  for (const source of sources?.declared ?? []) {
    if (!lookups.used.source.has(source.id)) {
      r.warn(source.path, `no evidence cites source ${quote(source.id)}`);
    }
  }
  if (updated === undefined) return;
  for (const [path, date] of r.dates) {
    if (date > updated) r.warn(path, `${date} is after the story's updated date (${updated})`);
  }
}

/** One line per error, `file: path: message`, for command-line output. */
export function formatValidationErrors(file: string, errors: ValidationError[]): string {
  return errors.map((error) => `${file}: ${error.path}: ${error.message}`).join('\n');
}
