import { expect, test } from 'vitest';
import { fixtureInput } from '../../tests/fixtures/story';
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

test('readEmbeddedStory() validates the embedded story', () => {
  const result = readEmbeddedStory(documentWith(serialiseForScriptElement(fixtureInput)));
  expect(result.ok && result.story.id).toBe('fixture-talks');
});

test.each([
  ['no story element', undefined, 'no story in this page'],
  ['text that is not JSON', '{', 'not JSON'],
])('readEmbeddedStory() reports %s', (_case, text, message) => {
  const result = readEmbeddedStory(documentWith(text));
  expect(result.ok).toBe(false);
  expect(!result.ok && result.errors[0]?.message).toContain(message);
});

test('readEmbeddedStory() never returns a partly valid story', () => {
  const broken = { ...fixtureInput, actors: [] };
  const result = readEmbeddedStory(documentWith(JSON.stringify(broken)));
  expect(result.ok).toBe(false);
});
