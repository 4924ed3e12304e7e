/**
 * A small static server for a built site, behaving like the hosts it is deployed to: the headers
 * of the build's `_headers` file (security headers and caching, see src/lib/headers.ts), the 404
 * page with status 404, `/dir` redirected to `/dir/`, ETag revalidation, and an optional base path.
 * Used by `npm start`, the end-to-end tests and the benchmarks.
 *
 *   node scripts/serve.mjs [folder] [--port 4321] [--host 127.0.0.1] [--base /course/]
 *
 * folder defaults to dist; the port to $PORT, then 4321; the base path to $BASE_PATH, then "/".
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { headersForPath, parseHeadersFile } from '../src/lib/headers.ts';

const TYPES = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
};

/**
 * Serves `root` under `base` and resolves once listening. Port 0 picks a free port (the tests use
 * that); `url` is the site's address, base path included.
 * @param {{ root: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, origin: string, close: () => Promise<void> }>}
 */
export async function serve({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const folder = resolve(root);
  if (!existsSync(resolve(folder, 'index.html'))) {
    throw new Error(`serve: ${root} has no index.html; run \`npm run build\` first.`);
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const headersFile = resolve(folder, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

  /** The file for a URL path inside the base, or a redirect to the path with a trailing slash. */
  function locate(pathname) {
    if (!pathname.startsWith(prefix)) return pathname === prefix.slice(0, -1) ? { redirect: prefix } : undefined;
    let rel;
    try {
      rel = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return undefined;
    }
    const file = resolve(folder, rel);
    // Never outside the folder; never the _headers file itself.
    if ((file !== folder && !file.startsWith(folder + sep)) || file === headersFile) return undefined;
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat?.isFile()) return { file, stat };
    if (stat?.isDirectory()) {
      if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
      const index = resolve(file, 'index.html');
      const indexStat = statSync(index, { throwIfNoEntry: false });
      if (indexStat?.isFile()) return { file: index, stat: indexStat };
    }
    return undefined;
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of headersForPath(rules, url.pathname)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const found = locate(url.pathname);
    if (found?.redirect) {
      res.writeHead(301, { Location: found.redirect + url.search }).end();
      return;
    }
    let status = 200;
    let target = found;
    if (!target) {
      status = 404;
      const file = resolve(folder, '404.html');
      const stat = statSync(file, { throwIfNoEntry: false });
      if (!stat) {
        res.writeHead(404, { 'Content-Type': TYPES.txt }).end('Not found');
        return;
      }
      target = { file, stat };
    }
    const etag = `W/"${target.stat.size.toString(16)}-${Math.floor(target.stat.mtimeMs).toString(16)}"`;
    const type = TYPES[target.file.split('.').pop() ?? ''] ?? 'application/octet-stream';
    res.setHeader('Content-Type', type);
    if (status === 200) {
      res.setHeader('ETag', etag);
      res.setHeader('Last-Modified', target.stat.mtime.toUTCString());
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304).end();
        return;
      }
    }
    res.setHeader('Content-Length', target.stat.size);
    res.writeHead(status);
    if (req.method === 'HEAD') res.end();
    else createReadStream(target.file).pipe(res);
  });

  // Keep idle connections longer than clients do (Node's default is 5 s): a client that reuses a
  // connection the server has just closed gets ECONNRESET, which a busy test run hits.
  server.keepAliveTimeout = 65_000;
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${shownHost}:${address.port}`;
  return {
    origin,
    url: origin + prefix,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeIdleConnections();
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: process.env.PORT || '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      base: { type: 'string', default: process.env.BASE_PATH || '/' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: --port must be a port number, not "${values.port}"`);
    process.exit(1);
  }
  const root = positionals[0] ?? 'dist';
  try {
    const { url } = await serve({ root, base: values.base, port, host: values.host });
    console.log(`Serving ${root}/ at ${url} (Ctrl+C to stop)`);
  } catch (err) {
    console.error(err.code === 'EADDRINUSE' ? `serve: port ${port} is in use; pass another with --port` : err.message);
    process.exit(1);
  }
}
