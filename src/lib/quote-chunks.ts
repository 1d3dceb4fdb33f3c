/**
 * Quote chunks: how a large story keeps its quotes out of the first response.
 *
 * Above `QUOTE_CHUNK_THRESHOLD` pieces of evidence, the build embeds an outline of the story in
 * each page (`ChunkedStory`: every position with its evidence's kind, speaker, source and date,
 * so the grid, cell names, certainty and dates are right at first paint) and writes the words
 * (`text`, `original`, `originalLanguage`) into one file per issue, `quotes/<n>.json` beside the
 * story's pages, `n` being the issue's index in `story.issues`. The page fetches an issue's file
 * when one of its cells is opened (`QuoteLoader`). Smaller stories stay whole in the page.
 */
import { group } from 'd3-array';
import { compact } from './compact';
import { whenIdle } from './idle';
import type {
  Evidence,
  EvidenceOutline,
  EvidenceWords,
  Position,
  PositionOutline,
  Story,
  StoryOutline,
} from './types';

/**
 * Above this many pieces of evidence a story is chunked. The bundled stories hold tens and a
 * 10 × 10 synthetic story about 190; the benchmark's 50 × 50 holds about 4,700.
 */
export const QUOTE_CHUNK_THRESHOLD = 1000;

/** The folder beside a story's pages that holds its chunks. */
export const QUOTES_FOLDER = 'quotes';

/** A large story as its page embeds it: the outline, marked so nothing takes it for the whole. */
export interface ChunkedStory extends StoryOutline {
  /** The evidence words are in one `QuoteChunk` file per issue. */
  quoteChunks: 'per-issue';
}

/** What a page embeds: a whole story, or the outline of a large one. */
export type PageStory = Story | ChunkedStory;

/** One chunk file: the words of every piece of evidence on one issue, position by position. */
export interface QuoteChunk {
  /** The issue's id, so a file can be checked against the issue it was fetched for. */
  issue: string;
  positions: { actor: string; asOf: string; evidence: EvidenceWords[] }[];
}

/** Every position of one issue with its evidence, words included, by `positionKey`. */
export type IssueQuotes = ReadonlyMap<string, Evidence[]>;

export function isChunked(story: PageStory): story is ChunkedStory {
  return 'quoteChunks' in story;
}

/** How many pieces of evidence a story holds. */
export function quoteCount(story: StoryOutline): number {
  return story.positions.reduce((count, position) => count + position.evidence.length, 0);
}

/** A chunk's file name: the issue's index, so it never depends on the characters of an id. */
export function chunkFileName(issueIndex: number): string {
  return `${issueIndex}.json`;
}

/** Names one position within an issue. */
export function positionKey(actor: string, asOf: string): string {
  return JSON.stringify([actor, asOf]);
}

function outlineOf({ kind, speaker, source, said }: Evidence): EvidenceOutline {
  return compact({ kind, speaker, source, said });
}

function wordsOf({ text, original, originalLanguage }: Evidence): EvidenceWords {
  return compact({ text, original, originalLanguage });
}

/** The fields in the order `validateStory` writes them, so a rebuilt story reads the same. */
function joined(outline: EvidenceOutline, words: EvidenceWords): Evidence {
  const { kind, speaker, source, said } = outline;
  const { text, original, originalLanguage } = words;
  return compact({ text, kind, speaker, source, said, original, originalLanguage });
}

/**
 * What the build puts in a story's pages: the story itself up to `threshold` pieces of
 * evidence, else its outline and one chunk per issue, in `story.issues` order. Does not modify
 * `story`.
 */
