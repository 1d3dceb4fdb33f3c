/**
 * Lists the npm packages that end up in the built page's JavaScript and their licences, and
 * fails on any copyleft licence. `npm run licences`; also checked by tests/unit/licences.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Licences that oblige a host to publish their own code or changes: never shipped. */
const COPYLEFT = /\b(A?GPL|LGPL|MPL|EPL|EUPL|CDDL|OSL|SSPL|CC-BY-SA)\b/i;

export interface ShippedPackage {
  name: string;
  version: string;
  licence: string;
}

function packageOf(moduleId: string): ShippedPackage | undefined {
  const marker = `${sep}node_modules${sep}`;
  const at = moduleId.lastIndexOf(marker);
  if (at < 0) return undefined;
  let folder = dirname(moduleId.split('?')[0] ?? moduleId);
  while (folder.length > at) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) {
      const json = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
      if (typeof json.name === 'string') {
        return {
          name: json.name,
          version: String(json.version ?? ''),
          licence: typeof json.license === 'string' ? json.license : 'UNKNOWN',
        };
      }
    }
    folder = dirname(folder);
  }
  return undefined;
}

/** Builds the page bundle in memory and returns the packages its chunks contain. */
export async function shippedPackages(): Promise<ShippedPackage[]> {
  const result = (await build({
    root: ROOT,
    logLevel: 'silent',
    build: { write: false },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
  const packages = new Map<string, ShippedPackage>();
  for (const file of outputs) {
    if (file.type !== 'chunk') continue;
    for (const id of Object.keys(file.modules)) {
      const found = packageOf(id);
      if (found) packages.set(found.name, found);
    }
  }
  return [...packages.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Whether a licence (an SPDX expression) obliges copyleft. With `OR` the shipper may choose, so
 * only an expression whose every choice is copyleft counts; with `AND` any copyleft part does.
 */
export function isCopyleft(licence: string): boolean {
  if (licence === 'UNKNOWN') return true;
  const choices = licence.replace(/[()]/g, '').split(/\s+OR\s+/i);
  return choices.every((choice) => choice.split(/\s+AND\s+/i).some((part) => COPYLEFT.test(part)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const packages = await shippedPackages();
  for (const item of packages) console.log(`${item.name}@${item.version}  ${item.licence}`);
  const bad = packages.filter((item) => isCopyleft(item.licence));
  console.log(
    `${packages.length} packages shipped, ${bad.length} with a copyleft or unknown licence`,
  );
  process.exitCode = bad.length > 0 ? 1 : 0;
}
