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
  try {
    const data: unknown = JSON.parse(
      doc.getElementById(DATE_LABELS_ELEMENT_ID)?.textContent ?? '{}',
    );
    return typeof data === 'object' && data !== null ? (data as Record<string, string>) : {};
  } catch {
    return {};
  }
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

const LISTS = ['stances', 'actors', 'issues', 'sources', 'positions', 'corrections'] as const;

/** The story a page embeds, or why it cannot be read. */
export type EmbeddedStoryResult =
  { ok: true; story: PageStory } | { ok: false; errors: ValidationError[] };

/**
 * Reads the story the build embedded in the page: a whole story, or the outline of a large one
 * whose quotes are fetched per issue (`quote-chunks.ts`). The data entered at build time, where it
 * was validated in full (`validateStory`); what the page holds is the build's own output, so
 * the browser only checks its shape instead of shipping and running the validator again,
 * which would cost kilobytes and, for a large story, seconds.
 */
export function readEmbeddedStory(doc: Document): EmbeddedStoryResult {
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
  return { ok: true, story: data as PageStory };
}

function failure(message: string): EmbeddedStoryResult {
  return { ok: false, errors: [{ path: '(root)', message }] };
}