export function pageStory(
  story: Story,
  threshold = QUOTE_CHUNK_THRESHOLD,
): { story: PageStory; chunks: QuoteChunk[] } {
  if (quoteCount(story) <= threshold) return { story, chunks: [] };
  const outline: ChunkedStory = {
    ...story,
    positions: story.positions.map((position) => ({
      ...position,
      evidence: position.evidence.map(outlineOf),
    })),
    quoteChunks: 'per-issue',
  };
  const byIssue = positionsByIssue(story.positions);
  const chunks = story.issues.map((issue) => ({
    issue: issue.id,
    positions: (byIssue.get(issue.id) ?? []).map(({ actor, asOf, evidence }) => ({
      actor,
      asOf,
      evidence: evidence.map(wordsOf),
    })),
  }));
  return { story: outline, chunks };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

function readWords(value: unknown, path: string): EvidenceWords | string {
  if (!isObject(value) || typeof value.text !== 'string') return `${path}.text: not a string`;
  if (!isOptionalString(value.original)) return `${path}.original: not a string`;
  if (!isOptionalString(value.originalLanguage)) return `${path}.originalLanguage: not a string`;
  return compact({
    text: value.text,
    original: value.original as string | undefined,
    originalLanguage: value.originalLanguage as string | undefined,
  });
}

/**
 * Checks a fetched chunk (unknown in) against the outline positions of its issue: the issue id,
 * one entry per position, as many words as the outline has evidence. Returns the issue's
 * evidence with words, or the first problem with its JSON path.
 */
export function readQuoteChunk(
  data: unknown,
  issueId: string,
  outline: readonly PositionOutline[],
): { ok: true; quotes: IssueQuotes } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error });
  if (!isObject(data) || data.issue !== issueId) return fail(`issue: not "${issueId}"`);
  if (!Array.isArray(data.positions)) return fail('positions: not a list');
  const expected = new Map(outline.map((p) => [positionKey(p.actor, p.asOf), p.evidence]));
  const quotes = new Map<string, Evidence[]>();
  for (const [i, entry] of (data.positions as unknown[]).entries()) {
    const path = `positions[${i}]`;
    if (!isObject(entry) || typeof entry.actor !== 'string' || typeof entry.asOf !== 'string') {
      return fail(`${path}: needs an actor and an asOf`);
    }
    const key = positionKey(entry.actor, entry.asOf);
    const evidence = expected.get(key);
    if (!evidence || quotes.has(key)) return fail(`${path}: no such position on this issue`);
    const words = entry.evidence;
    if (!Array.isArray(words) || words.length !== evidence.length) {
      return fail(`${path}.evidence: not ${evidence.length} items`);
    }
    const joinedEvidence: Evidence[] = [];
    for (const [j, item] of words.entries()) {
      const read = readWords(item, `${path}.evidence[${j}]`);
      if (typeof read === 'string') return fail(read);
      joinedEvidence.push(joined(evidence[j]!, read));
    }
    quotes.set(key, joinedEvidence);
  }
  if (quotes.size !== expected.size)
    return fail(`positions: ${expected.size - quotes.size} missing`);
  return { ok: true, quotes };
}

/** A cell's history with its words; undefined if `quotes` lacks one of its positions. */
export function withQuotes(
  history: readonly PositionOutline[],
  quotes: IssueQuotes,
): Position[] | undefined {
  const full: Position[] = [];
  for (const position of history) {
    const evidence = quotes.get(positionKey(position.actor, position.asOf));
    if (!evidence) return undefined;
    full.push({ ...position, evidence });
  }
  return full;
}

/** A story's positions by issue id, each issue's in the story's order. */
function positionsByIssue<P extends PositionOutline>(positions: readonly P[]): Map<string, P[]> {
  return group(positions, (position) => position.issue);
}

/** Fetches a URL's JSON; a status other than 2xx is an error. */
export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Where a page gets its quotes. A whole story has them all at hand; a chunked one fetches an
 * issue's chunk once, shares the request between callers, keeps it, and forgets a failed one
 * so the next call tries again. A chunk fetched ahead of need (`prefetch`) is read, which means
 * checked against the outline, once the page is idle, unless a reader asks for it first.
 */
export class QuoteLoader {
  readonly #story: PageStory;
  readonly #folder: string;
  readonly #fetch: (url: string) => Promise<unknown>;
  readonly #loaded = new Map<string, IssueQuotes>();
  readonly #pending = new Map<string, Promise<IssueQuotes>>();
  /** Chunks fetched ahead of need, arriving or arrived, not read yet. */
  readonly #unread = new Map<string, Promise<unknown>>();
  #byIssue: Map<string, PositionOutline[]> | undefined;
  #whole: Story | undefined;

  /**
   * @param story What the page embedded.
   * @param folder URL of the chunk folder relative to the page, ending in `/` (`quotes/`).
   * @param fetcher Fetches and parses a chunk; `fetchJson` unless a test stands in.
   */
  constructor(
    story: PageStory,
    folder: string,
    fetcher: (url: string) => Promise<unknown> = fetchJson,
  ) {
    this.#story = story;
    this.#folder = folder;
    this.#fetch = fetcher;
    if (!isChunked(story)) this.#whole = story;
  }

