import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticSite {
  /** Origin plus sub-path, ending in `/`, e.g. `http://127.0.0.1:4321/graphics/2025/talks/`. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a folder under a sub-path, as a newsroom's static host would (`/graphics/2025/talks/`),
 * so the tests prove the build's relative URLs work away from the site root.
 */
export async function serveStatic(folder: string, subPath: string): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(subPath)) {
      response.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(folder, path.slice(subPath.length)));
    if (!file.startsWith(normalize(folder + sep)) && file !== normalize(folder)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compress text as every real static host does, so page-weight audits see real transfers.
    const gzip =
      /^(text|application\/json|image\/svg)/.test(type) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, {
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    const stream = createReadStream(file);
    if (gzip) stream.pipe(createGzip()).pipe(response);
    else stream.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
