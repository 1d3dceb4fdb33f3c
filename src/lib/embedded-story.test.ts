import { expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import {
  POSITIONS_PER_ELEMENT,
  readEmbeddedStory,
  serialiseForScriptElement,
  STORY_ELEMENT_ID,
  storyScriptElements,
} from './embedded-story';
import type { Position } from './types';

/** A document holding these elements' text by id. */
function documentOf(elements: Record<string, string>): Document {
  return {
    getElementById: (id: string) => (id in elements ? { textContent: elements[id] } : null),
  } as unknown as Document;
}

function documentWith(text: string | undefined): Document {
  return documentOf(text === undefined ? {} : { [STORY_ELEMENT_ID]: text });
}

/** The elements a page's HTML holds, by id, as the browser would parse them. */
function documentFromHtml(html: string): Document {
  const elements: Record<string, string> = {};
  for (const [, id, text] of html.matchAll(
    /<script type="application\/json" id="([^"]+)">(.*?)<\/script>/g,
  )) {
    elements[id!] = text!;
  }
  return documentOf(elements);
}

/** A story with `count` positions, copies of the fixture's first with summaries of their own. */
function storyWithPositions(count: number) {
  const story = fixtureStory();
  const model = story.positions[0]!;
  story.positions = Array.from({ length: count }, (_, at): Position => ({
    ...model,
    summary: `Position ${at}`,
  }));
  return story;
}

/** Resolves at once, counting the tasks a reading asked for. */
function countingYield() {
  const counter = { tasks: 0, yieldToBrowser: async () => void (counter.tasks += 1) };
  return counter;
}

test('serialiseForScriptElement() escapes characters that could end the element', () => {
  const text = serialiseForScriptElement({ a: '</script>\u2028\u2029' });
  expect(text).not.toMatch(/<|\u2028|\u2029/);
  expect(JSON.parse(text)).toEqual({ a: '</script>\u2028\u2029' });
});

test('readEmbeddedStory() reads back the story the build serialised', async () => {
  const story = fixtureStory();
  const result = await readEmbeddedStory(documentWith(serialiseForScriptElement(story)));
  expect(result).toEqual({ ok: true, story });
});

test('readEmbeddedStory() reads back the outline of a chunked story, marker included', async () => {
  const outline = { ...fixtureStory(), quoteChunks: 'per-issue' };
  const result = await readEmbeddedStory(documentWith(serialiseForScriptElement(outline)));
  expect(result).toEqual({ ok: true, story: outline });
});

test.each([
  ['no story element', undefined, 'no story in this page'],
  ['text that is not JSON', '{', 'not JSON'],
  ['another schema version', '{"schemaVersion":2}', 'schema version 1'],
  [
    'an unbuilt story without defaults',
    JSON.stringify({ schemaVersion: 1, actors: [] }),
    'no stances',
  ],
  [
    'an unknown quote chunk marker',
    JSON.stringify({ ...fixtureStory(), quoteChunks: 'per-actor' }),
    'unknown quoteChunks',
  ],
  [
    'a count of position elements that is not one',
    JSON.stringify({ ...fixtureStory(), positionParts: 'two' }),
    'positionParts',
  ],
  [
    'a missing element of positions',
    JSON.stringify({ ...fixtureStory(), positionParts: 1 }),
    'part 2',
  ],
])('readEmbeddedStory() reports %s and never returns a story', async (_case, text, message) => {
  const result = await readEmbeddedStory(documentWith(text));
  expect(result.ok).toBe(false);
  expect(!result.ok && result.errors[0]?.message).toContain(message);
});

test('storyScriptElements() writes a small story as one element, as serialiseForScriptElement does', () => {
  const story = fixtureStory();
  expect(storyScriptElements(story)).toBe(
    `<script type="application/json" id="${STORY_ELEMENT_ID}">${serialiseForScriptElement(story)}</script>`,
  );
});

test('a large story is written in elements of positions and read back whole, one element per task', async () => {
  const story = storyWithPositions(2 * POSITIONS_PER_ELEMENT + 1);
  const html = storyScriptElements(story);
  expect(html.match(/<script /g)).toHaveLength(3);
  const reading = countingYield();
  const result = await readEmbeddedStory(documentFromHtml(html), reading.yieldToBrowser);
  expect(result).toEqual({ ok: true, story });
  expect(reading.tasks).toBe(2);
});

test.each([
  ['is not JSON', '['],
  ['is not a list', '{}'],
])('readEmbeddedStory() fails when an element of positions %s', async (_case, text) => {
  const html = storyScriptElements(storyWithPositions(POSITIONS_PER_ELEMENT + 1)).replace(
    /(id="standpoint-story-2">).*?(<\/script>)/,
    `$1${text}$2`,
  );
  const result = await readEmbeddedStory(documentFromHtml(html), countingYield().yieldToBrowser);
  expect(!result.ok && result.errors[0]?.message).toContain('part 2');
});
