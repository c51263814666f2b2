/**
 * Lighthouse (mobile) scores for every page type and every tool page, against the built site, with the
 * pinned `lighthouse` devDependency run by the project's Node (Lighthouse 13 needs Node ≥ 22).
 * The site is served compressed (gzip), as a CDN serves it. Needs Chromium (CHROME_PATH, default /usr/bin/chromium).
 * Usage: npm run build && npm run bench:lighthouse [-- --runs N] [-- /path/ …]   (N runs per page, the median shown)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveDist } from './serve-dist.ts';

const repo = resolve(import.meta.dirname, '..');
/** One page of each content type, then every tool page (found in the build, so new tools are measured too). */
const contentPages = ['/', '/guides/stage-4-scale-readiness/', '/playbooks/scaling-strategy/financial-scaling/', '/workshops/day-29/', '/workshops/day-29/team-and-organization/', '/onboarding/', '/reference/metrics-glossary/'];
const toolPages = () => {
  const index = readFileSync(join(repo, 'dist/sitemap-0.xml'), 'utf8');
  return [...index.matchAll(/<loc>https?:\/\/[^/]+(\/tools\/[^<]+)<\/loc>/g)].map((m) => m[1]!).filter((p) => p !== '/tools/');
};
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 1 : Number(args[runsAt + 1]);
const given = args.filter((a, i) => a.startsWith('/') && (runsAt === -1 || i !== runsAt + 1));
const pages = given.length ? given : [...contentPages, ...toolPages()];
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
};

/** Run a Node script with the project's Node, collecting its stderr. */
function runNode(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stderr }));
  });
}

const server = await serveDist(join(repo, 'dist'));
const out = mkdtempSync(join(tmpdir(), 'lh-'));
const rows: Record<string, string | number>[] = [];
try {
  for (const [i, page] of pages.entries()) {
    const seen: Record<string, number>[] = [];
    for (let n = 0; n < runs; n++) {
      const file = join(out, `${i}-${n}.json`);
      // Asynchronous: the server answering Lighthouse runs in this process.
      const run = await runNode(
        [join(repo, 'node_modules/lighthouse/cli/index.js'), `${server.url}${page}`, '--quiet', '--output=json', `--output-path=${file}`,
          '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'],
      );
      if (run.status !== 0) {
        rows.push({ page, error: (run.stderr || '').split('\n').slice(-3).join(' ') });
        continue;
      }
      const report = JSON.parse(readFileSync(file, 'utf8')) as {
        categories: Record<string, { score: number }>;
        audits: Record<string, { numericValue?: number }>;
      };
      const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
      const ms = (k: string) => Math.round(report.audits[k]?.numericValue ?? NaN);
      seen.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        'TBT ms': ms('total-blocking-time'),
        'LCP ms': ms('largest-contentful-paint'),
      });
    }
    if (seen.length === 0) continue;
    const row: Record<string, string | number> = { page };
    for (const key of Object.keys(seen[0]!)) row[key] = median(seen.map((r) => r[key]!));
    if (runs > 1) row.runs = seen.length;
    rows.push(row);
  }
  console.table(rows);
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}, Node ${process.version}`);
  mkdirSync(join(repo, 'bench-results'), { recursive: true });
  writeFileSync(join(repo, 'bench-results/lighthouse.json'), JSON.stringify({ rows, date: new Date().toISOString() }, null, 2));
} finally {
  await server.close();
}
