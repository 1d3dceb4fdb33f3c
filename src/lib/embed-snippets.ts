import { escapeHtml } from './escape-html';

/** The official pym.js v1 build, as NPR publishes it for embedding hosts. */
export const PYM_SCRIPT_URL = 'https://pym.nprapps.org/pym.v1.min.js';

/** A JavaScript string literal that cannot close the script element it sits in. */
function scriptString(value: string): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export interface EmbedSnippets {
  loader: string;
  pym: string;
  iframe: string;
}

/**
 * The three ways a host page can embed a story, from the absolute URL of its embed page
 * (`…/<id>/embed.html`). The loader script sits at the site root, one folder above.
 */
export function embedSnippets(embedPageUrl: string, storyId: string, title: string): EmbedSnippets {
  const embed = new URL(embedPageUrl);
  const src = escapeHtml(embed.href);
  const page = escapeHtml(new URL('./', embed).href);
  const loader = escapeHtml(new URL('../embed.js', embed).href);
  const safeTitle = escapeHtml(title);
  const containerId = `standpoint-${storyId}`;
  return {
    loader: [
      `<div data-standpoint-src="${src}">`,
      `  <a href="${page}">${safeTitle}</a>`,
      `</div>`,
      `<script src="${loader}" async></script>`,
    ].join('\n'),
    pym: [
      `<div id="${containerId}"></div>`,
      `<script src="${PYM_SCRIPT_URL}"></script>`,
      `<script>new pym.Parent(${scriptString(containerId)}, ${scriptString(embed.href)}, { title: ${scriptString(title)} });</script>`,
    ].join('\n'),
    iframe: `<iframe src="${src}" title="${safeTitle}" width="100%" height="900" loading="lazy" style="border: 0"></iframe>`,
  };
}
