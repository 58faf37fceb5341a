#!/usr/bin/env node
// Serves a built site as a static host would: under its base path, gzip when asked, the 404 page
// for unknown addresses. Used by the end-to-end tests so that what they measure is what readers get.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const root = resolve(process.env.SERVE_DIR ?? 'dist');
const base = (process.env.SERVE_BASE ?? '/').replace(/\/?$/, '/');
const port = Number(process.env.SERVE_PORT ?? 4322);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
};
const compressible = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.txt',
  '.xml',
  '.csv',
  '.ris',
  '.bib',
  '.wasm',
]);

function fileFor(pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const relative = decodeURIComponent(pathname.slice(base.length));
  const path = normalize(join(root, relative));
  if (!path.startsWith(root)) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  if (pathname.endsWith('/') && existsSync(index)) return index;
  return undefined;
}

function send(request, response, path, status) {
  const ext = extname(path);
  const headers = { 'Content-Type': types[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
  const gzip = compressible.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  if (gzip) headers['Content-Encoding'] = 'gzip';
  response.writeHead(status, headers);
  if (request.method === 'HEAD') return response.end();
  const stream = createReadStream(path);
  (gzip ? stream.pipe(createGzip({ level: 9 })) : stream).pipe(response);
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === base.slice(0, -1)) {
    response.writeHead(301, { Location: base });
    return response.end();
  }
  const file = fileFor(pathname);
  if (file) return send(request, response, file, 200);
  const notFound = join(root, '404.html');
  if (existsSync(notFound)) return send(request, response, notFound, 404);
  response.writeHead(404).end('Not found');
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`));
