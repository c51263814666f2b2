import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractLinks, type PageLinks } from '../lib/content/links';
import { metaPolicy } from '../lib/security/csp';

/** One file of the finished build. */
export interface BuiltFile {
  /** Site path, e.g. "/guides/index.html" or "/_astro/client.abc.js". */
  sitePath: string;
  size: number;
  /** MD5 of the content, hex: the revision Workbox would give it. */
  md5: string;
  /** For an HTML page: its links and anchors, and the text of its meta Content-Security-Policy. */
  page?: { links: PageLinks; policy: string | null };
}

interface Known {
  size: number;
  mtimeMs: number;
  file: BuiltFile;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** Runs `fn` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * The finished build read once for every check that runs after it (link check, `_headers`, the service
 * worker's precache list): each file is read a single time, hashed, and an HTML page's links, anchors and
 * policy are taken out while its text is at hand; no page's text is kept. Each `read` lists the folder
 * again and reads only the files that are new or changed since, so a step that runs later still sees
 * what the steps before it wrote.
 */
export function builtFiles() {
  const known = new Map<string, Known>();
  /** The read under way, if any: reads run one after the other, each building on what the last one saw. */
  let last: Promise<unknown> = Promise.resolve();
  async function readNow(dir: URL): Promise<BuiltFile[]> {
    const root = fileURLToPath(dir);
    const paths = await walk(root);
    const files = new Map<string, BuiltFile>();
    await eachLimited(paths, 16, async (full) => {
      const { size, mtimeMs } = await stat(full);
      const seen = known.get(full);
      if (seen && seen.size === size && seen.mtimeMs === mtimeMs) {
        files.set(full, seen.file);
        return;
      }
      const sitePath = '/' + relative(root, full).split(sep).join('/');
      const bytes = await readFile(full);
      const file: BuiltFile = { sitePath, size, md5: createHash('md5').update(bytes).digest('hex') };
      if (full.endsWith('.html')) {
        const html = bytes.toString('utf8');
        file.page = { links: extractLinks(sitePath, html), policy: metaPolicy(html) };
      }
      known.set(full, { size, mtimeMs, file });
      files.set(full, file);
    });
    for (const full of known.keys()) if (!files.has(full)) known.delete(full);
    // Folder order, whatever order the reads finished in.
    return paths.map((full) => files.get(full)!);
  }
  return {
    /** Forget every file (a new build starts). */
    forget() {
      known.clear();
    },
    read(dir: URL): Promise<BuiltFile[]> {
      const next = last.then(() => readNow(dir));
      last = next.catch(() => {});
      return next;
    },
    /**
     * Start reading the pages as soon as they are written, while Pagefind (its own process) indexes them:
     * the `read` after it then reads only what came since (the index, the sitemap).
     */
    readAhead(dir: URL): void {
      this.read(dir).catch(() => {});
    },
  };
}

export type BuiltFiles = ReturnType<typeof builtFiles>;
