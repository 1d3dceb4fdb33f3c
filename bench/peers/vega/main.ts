/**
 * The Vega-Lite comparison page, drawn by vega-embed: a `rect` heatmap on a canvas, coloured
 * by stance, and a click (or tap) listener on the view that writes the clicked cell's quotes
 * into the `<aside>`. A canvas has no keyboard access to the cells.
 */
import embed from 'vega-embed';
import '../peer.css';
import { cellsOf, readStory, scrollPointIntoView, showCell, STANCE_COLORS } from '../shared';

const STEP = 20;
const story = readStory();
const { cells, positions } = cellsOf(story);
const actorNames = new Map(story.actors.map((actor) => [actor.id, actor.name]));
const issueLabels = new Map(story.issues.map((issue) => [issue.id, issue.label]));
const values = cells.map((cell) => ({
  ...cell,
  actorName: actorNames.get(cell.actor),
  issueLabel: issueLabels.get(cell.issue),
}));

const container = document.getElementById('chart') as HTMLElement;
const aside = document.querySelector('aside') as HTMLElement;

const result = await embed(
  container,
  {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values },
    mark: { type: 'rect', stroke: '#ddd', strokeWidth: 1 },
    width: { step: STEP },
    height: { step: STEP },
    encoding: {
      x: {
        field: 'actorName',
        type: 'nominal',
        sort: story.actors.map((actor) => actor.name),
        axis: { orient: 'top', labelAngle: -90, title: null },
      },
      y: {
        field: 'issueLabel',
        type: 'nominal',
        sort: story.issues.map((issue) => issue.label),
        axis: { title: null },
      },
      color: {
        field: 'stance',
        type: 'nominal',
        scale: { domain: Object.keys(STANCE_COLORS), range: Object.values(STANCE_COLORS) },
      },
    },
  },
  { renderer: 'canvas', actions: false },
);
const view = result.view;
let shown = '';
const show = (_event: unknown, item: { datum?: unknown } | null | undefined) => {
  const datum = item?.datum as { actor?: string; issue?: string } | undefined;
  if (!datum?.actor || !datum.issue || shown === `${datum.actor} ${datum.issue}`) return;
  shown = `${datum.actor} ${datum.issue}`;
  showCell(aside, story, positions, { actor: datum.actor, issue: datum.issue });
};
view.addEventListener('click', show);
// Vega picks a click's item from the last mouse move, which a tap does not make; a touch has its own.
view.addEventListener('touchend', show);
// vega-embed resolves once the first render is on the canvas; the harness waits for this flag.
container.dataset.rendered = '';

window.benchPeer = {
  revealCell(actor, issue) {
    const x = view.scale('x') as ((value: unknown) => number) & { bandwidth(): number };
    const y = view.scale('y') as ((value: unknown) => number) & { bandwidth(): number };
    const [originX, originY] = view.origin();
    const canvas = container.querySelector('canvas');
    if (!canvas) throw new Error('no canvas');
    return scrollPointIntoView(container, () => {
      const box = canvas.getBoundingClientRect();
      return {
        x: box.left + originX + x(actorNames.get(actor)) + x.bandwidth() / 2,
        y: box.top + originY + y(issueLabels.get(issue)) + y.bandwidth() / 2,
      };
    });
  },
};
