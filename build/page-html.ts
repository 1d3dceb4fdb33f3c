import {
  DATE_LABELS_ELEMENT_ID,
  jsonScriptElement,
  storyDatesShown,
  storyScriptElements,
} from '../src/lib/embedded-story';
import { dateLabels } from '../src/lib/format';
import { escapeHtml } from '../src/lib/escape-html';
import type { PageStory } from '../src/lib/quote-chunks';

/**
 * The policy every built page carries. No inline scripts or styles anywhere, so no
 * 'unsafe-inline' and no nonces; Svelte's own Trusted Types policy is the only one allowed.
 * `blob:` images are the PNG download drawn in the browser. Hosts that can set headers should
 * send the same policy plus `frame-ancestors` (see README.md).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types svelte-trusted-html',
].join('; ');

export interface PageOptions {
  mode: 'page' | 'embed';
  /** The prerendered dashboard; empty in dev, where the client mounts it. */
  app: string;
  /** The static list of every position under the dashboard; empty in dev. */
  appendix: string;
  /** The story's embed page, relative to this page (story pages only). */
  embedUrl?: string;
  /** The folder of a large story's quote files, relative to this page (chunked stories only). */
  quotesUrl?: string;
  /** Add the Content-Security-Policy meta tag (built pages; the dev server injects inline styles). */
  csp: boolean;
}

function headTags(story: PageStory, options: PageOptions): string {
  const title = escapeHtml(story.title);
  const description = story.description ? escapeHtml(story.description) : undefined;
  return [
    options.csp &&
      `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}" />`,
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
 * search engines and link previews, the prerendered dashboard, and the story data the client
 * hydrates it with.
 */
export function storyPageHtml(template: string, story: PageStory, options: PageOptions): string {
  const appAttributes = [
    `data-mode="${options.mode}"`,
    options.embedUrl && `data-embed-url="${escapeHtml(options.embedUrl)}"`,
    options.quotesUrl && `data-quotes-url="${escapeHtml(options.quotesUrl)}"`,
  ]
    .filter(Boolean)
    .join(' ');
  // Replaced by functions: a replacement string would read `$&` or `$'` in story text as patterns.
  return template
    .replace(/<html lang="[^"]*"/, () => `<html lang="${escapeHtml(story.language)}"`)
    .replace('<!--standpoint:head-->', () => headTags(story, options))
    .replace(
      '<div id="app"><!--standpoint:app--></div>',
      () => `<div id="app" ${appAttributes}>${options.app}</div>`,
    )
    .replace('<!--standpoint:appendix-->', () => withoutHydrationMarkers(options.appendix))
    .replace(
      '<!--standpoint:data-->',
      () =>
        storyScriptElements(story) +
        jsonScriptElement(
          DATE_LABELS_ELEMENT_ID,
          dateLabels(storyDatesShown(story), story.language),
        ),
    );
}

/**
 * Svelte's server output marks blocks with comments (`<!--[-->`, `<!--]-->`, `<!---->`,
 * `<!--[0-->`) for hydration to find them. The appendix is never hydrated, so they are only
 * weight: thousands of DOM nodes on a page listing every quote. Text never holds `<!--`, which
 * Svelte escapes.
 */
function withoutHydrationMarkers(html: string): string {
  return html.replace(/<!--(?:\[-?\d*|\]|)-->/g, '');
}

/**
 * Swaps the page's module script for `script`, one classic script loaded deferred, and fetches
 * it and the stylesheet without CORS, so both also load in a sandboxed frame whose origin is
 * opaque.
 */
export function classicAssetTags(html: string, script: string): string {
  return html
    .replace(
      /<script type="module" crossorigin src="[^"]*"><\/script>/,
      () => `<script defer src="${escapeHtml(script)}"></script>`,
    )
    .replace(/<link rel="stylesheet" crossorigin href=/g, '<link rel="stylesheet" href=');
}

/** Rewrites `./` asset URLs of a root page for a page one folder down (`<id>/index.html`). */
export function relocateOneFolderDown(html: string): string {
  return html.replace(/(\s(?:src|href)=")\.\//g, '$1../');
}
