import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from '../src/lib/security/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a static host serves for `path`: `/a/` and `/a` → `a/index.html`, else the file itself. */
function resolveFile(root: string, path: string): string | null {
  const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  const full = join(root, safe);
  if (!full.startsWith(root)) return null;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  if (existsSync(index)) return index;
  if (existsSync(full + '.html')) return full + '.html';
  return null;
}

/**
 * Serve `root` the way Netlify or Cloudflare Pages would: files as they are, with the headers that
 * `root/_headers` gives each path, and `404.html` for anything missing. Listens on a free port.
 */
export async function startStaticHost(
  root = join(process.cwd(), 'dist'),
  /** Change a file's body as served (e.g. to publish a "new version" of sw.js). */
  rewrite: (path: string, body: Buffer) => Buffer = (_p, body) => body,
): Promise<{ url: string; server: Server }> {
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const file = resolveFile(root, path);
    const status = file ? 200 : 404;
    const body = rewrite(path, readFileSync(file ?? join(root, '404.html')));
    res.writeHead(status, {
      ...headersFor(rules, path),
      'Content-Type': TYPES[extname(file ?? '.html')] ?? 'application/octet-stream',
    });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
