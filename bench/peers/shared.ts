/**
 * What both comparison pages share: reading the story the build embedded (the same element and
 * serialisation Standpoint uses) and writing a clicked cell's quotes into the page's `<aside>`.
 * These pages exist only for the benchmark; they do the least a reader needs: a coloured
 * issues × actors grid, and the quotes of a clicked cell.
 */

/** The fields of the story format these pages read. */
export interface PeerStory {
  title: string;
  stances: { id: string; label: string }[];
  actors: { id: string; name: string; group?: string }[];
  issues: { id: string; label: string }[];
  sources: { id: string; outlet: string }[];
  positions: {
    actor: string;
    issue: string;
    stance: string;
    asOf: string;
    summary: string;
    evidence: { text: string; kind: string; speaker?: string; source?: string; said?: string }[];
  }[];
}

/** One grid cell as the charts draw it: `stance` is "none" when no position is known. */
export interface PeerCell {
  actor: string;
  issue: string;
  stance: string;
}

/** Fills by stance id (the default scale), plus "none" for cells with no known position. */
export const STANCE_COLORS: Record<string, string> = {
  supports: '#1b7837',
  conditional: '#a6dba0',
  unclear: '#bdbdbd',
  opposes: '#762a83',
  none: '#ffffff',
};

export function readStory(): PeerStory {
  const text = document.getElementById('standpoint-story')?.textContent;
  if (!text) throw new Error('no story in this page');
  return JSON.parse(text) as PeerStory;
}

/** Every issue × actor cell, row by row, and the positions of each cell, newest first. */
export function cellsOf(story: PeerStory): {
  cells: PeerCell[];
  positions: Map<string, PeerStory['positions']>;
} {
  const positions = new Map<string, PeerStory['positions']>();
  for (const position of story.positions) {
    const key = `${position.actor}\u0000${position.issue}`;
    const list = positions.get(key);
    if (list) list.push(position);
    else positions.set(key, [position]);
  }
  for (const list of positions.values()) list.sort((a, b) => (a.asOf < b.asOf ? 1 : -1));
  const cells: PeerCell[] = [];
  for (const issue of story.issues) {
    for (const actor of story.actors) {
      const latest = positions.get(`${actor.id}\u0000${issue.id}`)?.[0];
      cells.push({ actor: actor.id, issue: issue.id, stance: latest?.stance ?? 'none' });
    }
  }
  return { cells, positions };
}

function element(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Replaces the aside's content with the cell's positions and their quotes, as text. */
export function showCell(
  aside: HTMLElement,
  story: PeerStory,
  positions: Map<string, PeerStory['positions']>,
  cell: { actor: string; issue: string },
): void {
  const actor = story.actors.find((candidate) => candidate.id === cell.actor);
  const issue = story.issues.find((candidate) => candidate.id === cell.issue);
  const list = positions.get(`${cell.actor}\u0000${cell.issue}`) ?? [];
  const content = document.createDocumentFragment();
  content.append(element('h2', `${actor?.name ?? cell.actor} on ${issue?.label ?? cell.issue}`));
  if (list.length === 0) content.append(element('p', 'No known position.'));
  for (const position of list) {
    const stance = story.stances.find((candidate) => candidate.id === position.stance);
    content.append(element('h3', `${stance?.label ?? position.stance} (as of ${position.asOf})`));
    content.append(element('p', position.summary));
    const quotes = element('ul');
    for (const evidence of position.evidence) {
      const item = element('li');
      item.append(element('blockquote', evidence.text, 'quote'));
      const source = story.sources.find((candidate) => candidate.id === evidence.source);
      const said = [evidence.kind, source?.outlet, evidence.said].filter(Boolean).join(' · ');
      item.append(element('p', said, 'attribution'));
      quotes.append(item);
    }
    content.append(quotes);
  }
  aside.replaceChildren(content);
}

/** The hook the benchmark harness uses to find a cell on a page that has no DOM element per cell. */
export interface BenchPeerHook {
  /** Scrolls the cell into view and returns its centre in client (viewport) coordinates. */
  revealCell(actor: string, issue: string): { x: number; y: number };
}

declare global {
  interface Window {
    benchPeer?: BenchPeerHook;
  }
}

/**
 * Scrolls so a point given in client coordinates sits mid-screen (the chart's own box scrolls
 * sideways, the page up and down) and returns the point's new client coordinates.
 */
export function scrollPointIntoView(
  scroller: HTMLElement,
  point: () => { x: number; y: number },
): { x: number; y: number } {
  const box = scroller.getBoundingClientRect();
  const before = point();
  scroller.scrollLeft += before.x - (box.left + box.width / 2);
  window.scrollBy(0, before.y - window.innerHeight / 2);
  return point();
}
