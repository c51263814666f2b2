/**
 * How the handbook scales with its content: generates N pages (default 1,000) into a temporary copy of
 * the handbook and into a bare Starlight site holding the same pages, builds both cold, interleaved,
 * and prints build time (and the ratio), peak memory and the median HTML size of the generated pages.
 * Usage: npm run bench:scale [-- --pages 1000 --runs 2]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generatePages, GENERATED_DIR } from './bench-scale/generate.ts';
import { bareStarlightFiles } from './bench-scale/bare-site.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '1000' }, runs: { type: 'string', default: '2' }, keep: { type: 'boolean', default: false } },
});
const pageCount = Number(values.pages);
const runs = Number(values.runs);
const repo = resolve(import.meta.dirname, '..');
// Inside the repository, so both sites resolve the installed packages from its node_modules.
mkdirSync(join(repo, 'bench-results'), { recursive: true });
const work = mkdtempSync(join(repo, 'bench-results', 'scale-'));

/** Copy the handbook's sources (not its build output, caches or packages). */
function prepareHandbook(dir: string) {
  mkdirSync(dir);
  for (const name of readdirSync(repo)) {
    if (['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report', 'bench-results'].includes(name)) continue;
    cpSync(join(repo, name), join(dir, name), { recursive: true });
  }
}

/** A bare Starlight site: its default config and schema, the handbook's sections, the same generated pages. */
function prepareBare(dir: string) {
  mkdirSync(dir);
  for (const [path, text] of Object.entries(bareStarlightFiles())) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function writePages(dir: string) {
  for (const page of generatePages(pageCount)) {
    const file = join(dir, 'src/content/docs', GENERATED_DIR, page.path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, page.text);
  }
}

interface Run {
  site: 'handbook' | 'starlight';
  seconds: number;
  /** User + system CPU time: steadier than wall time when the machine is busy. */
  cpuSeconds: number;
  peakMb: number;
  ok: boolean;
}

/**
 * One cold build: no dist, no content cache, no Vite cache. Peak memory is the build process's max RSS.
 * CPU time counts the child processes too: `time` reports what wait4 returns, which includes every
 * descendant the build waited for (Pagefind's binary, git) and its worker threads. Only esbuild's service
 * process outlives the build unwaited, about 0.1 s in both sites (checked with a subreaper).
 */
function build(site: Run['site'], dir: string): Run {
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, cache), { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [user, sys, peakKb] = (result.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  if (result.status !== 0) console.error(`${site} build failed:\n${result.stderr.split('\n').slice(-20).join('\n')}`);
  return { site, seconds, cpuSeconds: (user ?? NaN) + (sys ?? NaN), peakMb: (peakKb ?? NaN) / 1024, ok: result.status === 0 };
}

/** Median gzip-free size of the generated pages' HTML. */
function medianHtmlKb(dir: string): number {
  const sizes: number[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) sizes.push(statSync(full).size);
    }
  };
  walk(join(dir, 'dist', GENERATED_DIR));
  sizes.sort((a, b) => a - b);
  return (sizes[Math.floor(sizes.length / 2)] ?? 0) / 1024;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const handbookDir = join(work, 'handbook');
const bareDir = join(work, 'starlight');
try {
  prepareHandbook(handbookDir);
  prepareBare(bareDir);
  writePages(handbookDir);
  writePages(bareDir);
  console.log(`${pageCount} generated pages in ${work}; ${runs} cold build(s) of each, interleaved.`);

  const results: Run[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [site, dir] of (i % 2 === 0 ? [['handbook', handbookDir], ['starlight', bareDir]] : [['starlight', bareDir], ['handbook', handbookDir]]) as Array<[Run['site'], string]>) {
      const run = build(site, dir);
      console.log(`  run ${i + 1} ${site}: ${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(1)} s), peak ${run.peakMb.toFixed(0)} MB${run.ok ? '' : ' (FAILED)'}`);
      results.push(run);
    }
  }
  const of = (site: Run['site']) => results.filter((r) => r.site === site && r.ok);
  const row = (site: Run['site'], dir: string) => ({
    site,
    'median build s': +median(of(site).map((r) => r.seconds)).toFixed(1),
    'median CPU s': +median(of(site).map((r) => r.cpuSeconds)).toFixed(1),
    'peak MB': Math.round(Math.max(...of(site).map((r) => r.peakMb))),
    'median page HTML KB': +medianHtmlKb(dir).toFixed(1),
  });
  const table = [row('handbook', handbookDir), row('starlight', bareDir)];
  console.table(table);
  const ratio = table[0]!['median build s'] / table[1]!['median build s'];
  const cpuRatio = table[0]!['median CPU s'] / table[1]!['median CPU s'];
  console.log(`Build time ratio handbook ÷ bare Starlight: ${ratio.toFixed(2)}× wall, ${cpuRatio.toFixed(2)}× CPU`);
  console.log(`Load average during the runs: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  mkdirSync(join(repo, 'bench-results'), { recursive: true });
  writeFileSync(join(repo, 'bench-results/scale.json'), JSON.stringify({ pageCount, runs: results, table, ratio, cpuRatio, date: new Date().toISOString() }, null, 2));
  if (results.some((r) => !r.ok)) process.exitCode = 1;
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
