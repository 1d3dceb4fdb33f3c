import { expect, test } from 'vitest';
import { fixtureStory } from '../tests/fixtures/story';
import { STORY_ELEMENT_ID } from '../src/lib/embedded-story';
import { escapeHtml } from '../src/lib/escape-html';
import {
  classicAssetTags,
  CONTENT_SECURITY_POLICY,
  relocateOneFolderDown,
  storyPageHtml,
} from './page-html';

const template = `<!doctype html><html lang="en"><head><!--standpoint:head--></head><body><div id="app"><!--standpoint:app--></div><!--standpoint:appendix--><!--standpoint:data--></body></html>`;
const page = {
  mode: 'page',
  app: '<p>prerendered</p>',
  appendix: '<p>every position</p>',
  embedUrl: 'embed.html',
  csp: true,
} as const;

test('storyPageHtml() writes the title, description and link-preview tags from the story', () => {
  const html = storyPageHtml(template, fixtureStory(), page);
  expect(html).toContain('<title>Fixture talks</title>');
  expect(html).toContain('<meta name="description" content="A story for tests." />');
  expect(html).toContain('<meta property="og:title" content="Fixture talks" />');
});

test('storyPageHtml() sets the page language from the story', () => {
  const story = { ...fixtureStory(), language: 'uk' };
  expect(storyPageHtml(template, story, page)).toContain('<html lang="uk"');
});

test('storyPageHtml() embeds the story so no text in it can close the script element', () => {
  const story = { ...fixtureStory(), title: '</script><script>alert(1)</script>' };
  const html = storyPageHtml(template, story, page);
  expect(html).not.toContain('</script><script>alert(1)');
  const json = html.split(`id="${STORY_ELEMENT_ID}">`)[1]?.split('</script>')[0] ?? '';
  expect(JSON.parse(json).title).toBe(story.title);
  expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
});

test("storyPageHtml() keeps story text with $ signs as written ($& and $' are not replacement patterns)", () => {
  const title = "Costs of R$& and $' and $1";
  const story = { ...fixtureStory(), title, description: title };
  const html = storyPageHtml(template, story, {
    ...page,
    app: `<h1>${title}</h1>`,
    appendix: `<p>${title}</p>`,
  });
  expect(html).toContain(
    `<div id="app" data-mode="page" data-embed-url="embed.html"><h1>${title}</h1></div>`,
  );
  expect(html).toContain(`<p>${title}</p>`);
  const json = html.split(`id="${STORY_ELEMENT_ID}">`)[1]?.split('</script>')[0] ?? '';
  expect(JSON.parse(json).title).toBe(title);
  expect(html).toContain(`<meta name="description" content="${escapeHtml(title)}" />`);
});

test('storyPageHtml() drops the hydration markers from the appendix, which is never hydrated', () => {
  const html = storyPageHtml(template, fixtureStory(), {
    ...page,
    app: '<p><!--[-->kept<!--]--></p>',
    appendix: '<ul><!--[--><li><!--[0-->a<!--]--></li><!----><!--[-1--><!--]--></ul>',
  });
  expect(html).toContain('<ul><li>a</li></ul>');
  expect(html).toContain('<p><!--[-->kept<!--]--></p>');
});

test('storyPageHtml() puts the prerendered dashboard in the app root with its mode and embed URL', () => {
  const html = storyPageHtml(template, fixtureStory(), page);
  expect(html).toContain(
    '<div id="app" data-mode="page" data-embed-url="embed.html"><p>prerendered</p></div>',
  );
});

test('storyPageHtml() gives a chunked story’s app root the URL of its quote files, unchanged one folder down', () => {
  const html = storyPageHtml(template, fixtureStory(), { ...page, quotesUrl: 'story/quotes/' });
  expect(html).toContain('data-embed-url="embed.html" data-quotes-url="story/quotes/">');
  expect(relocateOneFolderDown(html)).toContain('data-quotes-url="story/quotes/"');
  expect(storyPageHtml(template, fixtureStory(), page)).not.toContain('data-quotes-url');
});

test('storyPageHtml() adds the content-security policy to built pages only', () => {
  expect(storyPageHtml(template, fixtureStory(), page)).toContain(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';`.replace(
      /'/g,
      '&#39;',
    ),
  );
  expect(storyPageHtml(template, fixtureStory(), { ...page, csp: false })).not.toContain(
    'Content-Security-Policy',
  );
});

test('CONTENT_SECURITY_POLICY allows no inline code, no eval and only Svelte’s Trusted Types policy', () => {
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
  expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'");
  expect(CONTENT_SECURITY_POLICY).toContain('trusted-types svelte-trusted-html');
});

test('relocateOneFolderDown() points relative asset URLs one folder up', () => {
  const html =
    '<script src="./assets/a.js"></script><link href="./assets/a.css"><a href="https://x/">';
  expect(relocateOneFolderDown(html)).toBe(
    '<script src="../assets/a.js"></script><link href="../assets/a.css"><a href="https://x/">',
  );
});

test('classicAssetTags() swaps the module script for a deferred classic one, both fetched without CORS', () => {
  const html =
    '<script type="module" crossorigin src="./assets/a.js"></script><link rel="stylesheet" crossorigin href="./assets/a.css">';
  expect(classicAssetTags(html, './assets/embed-app.js')).toBe(
    '<script defer src="./assets/embed-app.js"></script><link rel="stylesheet" href="./assets/a.css">',
  );
});
