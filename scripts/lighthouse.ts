/**
 * Lighthouse (mobile) scores for one page of each type, against the built site.
 * Needs Chromium (CHROME_PATH, default /usr/bin/chromium) and fetches Lighthouse 13 with npx on first run.
 * Usage: npm run build && npm run bench:lighthouse [-- /path/ …]
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = 4331;
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/guides/stage-4-scale-readiness/', '/playbooks/scaling-strategy/financial-scaling/', '/workshops/day-29/', '/onboarding/', '/tools/unit-economics/', '/tools/scale-model/', '/reference/metrics-glossary/'];

const server = spawn('npx', ['--no', '--', 'astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], { stdio: 'ignore', detached: true });
const out = mkdtempSync(join(tmpdir(), 'lh-'));
try {
  for (let i = 0; i < 80; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const rows: Record<string, string | number>[] = [];
  for (const [i, page] of pages.entries()) {
    const file = join(out, `${i}.json`);
    const run = spawnSync(
      'npx',
      ['--yes', 'lighthouse@13', `http://127.0.0.1:${port}${page}`, '--quiet', '--output=json', `--output-path=${file}`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, encoding: 'utf8' },
    );
    if (run.status !== 0) {
      rows.push({ page, error: (run.stderr || '').split('\n').slice(-3).join(' ') });
      continue;
    }
    const report = JSON.parse(readFileSync(file, 'utf8')) as { categories: Record<string, { score: number }> };
    const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
    rows.push({ page, performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') });
  }
  console.table(rows);
} finally {
  // npx starts astro as a child: end the whole process group.
  if (server.pid) process.kill(-server.pid);
}
