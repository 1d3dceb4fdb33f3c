/**
 * Property-based tests: whatever JSON (or JavaScript value) comes in, `validateStory` returns a
 * well-formed result, quickly, without throwing or touching a prototype. A fixed seed makes every
 * run the same; fast-check prints the seed and the shrunk counterexample when a property fails.
 */
import fc from 'fast-check';
import { expect, test, vi } from 'vitest';
import { parsePath, type PathSegment } from './json-locate';
import type { ValidationError, ValidationResult } from './types';
import { childPath, validateStory } from './validate';

const SEED = 20250817;
const RUNS = 300;

// Hundreds of runs per property: give each test room on a slow machine.
vi.setConfig({ testTimeout: 30_000 });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A valid story that uses every object kind and most optional fields. */
function baseStory(): Json {
  return {
    $schema: './schema.json',
    schemaVersion: 1,
    id: 'ceasefire-talks',
    title: 'Ceasefire talks',
    description: 'Who wants what.',
    updated: '2025-08-20',
    language: 'en',
    stances: [
      { id: 'supports', label: 'Yes', color: '#1d5a96' },
      { id: 'opposes', label: 'No' },
      { id: 'unclear', label: 'Unclear', ordinal: false },
    ],
    actors: [
      { id: 'trump', name: 'Donald Trump', shortName: 'Trump', role: 'US President' },
      { id: 'putin', name: 'Vladimir Putin', group: 'Russia' },
    ],
    issues: [
      { id: 'ceasefire', label: 'Ceasefire', question: 'Should fighting stop first?' },
      { id: 'territory', label: 'Territory', group: 'Land' },
    ],
    sources: [
      {
        id: 'reuters',
        outlet: 'Reuters',
        url: 'https://www.reuters.com/a',
        published: '2025-08-15',
      },
      { id: 'ap', outlet: 'AP', title: 'Talks' },
    ],
    positions: [
      {
        actor: 'trump',
        issue: 'ceasefire',
        stance: 'supports',
        asOf: '2025-08-15',
        summary: 'Wants a ceasefire before talks.',
        confidence: 'high',
        evidence: [
          {
            text: 'We want a ceasefire.',
            kind: 'direct',
            speaker: 'trump',
            source: 'reuters',
            said: '2025-08-15',
          },
          {
            text: 'Он хочет мира.',
            kind: 'paraphrase',
            source: 'ap',
            original: 'Он хочет мира.',
            originalLanguage: 'ru',
          },
        ],
      },
      {
        actor: 'putin',
        issue: 'territory',
        stance: 'opposes',
        asOf: '2025-08-16',
        summary: 'Rejects a ceasefire first.',
        evidence: [{ text: 'He said no.', kind: 'reported', speaker: 'trump', source: 'ap' }],
      },
    ],
    methodology: 'Coded from public statements.',
    corrections: [
      { date: '2025-08-18', text: 'Fixed a quote.', actor: 'trump', issue: 'ceasefire' },
    ],
  };
}

/** Every path to a value inside `value` (the story is small, so recursion is fine here). */
function allPaths(value: Json, prefix: PathSegment[] = []): PathSegment[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => allPaths(v, [...prefix, i])));
  if (typeof value === 'object' && value !== null) {
    return here.concat(...Object.keys(value).map((k) => allPaths(value[k], [...prefix, k])));
  }
  return here;
}

const at = (root: Json, path: PathSegment[]): Json => path.reduce((v, k) => v?.[k], root);

const retype = (value: Json): Json => {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (Array.isArray(value)) return { ...value };
  if (value === null) return {};
  return Object.values(value);
};

