/**
 * Synthetic stories for the benchmark: `issues × actors` grids in the real story format,
 * generated from a seed so every run times the same data.
 */
import { DEFAULT_STANCES } from '../src/lib/default-stances';
import type { Evidence, EvidenceKind, Position, Story } from '../src/lib/types';

/** mulberry32: a small, fast, seeded PRNG returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  issues: number;
  actors: number;
  seed?: number;
  /** Share of cells with no position at all. */
  emptyShare?: number;
  /** Share of filled cells whose history has two dated positions. */
  historyShare?: number;
  /** Number of actor groups. */
  groups?: number;
}

const WORDS = (
  'we will not accept any deal that leaves our people without guarantees the talks must ' +
  'continue until a lasting agreement is reached security comes first and the border ' +
  'question belongs to the negotiating table our allies stand ready to support a ceasefire ' +
  'provided that the terms are verified by independent monitors and respected by all sides ' +
  'sanctions remain in place for now the economy needs time trade routes must reopen'
).split(' ');
const FIRST_NAMES = ['Ana', 'Boris', 'Chen', 'Dara', 'Emeka', 'Farah', 'Goran', 'Hana', 'Ivo'];
const LAST_NAMES = ['Kovacs', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quinn'];
const GROUPS = ['Government', 'Opposition', 'Allies', 'Mediators', 'Observers', 'Industry'];
const STANCES = DEFAULT_STANCES.map((stance) => stance.id);
const KINDS: readonly EvidenceKind[] = ['direct', 'reported', 'paraphrase'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function sentence(random: () => number, min: number, max: number): string {
  const length = min + Math.floor(random() * (max - min + 1));
  const words = Array.from({ length }, () => pick(random, WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function isoDate(dayOffset: number): string {
  return new Date(Date.UTC(2025, 0, 1 + dayOffset)).toISOString().slice(0, 10);
}

/** The story id for a size, e.g. `bench-50x50`. */
export function syntheticStoryId(issues: number, actors: number): string {
  return `bench-${issues}x${actors}`;
}

/**
 * A story of `issues × actors` cells: two quotes per position, a few cells with a two-position
 * history, some empty cells and actors in a handful of groups. The same options always give
 * the same story.
 */
export function syntheticStory(options: SyntheticOptions): Story {
  const { issues, actors, seed = 20250818, emptyShare = 0.08, historyShare = 0.03 } = options;
  const groupCount = options.groups ?? 5;
  const random = seededRandom(seed ^ (issues * 7919) ^ (actors * 104729));
  const sourceCount = 12;

  const actorList = Array.from({ length: actors }, (_, index) => {
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    return {
      id: `a${index + 1}`,
      name: `${first} ${last} ${index + 1}`,
      shortName: `${last} ${index + 1}`,
      role: `Delegate ${index + 1}`,
      group: GROUPS[Math.floor(random() * groupCount)] as string,
    };
  });
  const issueList = Array.from({ length: issues }, (_, index) => ({
    id: `i${index + 1}`,
    label: `Issue ${index + 1}: ${sentence(random, 2, 4).slice(0, -1)}`,
    question: `Should ${sentence(random, 5, 10).slice(0, -1).toLowerCase()}?`,
  }));
  const sources = Array.from({ length: sourceCount }, (_, index) => ({
    id: `s${index + 1}`,
    outlet: `Outlet ${index + 1}`,
    title: sentence(random, 3, 6),
    url: `https://example.org/news/${index + 1}`,
    published: isoDate(index),
  }));

  const evidence = (actorId: string, day: number): Evidence[] =>
    [0, 1].map(() => {
      const kind = pick(random, KINDS);
      const item: Evidence = {
        text: sentence(random, 12, 30),
        kind,
        source: pick(random, sources).id,
        said: isoDate(day),
      };
      if (kind !== 'paraphrase') item.speaker = actorId;
      return item;
    });

  const positions: Position[] = [];
  for (const issue of issueList) {
    for (const actor of actorList) {
      if (random() < emptyShare) continue;
      const withHistory = random() < historyShare;
      const dates = withHistory ? [20, 40] : [40];
      for (const day of dates) {
        positions.push({
          actor: actor.id,
          issue: issue.id,
          stance: pick(random, STANCES),
          asOf: isoDate(day),
          summary: sentence(random, 10, 20),
          confidence: pick(random, ['high', 'medium', 'low'] as const),
          evidence: evidence(actor.id, day),
        });
      }
    }
  }

  return {
    schemaVersion: 1,
    id: syntheticStoryId(issues, actors),
    title: `Benchmark story: ${issues} issues by ${actors} actors`,
    description: `A synthetic story of ${issues} issues and ${actors} actors, generated from a seed for the benchmark.`,
    updated: isoDate(60),
    language: 'en',
    stances: DEFAULT_STANCES.map((stance) => ({ ...stance })),
    actors: actorList,
    issues: issueList,
    sources,
    positions,
    corrections: [],
  };
}
