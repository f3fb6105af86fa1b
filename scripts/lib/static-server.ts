/**
 * A plain static file server (tests, benchmarks): serves a built folder under a base path, as an intranet web server would
 * (index.html for folders, 404.html for anything missing). Nothing else: no rewrites, no compression.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { normalizeBase } from '../../src/lib/urls.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface RunningServer {
  origin: string;
  base: string;
  close: () => Promise<void>;
}

export async function serveStatic(dir: string, base: string): Promise<RunningServer> {
  const b = normalizeBase(base);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (file: string, status: number) => {
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(dir, '404.html');
      if (existsSync(page)) send(page, 404);
      else res.writeHead(404).end();
    };
    if (!path.startsWith(b)) return notFound();
    const relative = normalize(path.slice(b.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, relative);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound();
    send(file, 200);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    base: b,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
