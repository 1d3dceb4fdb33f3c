import { expect, test } from 'vitest';
import { fixtureStory } from '../tests/fixtures/story';
import { STORY_ELEMENT_ID } from '../src/lib/embedded-story';
import { escapeHtml, relocateOneFolderDown, storyPageHtml } from './page-html';

const template = `<!doctype html><html lang="en"><head><!--standpoint:head--></head><body><!--standpoint:data--></body></html>`;

test('storyPageHtml() writes the title, description and link-preview tags from the story', () => {
  const html = storyPageHtml(template, fixtureStory());
  expect(html).toContain('<title>Fixture talks</title>');
  expect(html).toContain('<meta name="description" content="A story for tests." />');
  expect(html).toContain('<meta property="og:title" content="Fixture talks" />');
});

test('storyPageHtml() sets the page language from the story', () => {
  const story = { ...fixtureStory(), language: 'uk' };
  expect(storyPageHtml(template, story)).toContain('<html lang="uk"');
});

test('storyPageHtml() embeds the story so no text in it can close the script element', () => {
  const story = { ...fixtureStory(), title: '</script><script>alert(1)</script>' };
  const html = storyPageHtml(template, story);
  expect(html).not.toContain('</script><script>alert(1)');
  const json = html.split(`id="${STORY_ELEMENT_ID}">`)[1]?.split('</script>')[0] ?? '';
  expect(JSON.parse(json).title).toBe(story.title);
  expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
});

test('escapeHtml() escapes every character that could open markup or end an attribute', () => {
  expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
  );
});

test('relocateOneFolderDown() points relative asset URLs one folder up', () => {
  const html =
    '<script src="./assets/a.js"></script><link href="./assets/a.css"><a href="https://x/">';
  expect(relocateOneFolderDown(html)).toBe(
    '<script src="../assets/a.js"></script><link href="../assets/a.css"><a href="https://x/">',
  );
});
