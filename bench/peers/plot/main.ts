/**
 * The Observable Plot comparison page: one `Plot.cell` per issue × actor, filled by stance,
 * and a click listener that writes the clicked cell's quotes into the `<aside>`.
 * Plot draws an SVG with no keyboard access to the cells.
 */
import * as Plot from '@observablehq/plot';
import '../peer.css';
import { cellsOf, readStory, scrollPointIntoView, showCell, STANCE_COLORS } from '../shared';

const STEP = 20;
const story = readStory();
const { cells, positions } = cellsOf(story);
const actorIds = story.actors.map((actor) => actor.id);
const issueIds = story.issues.map((issue) => issue.id);
const actorNames = new Map(story.actors.map((actor) => [actor.id, actor.name]));
const issueLabels = new Map(story.issues.map((issue) => [issue.id, issue.label]));
const marginLeft = 220;
const marginTop = 140;

const chart = Plot.plot({
  width: marginLeft + actorIds.length * STEP + 10,
  height: marginTop + issueIds.length * STEP + 10,
  marginLeft,
  marginTop,
  marginRight: 10,
  marginBottom: 10,
  x: {
    domain: actorIds,
    axis: 'top',
    tickRotate: -90,
    tickFormat: (id: string) => actorNames.get(id),
    label: null,
  },
  y: { domain: issueIds, tickFormat: (id: string) => issueLabels.get(id), label: null },
  color: { domain: Object.keys(STANCE_COLORS), range: Object.values(STANCE_COLORS) },
  marks: [Plot.cell(cells, { x: 'actor', y: 'issue', fill: 'stance', stroke: '#ddd', inset: 0.5 })],
});

const container = document.getElementById('chart') as HTMLElement;
const aside = document.querySelector('aside') as HTMLElement;

/** The cell mark's rects, in data order (Plot keeps it when every channel is defined). */
function cellRects(): HTMLCollection | undefined {
  return chart.querySelector('g[aria-label="cell"]')?.children;
}

chart.addEventListener('click', (event) => {
  const rect = event.target;
  const rects = cellRects();
  if (!(rect instanceof SVGRectElement) || !rects) return;
  const cell = cells[Array.prototype.indexOf.call(rects, rect)];
  if (cell) showCell(aside, story, positions, cell);
});
container.append(chart);

window.benchPeer = {
  revealCell(actor, issue) {
    const index = issueIds.indexOf(issue) * actorIds.length + actorIds.indexOf(actor);
    const rect = cellRects()?.[index];
    if (!rect) throw new Error(`no cell ${actor} × ${issue}`);
    return scrollPointIntoView(container, () => {
      const box = rect.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
  },
};
