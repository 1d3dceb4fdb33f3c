/**
 * The part of the page state that lives in the URL hash, so a link can restore it:
 * `#date=2025-08-14&since=2025-08-13&actor=trump&issue=ceasefire-first&compare=zelenskyy,trump`.
 * Every field is optional and read on its own; a value that is missing or invalid is dropped,
 * never guessed. `date` and `since` combine: the grid is shown as of `date` (or the latest) and
 * the cells that changed after `since`, up to that day, are marked.
 */
import { isIsoDate } from './dates';
import type { StoryOutline } from './types';

export interface HashState {
  /** The selected cell's actor id; only ever set together with `issue`. */
  actor?: string;
  /** The selected cell's issue id; only ever set together with `actor`. */
  issue?: string;
  /** The day the grid is shown as of, `YYYY-MM-DD`; absent for the latest positions. */
  date?: string;
  /**
   * A day the reader saw the graphic, `YYYY-MM-DD`: cells changed after it, up to the day shown,
   * are marked. Absent: only the changes since the previous step, when a past `date` is shown.
   */
  since?: string;
  /** Two different actor ids to compare side by side. */
  compare?: [string, string];
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The still-encoded value of the first `key=` parameter, so `,` and `%2C` stay apart. */
function rawParam(query: string, key: string): string | undefined {
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    if (eq >= 0 && decode(part.slice(0, eq)) === key) return part.slice(eq + 1);
  }
  return undefined;
}

function parseCompare(raw: string | undefined): [string, string] | undefined {
  const parts = raw?.split(',').map(decode);
  if (parts?.length !== 2) return undefined;
  const [a, b] = parts;
  return a && b && a !== b ? [a, b] : undefined;
}

/**
 * Reads the hash. `actor` and `issue` are kept only together (a hash naming one of them selects
 * nothing); `date` and `since` only when each is a real `YYYY-MM-DD` date; `compare` only as exactly two
 * different, non-empty actor ids separated by a comma.
 */
export function parseHash(hash: string): HashState {
  const query = hash.replace(/^#/, '');
  const params = new URLSearchParams(query);
  const state: HashState = {};
  const date = params.get('date');
  if (isIsoDate(date)) state.date = date;
  const since = params.get('since');
  if (isIsoDate(since)) state.since = since;
  const actor = params.get('actor');
  const issue = params.get('issue');
  if (actor && issue) Object.assign(state, { actor, issue });
  const compare = parseCompare(rawParam(query, 'compare'));
  if (compare) state.compare = compare;
  return state;
}

/** Whether a state asks for a view other than the latest positions with nothing compared. */
export function asksForView(state: HashState): boolean {
  return Boolean(state.date || state.since || state.compare);
}

/**
 * Writes the hash for a state, in the order date, since, actor, issue, compare; fields that
 * `parseHash` would drop are left out. The empty string when nothing is left.
 */
export function formatHash(state: HashState): string {
  const parts: string[] = [];
  if (isIsoDate(state.date)) parts.push(`date=${state.date}`);
  if (isIsoDate(state.since)) parts.push(`since=${state.since}`);
  if (state.actor && state.issue) {
    parts.push(`actor=${encodeURIComponent(state.actor)}`);
    parts.push(`issue=${encodeURIComponent(state.issue)}`);
  }
  const [a, b] = state.compare ?? [];
  if (a && b && a !== b) {
    parts.push(`compare=${encodeURIComponent(a)},${encodeURIComponent(b)}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}

/**
 * Keeps only what the story can show: a cell whose actor and issue both exist, a date no later
 * than the story's `updated`, a `since` no later than `updated`, and a comparison of two actors of the story.
 */
export function resolveHash(state: HashState, story: StoryOutline): HashState {
  const actors = new Set(story.actors.map((actor) => actor.id));
  const issues = new Set(story.issues.map((issue) => issue.id));
  const resolved: HashState = {};
  if (isIsoDate(state.date) && state.date <= story.updated) resolved.date = state.date;
  if (isIsoDate(state.since) && state.since <= story.updated) resolved.since = state.since;
  if (state.actor && state.issue && actors.has(state.actor) && issues.has(state.issue)) {
    Object.assign(resolved, { actor: state.actor, issue: state.issue });
  }
  const [a, b] = state.compare ?? [];
  if (a && b && a !== b && actors.has(a) && actors.has(b)) resolved.compare = [a, b];
  return resolved;
}
