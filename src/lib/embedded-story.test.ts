import { expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { readEmbeddedStory, serialiseForScriptElement, STORY_ELEMENT_ID } from './embedded-story';

function documentWith(text: string | undefined): Document {
  return {
    getElementById: (id: string) =>
      id === STORY_ELEMENT_ID && text !== undefined ? { textContent: text } : null,
  } as unknown as Document;
}

test('serialiseForScriptElement() escapes characters that could end the element', () => {
  const text = serialiseForScriptElement({ a: '</script>\u2028\u2029' });
  expect(text).not.toMatch(/<|\u2028|\u2029/);
  expect(JSON.parse(text)).toEqual({ a: '</script>\u2028\u2029' });
});

test('readEmbeddedStory() reads back the story the build serialised', () => {
  const story = fixtureStory();
  const result = readEmbeddedStory(documentWith(serialiseForScriptElement(story)));
  expect(result).toEqual({ ok: true, story });
});

test('readEmbeddedStory() reads back the outline of a chunked story, marker included', () => {
  const outline = { ...fixtureStory(), quoteChunks: 'per-issue' };
  const result = readEmbeddedStory(documentWith(serialiseForScriptElement(outline)));
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
])('readEmbeddedStory() reports %s and never returns a story', (_case, text, message) => {
  const result = readEmbeddedStory(documentWith(text));
  expect(result.ok).toBe(false);
  expect(!result.ok && result.errors[0]?.message).toContain(message);
});
