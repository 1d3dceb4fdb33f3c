/**
 * Finds quotes, summaries and speakers that contain what a reader typed.
 *
 * Matching ignores case (each character lowercased for the story's language), accents (then
 * decomposed to NFD and combining marks dropped, so "Zelenskyy" finds "Zélenskyy"), curly versus straight
 * quotes, and runs of whitespace (any run counts as one space). Offsets in results point into
 * the original, unnormalised text, so the interface can highlight the match as written.
 */
import type { Position, Story } from './types';

/** Which text of a position matched. */
export type SearchField = 'text' | 'original' | 'speaker' | 'summary';

export interface QuoteMatch {
  /** Actor id of the position. */
  actor: string;
  /** Issue id of the position. */
  issue: string;
  /** `asOf` of the position: with actor and issue, it names the position. */
  asOf: string;
  /** Index into the position's `evidence`; undefined when the summary matched. */
  evidenceIndex: number | undefined;
  field: SearchField;
  /** The text that matched, as written (for `speaker`, the speaker's name). */
  text: string;
  /** Start (inclusive) and end (exclusive) of the first match in `text`, in UTF-16 units. */
  match: [number, number];
}

export interface SearchOptions {
  /** At most this many results. Default 50. */
  limit?: number;
}

export const DEFAULT_SEARCH_LIMIT = 50;

const COMBINING_MARKS = /\p{M}/gu;
const COMBINING_MARK = /^\p{M}$/u;
const WHITESPACE = /\s/u;
const QUOTE_FOLDS: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };

function lowerCaser(language: string): (text: string) => string {
  try {
    'a'.toLocaleLowerCase(language);
    return (text) => text.toLocaleLowerCase(language);
  } catch {
    return (text) => text.toLowerCase();
  }
}

/** The normalised text and, for each of its UTF-16 units, the span of the original it came from. */
interface Folded {
  text: string;
  starts: number[];
  ends: number[];
}

function fold(original: string, lower: (text: string) => string): Folded {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of original) {
    const end = index + char.length;
    let out: string;
    if (WHITESPACE.test(char)) out = text.endsWith(' ') || text === '' ? '' : ' ';
    else out = QUOTE_FOLDS[char] ?? lower(char).normalize('NFD').replace(COMBINING_MARKS, '');
    // A combining mark written separately belongs to the letter before it.
    if (out === '' && COMBINING_MARK.test(char) && ends.length > 0) ends[ends.length - 1] = end;
    for (let i = 0; i < out.length; i++) {
      starts.push(index);
      ends.push(end);
    }
    text += out;
    index = end;
  }
  return { text, starts, ends };
}

/** Normalises a query as the text is normalised, trimming leading and trailing space. */
function foldQuery(query: string, lower: (text: string) => string): string {
  return fold(query, lower).text.trimEnd();
}

function findIn(
  text: string,
  needle: string,
  lower: (text: string) => string,
): [number, number] | undefined {
  const folded = fold(text, lower);
  const at = folded.text.indexOf(needle);
  if (at < 0) return undefined;
  return [folded.starts[at]!, folded.ends[at + needle.length - 1]!];
}

/** Positions in grid order: issues as the editor listed them, then actors, newest first. */
function ordered(story: Story): Position[] {
  const issueIndex = new Map(story.issues.map((issue, i) => [issue.id, i]));
  const actorIndex = new Map(story.actors.map((actor, i) => [actor.id, i]));
  return story.positions
    .map((position, i) => ({ position, i }))
    .sort(
      (x, y) =>
        (issueIndex.get(x.position.issue) ?? 0) - (issueIndex.get(y.position.issue) ?? 0) ||
        (actorIndex.get(x.position.actor) ?? 0) - (actorIndex.get(y.position.actor) ?? 0) ||
        (x.position.asOf < y.position.asOf ? 1 : x.position.asOf > y.position.asOf ? -1 : 0) ||
        x.i - y.i,
    )
    .map(({ position }) => position);
}

/**
 * Every piece of evidence (its `text`, its `original` and its speaker's name) and every summary
 * that contains `query`, in grid order (issues, actors, newest position first; within a position
 * its summary, then each evidence's text, original and speaker). One result per matching text,
 * pointing at its first match. A query of only whitespace finds nothing. The story is not
 * modified.
 */
export function searchQuotes(
  story: Story,
  query: string,
  language: string,
  options: SearchOptions = {},
): QuoteMatch[] {
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  const lower = lowerCaser(language);
  const needle = foldQuery(query, lower);
  const results: QuoteMatch[] = [];
  if (needle === '' || limit <= 0) return results;
  const names = new Map(story.actors.map((actor) => [actor.id, actor.name]));

  for (const position of ordered(story)) {
    const { actor, issue, asOf } = position;
    const candidates: [SearchField, number | undefined, string | undefined][] = [
      ['summary', undefined, position.summary],
    ];
    position.evidence.forEach((evidence, index) => {
      candidates.push(['text', index, evidence.text]);
      candidates.push(['original', index, evidence.original]);
      candidates.push(['speaker', index, evidence.speaker && names.get(evidence.speaker)]);
    });
    for (const [field, evidenceIndex, text] of candidates) {
      if (!text) continue;
      const match = findIn(text, needle, lower);
      if (!match) continue;
      results.push({ actor, issue, asOf, evidenceIndex, field, text, match });
      if (results.length >= limit) return results;
    }
  }
  return results;
}

/** A match with a little text either side of it, for a result line. */
export interface Excerpt {
  /** Text before the match, with a leading `…` when cut. */
  before: string;
  match: string;
  /** Text after the match, with a trailing `…` when cut. */
  after: string;
}

/**
 * The match and about `context` characters either side of it, cut at word boundaries where
 * possible.
 */
export function matchExcerpt({ text, match: [start, end] }: QuoteMatch, context = 70): Excerpt {
  const from = start > context ? text.lastIndexOf(' ', start - context) + 1 : 0;
  const cut = text.indexOf(' ', end + context);
  const to = end + context < text.length && cut > 0 ? cut : text.length;
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, start)}`,
    match: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? '…' : ''}`,
  };
}
