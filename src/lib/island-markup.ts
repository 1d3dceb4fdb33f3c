/**
 * Puts an island's prerendered markup (`render(...).body` of its root component, see `Island`)
 * into the empty element its host rendered, `<div data-island="name"></div>`, in a page's markup.
 */
export function fillIsland(html: string, name: string, body: string): string {
  const empty = `<div data-island="${name}"></div>`;
  const parts = html.split(empty);
  if (parts.length !== 2) {
    throw new Error(
      `expected one empty element for the island "${name}", found ${parts.length - 1}`,
    );
  }
  return parts.join(`<div data-island="${name}">${body}</div>`);
}