  /** The positions of one issue, words included, without waiting; undefined until loaded. */
  cached(issueId: string): IssueQuotes | undefined {
    const loaded = this.#loaded.get(issueId);
    if (loaded || !this.#whole) return loaded;
    // A whole story is the story embedded, so its positions carry their words.
    const quotes = new Map(
      (this.#positionsOf(issueId) as Position[]).map((position) => [
        positionKey(position.actor, position.asOf),
        position.evidence,
      ]),
    );
    this.#loaded.set(issueId, quotes);
    return quotes;
  }

  /** The positions the page embedded for one issue, grouped on first use. */
  #positionsOf(issueId: string): readonly PositionOutline[] {
    this.#byIssue ??= positionsByIssue(this.#story.positions);
    return this.#byIssue.get(issueId) ?? [];
  }

  /** The positions of one issue, words included, fetching its chunk if needed. */
  load(issueId: string): Promise<IssueQuotes> {
    const at = this.cached(issueId);
    if (at) return Promise.resolve(at);
    let pending = this.#pending.get(issueId);
    if (!pending) {
      const fetched = this.#unread.get(issueId);
      this.#unread.delete(issueId);
      pending = this.#read(issueId, fetched).finally(() => this.#pending.delete(issueId));
      this.#pending.set(issueId, pending);
    }
    return pending;
  }

  /**
   * Starts fetching an issue's chunk before anyone needs it, e.g. for rows a reader has scrolled
   * to. Reading it waits until the page is idle: chunks that land as a reader taps a cell never
   * hold back the frame that answers the tap. A failed fetch is forgotten, for `load` to retry.
   */
  prefetch(issueId: string): void {
    const url = this.#urlOf(issueId);
    if (!url || this.cached(issueId) || this.#pending.has(issueId) || this.#unread.has(issueId)) {
      return;
    }
    const data = this.#fetch(url);
    this.#unread.set(issueId, data);
    data.then(
      () => whenIdle(() => void this.load(issueId).catch(() => undefined)),
      () => {
        if (this.#unread.get(issueId) === data) this.#unread.delete(issueId);
      },
    );
  }

  #urlOf(issueId: string): string | undefined {
    const index = this.#story.issues.findIndex((issue) => issue.id === issueId);
    return index < 0 ? undefined : `${this.#folder}${chunkFileName(index)}`;
  }

  /** Reads an issue's chunk, as fetched ahead of need or fetched now, and keeps it. */
  async #read(issueId: string, fetched: Promise<unknown> | undefined): Promise<IssueQuotes> {
    const url = this.#urlOf(issueId);
    if (!url) throw new Error(`no issue "${issueId}"`);
    const read = readQuoteChunk(
      await (fetched ?? this.#fetch(url)),
      issueId,
      this.#positionsOf(issueId),
    );
    if (!read.ok) throw new Error(`${url}: ${read.error}`);
    this.#loaded.set(issueId, read.quotes);
    return read.quotes;
  }

  /** The whole story without waiting, if every quote is at hand. */
  whole(): Story | undefined {
    return this.#whole;
  }

  /** The whole story, fetching every missing chunk; `onprogress` hears each issue arrive. */
  async loadAll(onprogress?: (loaded: number, total: number) => void): Promise<Story> {
    if (this.#whole) return this.#whole;
    const { issues, positions } = this.#story;
    let done = 0;
    onprogress?.(done, issues.length);
    const quotes = new Map(
      await Promise.all(
        issues.map(async (issue) => {
          const loaded = await this.load(issue.id);
          onprogress?.(++done, issues.length);
          return [issue.id, loaded] as const;
        }),
      ),
    );
    const full = positions.map((position) => {
      const evidence = quotes.get(position.issue)?.get(positionKey(position.actor, position.asOf));
      if (!evidence) throw new Error(`no quotes for ${positionKey(position.actor, position.asOf)}`);
      return { ...position, evidence };
    });
    // The outline's fields in their order, positions with their words, and no marker.
    const whole: Story = { ...this.#story, positions: full };
    delete (whole as Partial<ChunkedStory>).quoteChunks;
    this.#whole = whole;
    return whole;
  }
}
