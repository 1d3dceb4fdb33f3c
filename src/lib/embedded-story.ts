import type { PageStory } from './quote-chunks';
import type { StoryOutline, ValidationError } from './types';

/** Id of the `<script type="application/json">` element the build writes the story into. */
export const STORY_ELEMENT_ID = 'standpoint-story';
/** Id of the element holding the story's date labels, as `dateLabels` made them at build time. */
export const DATE_LABELS_ELEMENT_ID = 'standpoint-dates';

/** Every date a story can show: updated, positions, quotes, sources and corrections. */
export function storyDatesShown(story: StoryOutline): Set<string> {
  const dates = new Set([story.updated]);
  for (const position of story.positions) {
    dates.add(position.asOf);
    for (const evidence of position.evidence) if (evidence.said) dates.add(evidence.said);
  }
  for (const source of story.sources) if (source.published) dates.add(source.published);
  for (const correction of story.corrections) dates.add(correction.date);
  return dates;
}

/** Reads the date labels the build embedded; none if absent or malformed. */
export function readEmbeddedDateLabels(doc: Document): Record<string, string> {
  const data = parsed(doc.getElementById(DATE_LABELS_ELEMENT_ID)?.textContent);
  return typeof data === 'object' && data !== null ? (data as Record<string, string>) : {};
}

/**
 * Serialises a story for a `<script type="application/json">` element: `<` is escaped so no
 * text in the data can close the element, and U+2028/U+2029 so the text stays valid script.
 */
export function serialiseForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A `<script type="application/json">` element with this id, holding `value`. */
export function jsonScriptElement(id: string, value: unknown): string {
  return `<script type="application/json" id="${id}">${serialiseForScriptElement(value)}</script>`;
}

/**
 * Positions the story's own element holds at most. A larger story's further positions go in
 * elements of their own (`standpoint-story-2`, …), each read in a task of its own, so a page
 * reads a large story in short tasks rather than one long one: parsing a 200 × 200 outline
 * at once was a task of 100 ms on a desktop, four times that on a phone.
 */
export const POSITIONS_PER_ELEMENT = 2_000;

/** The id of the element holding the `part`th slice of a story's positions (from 2). */
function partElementId(part: number): string {
  return `${STORY_ELEMENT_ID}-${part}`;
}

/**
 * The `<script type="application/json">` elements that carry a story into its page: the story,
 * with its first `POSITIONS_PER_ELEMENT` positions and, when there are more, how many elements
 * hold the rest (`positionParts`), then those elements.
 */
export function storyScriptElements(story: PageStory): string {
  const { positions } = story;
  const parts: unknown[] = [];
  for (
    let start = POSITIONS_PER_ELEMENT;
    start < positions.length;
    start += POSITIONS_PER_ELEMENT
  ) {
    parts.push(positions.slice(start, start + POSITIONS_PER_ELEMENT));
  }
  const head =
    parts.length === 0
      ? story
      : {
          ...story,
          positions: positions.slice(0, POSITIONS_PER_ELEMENT),
          positionParts: parts.length,
        };
  return [head, ...parts]
    .map((value, at) =>
      jsonScriptElement(at === 0 ? STORY_ELEMENT_ID : partElementId(at + 1), value),
    )
    .join('');
}

/** Resolves in a task of its own, after the browser has had the chance to handle input. */
function nextTask(): Promise<void> {
  // A message, not a timer: a chain of nested timers is held to 4 ms apiece.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

const LISTS = ['stances', 'actors', 'issues', 'sources', 'positions', 'corrections'] as const;

/** The story a page embeds, or why it cannot be read. */
export type EmbeddedStoryResult =
  { ok: true; story: PageStory } | { ok: false; errors: ValidationError[] };

/**
 * Reads the story the build embedded in the page (`storyScriptElements`): a whole story, or the
 * outline of a large one whose quotes are fetched per issue (`quote-chunks.ts`); a story in
 * several elements is read one element per task. The data entered at build time, where it
 * was validated in full (`validateStory`); what the page holds is the build's own output, so
 * the browser only checks its shape instead of shipping and running the validator again,
 * which would cost kilobytes and, for a large story, seconds.
 */
export async function readEmbeddedStory(
  doc: Document,
  yieldToBrowser: () => Promise<void> = nextTask,
): Promise<EmbeddedStoryResult> {
  const text = doc.getElementById(STORY_ELEMENT_ID)?.textContent;
  if (!text) return failure('no story in this page');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return failure(`not JSON: ${String(error)}`);
  }
  if (typeof data !== 'object' || data === null || (data as PageStory).schemaVersion !== 1) {
    return failure('not a story of schema version 1');
  }
  const missing = LISTS.filter((list) => !Array.isArray((data as Record<string, unknown>)[list]));
  if (missing.length > 0) return failure(`not a built story: no ${missing.join(', ')}`);
  const marker = (data as Record<string, unknown>).quoteChunks;
  if (marker !== undefined && marker !== 'per-issue') return failure('unknown quoteChunks');
  const { positionParts: parts, ...story } = data as PageStory & { positionParts?: unknown };
  if (parts !== undefined && !(Number.isInteger(parts) && (parts as number) > 0)) {
    return failure('positionParts is not a count of elements');
  }
  for (let part = 2; part <= ((parts as number | undefined) ?? 0) + 1; part++) {
    await yieldToBrowser();
    const more = parsed(doc.getElementById(partElementId(part))?.textContent);
    if (!Array.isArray(more)) return failure(`no list of positions in part ${part} of the story`);
    (story.positions as unknown[]).push(...more);
  }
  return { ok: true, story: story as PageStory };
}

function parsed(text: string | null | undefined): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function failure(message: string): EmbeddedStoryResult {
  return { ok: false, errors: [{ path: '(root)', message }] };
}