type Mutation =
  | { op: 'delete' | 'retype' | 'duplicate'; pick: number }
  | { op: 'replace'; pick: number; value: unknown }
  | { op: 'retext'; pick: number; text: string }
  | { op: 'swap-ids'; list: string; a: number; b: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete', 'retype', 'duplicate'), pick: fc.nat() }),
  fc.record({ op: fc.constant('replace'), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({
    op: fc.constant('retext'),
    pick: fc.nat(),
    text: fc.string({ unit: 'binary', maxLength: 20 }),
  }),
  fc.record({
    op: fc.constant('swap-ids'),
    list: fc.constantFrom('stances', 'actors', 'issues', 'sources'),
    a: fc.nat(2),
    b: fc.nat(2),
  }),
) as fc.Arbitrary<Mutation>;

/** Applies `m` to a fresh copy of `story`. */
function mutate(story: Json, m: Mutation): Json {
  const s = structuredClone(story);
  if (m.op === 'swap-ids') {
    const list = s[m.list];
    if (!Array.isArray(list) || list.length === 0) return s;
    const [a, b] = [list[m.a % list.length], list[m.b % list.length]];
    const isObject = (v: Json) => typeof v === 'object' && v !== null;
    if (isObject(a) && isObject(b)) [a.id, b.id] = [b.id, a.id];
    return s;
  }
  const paths = allPaths(s).filter((p) => p.length > 0);
  if (paths.length === 0) return s;
  const path = paths[m.pick % paths.length]!;
  const parent = at(s, path.slice(0, -1));
  const key = path.at(-1)!;
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (m.op === 'retype') parent[key] = retype(parent[key]);
  else if (m.op === 'replace') parent[key] = m.value;
  else if (m.op === 'retext') {
    const strings = paths.filter((p) => typeof at(s, p) === 'string');
    if (strings.length === 0) return s;
    const target = strings[m.pick % strings.length]!;
    at(s, target.slice(0, -1))[target.at(-1)!] = m.text;
  } else if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
  else if (Array.isArray(parent[key])) parent[key].push(structuredClone(parent[key][0]));
  return s;
}

/** A path the validator reports: parseable, printed canonically, and (bar its last step) present in the input. */
function expectWellFormedPath(problem: ValidationError, input: Json): void {
  expect(problem.message).not.toBe('');
  const segments = parsePath(problem.path);
  expect(segments, problem.path).toBeDefined();
  expect(segments!.reduce<string>((p, k) => childPath(p, k), '(root)')).toBe(problem.path);
  let value = input;
  for (const segment of segments!.slice(0, -1)) {
    expect(Object.hasOwn(value ?? {}, segment), `${problem.path} in the input`).toBe(true);
    value = value[segment];
  }
}

function expectWellFormed(result: ValidationResult, input: Json): void {
  if (result.ok) expect(typeof result.story).toBe('object');
  else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) expectWellFormedPath(error, input);
  }
  for (const warning of result.warnings) expectWellFormedPath(warning, input);
}

test('validateStory() accepts the fuzzing base story', () => {
  expect(validateStory(baseStory())).toMatchObject({ ok: true, warnings: [] });
});

test('validateStory() returns a well-formed result for any JSON value', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (input) => expectWellFormed(validateStory(input), input)),
    { seed: SEED, numRuns: RUNS },
  );
});

test('validateStory() never throws on any JavaScript value', () => {
  const anything = fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withObjectString: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
  });
  fc.assert(
    fc.property(anything, (input) => {
      const result = validateStory(input);
      expect(result.ok || result.errors.length > 0).toBe(true);
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

test('validateStory() returns a well-formed result for any mutation of a valid story', () => {
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
      const input = mutations.reduce(mutate, baseStory());
      const started = performance.now();
      const result = validateStory(input);
      expect(performance.now() - started).toBeLessThan(500);
      expectWellFormed(result, input);
    }),
    { seed: SEED, numRuns: RUNS * 2 },
  );
});

test('validateStory() returns the same story after a JSON round trip of a valid story', () => {
  fc.assert(
    fc.property(fc.array(mutation, { maxLength: 2 }), (mutations) => {
      const result = validateStory(mutations.reduce(mutate, baseStory()));
      if (!result.ok) return;
      const again = validateStory(JSON.parse(JSON.stringify(result.story)));
      expect(again.ok && again.story).toEqual(result.story);
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

test('validateStory() never pollutes Object.prototype, wherever "__proto__" keys appear', () => {
  const spot = fc.record({
    pick: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
  });
  fc.assert(
    fc.property(fc.array(spot, { minLength: 1, maxLength: 3 }), (spots) => {
      let text = JSON.stringify(baseStory());
      for (const { pick, key } of spots) {
        // Insert `"<key>": {...}` after the pick-th "{" in the text, as a hostile file would.
        const braces = [...text.matchAll(/\{/g)].map((m) => m.index);
        const index = braces[pick % braces.length]! + 1;
        const payload = `"${key}": {"polluted": 1, "prototype": {"polluted": 2}},`;
        text = text.slice(0, index) + payload + text.slice(index);
      }
      const input: unknown = JSON.parse(text);
      expectWellFormed(validateStory(input), input);
      expect(({} as Json).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    }),
    { seed: SEED, numRuns: RUNS },
  );
});
