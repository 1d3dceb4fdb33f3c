import { expect, test } from 'vitest';
import { embedSnippets, PYM_SCRIPT_URL } from './embed-snippets';

const url = 'https://news.example/graphics/talks/white-house-talks/embed.html';

test('embedSnippets() points the loader at the embed page and the script at the site root', () => {
  const { loader } = embedSnippets(url, 'white-house-talks', 'Where they stand');
  expect(loader).toContain(`data-standpoint-src="${url}"`);
  expect(loader).toContain('<script src="https://news.example/graphics/talks/embed.js" async>');
  expect(loader).toContain('<a href="https://news.example/graphics/talks/white-house-talks/">');
});

test('embedSnippets() gives a pym.js snippet that creates a pym.Parent for the embed page', () => {
  const { pym } = embedSnippets(url, 'white-house-talks', 'Where they stand');
  expect(pym).toContain(`<script src="${PYM_SCRIPT_URL}"></script>`);
  expect(pym).toContain(`new pym.Parent("standpoint-white-house-talks", "${url}"`);
});

test('embedSnippets() escapes a title that contains markup', () => {
  const snippets = embedSnippets(url, 'x', '</script><b>"Talks"</b>');
  expect(snippets.loader).not.toContain('<b>');
  expect(snippets.iframe).toContain('title="&lt;/script&gt;&lt;b&gt;&quot;Talks&quot;&lt;/b&gt;"');
  expect(snippets.pym).not.toContain('</script><b>');
});
