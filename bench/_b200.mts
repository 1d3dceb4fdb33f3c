import { mkdtemp } from 'node:fs/promises'; import { tmpdir } from 'node:os'; import { join } from 'node:path';
import { buildStandpoint } from './build';
import { syntheticStory } from './synthetic';
import { validateStory } from '../src/lib/validate';
for (const n of [100, 200]) {
const r = validateStory(syntheticStory({ issues: n, actors: n }));
if (!r.ok) throw 1;
const root = await mkdtemp(join(tmpdir(), 'b200-'));
const t0 = Date.now();
const b = await buildStandpoint(r.story, join(root, 'sp'));
console.log(n, 'build ms', Date.now() - t0, JSON.stringify(b.sizes), process.memoryUsage().rss/1e6);
}
