import type { ValidationResult } from './types';
import { validateStory } from './validate';

/** Id of the `<script type="application/json">` element the build writes the story into. */
export const STORY_ELEMENT_ID = 'standpoint-story';

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

/** Reads and validates the story the build embedded in the page. */
export function readEmbeddedStory(doc: Document): ValidationResult {
  const text = doc.getElementById(STORY_ELEMENT_ID)?.textContent;
  if (!text) return failure('no story in this page');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return failure(`not JSON: ${String(error)}`);
  }
  return validateStory(data);
}

function failure(message: string): ValidationResult {
  return { ok: false, errors: [{ path: '(root)', message }], warnings: [] };
}
