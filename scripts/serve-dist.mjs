// A small static server for a production build on 127.0.0.1, with the caching headers of docs/deploying.md
// (the CSP comes from index.html's meta tag); used by the Lighthouse run, the browser benchmark and the update test.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` (which `setDir` can swap while running, to stand for a deployment of a new build). Unknown paths
 * fall back to index.html, as the service worker does.
 */
export async function serveDist(dir, port = 0) {
  let root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const hashed = file.includes(`${root}/assets/`);
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    const compress = /gzip/.test(String(req.headers['accept-encoding'])) && !type.startsWith('image/png');
    if (compress) res.setHeader('Content-Encoding', 'gzip');
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${String(typeof address === 'object' && address ? address.port : port)}`,
    setDir(next) {
      root = resolve(next);
    },
    close: () => new Promise((ok) => server.close(ok)),
  };
}
