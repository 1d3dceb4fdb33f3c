import { serialiseForScriptElement, STORY_ELEMENT_ID } from '../src/lib/embedded-story';
import type { Story } from '../src/lib/types';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

function headTags(story: Story): string {
  const title = escapeHtml(story.title);
  const description = story.description ? escapeHtml(story.description) : undefined;
  return [
    `<title>${title}</title>`,
    description && `<meta name="description" content="${description}" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:title" content="${title}" />`,
    description && `<meta property="og:description" content="${description}" />`,
    `<meta name="twitter:card" content="summary" />`,
  ]
    .filter(Boolean)
    .join('\n    ');
}

/**
 * Fills the page template for one story: language, title and description for readers,
 * search engines and link previews, and the story data for the client.
 */
export function storyPageHtml(template: string, story: Story): string {
  return template
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(story.language)}"`)
    .replace('<!--standpoint:head-->', headTags(story))
    .replace(
      '<!--standpoint:data-->',
      `<script type="application/json" id="${STORY_ELEMENT_ID}">${serialiseForScriptElement(story)}</script>`,
    );
}

/** Rewrites `./` asset URLs of a root page for a page one folder down (`<id>/index.html`). */
export function relocateOneFolderDown(html: string): string {
  return html.replace(/(\s(?:src|href)=")\.\//g, '$1../');
}
