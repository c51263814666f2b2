/**
 * What a phone loads and runs before anyone touches the page: the JS it transfers (gzip bodies, as served; headers not counted) and the
 * main thread's long tasks (total blocking time, as Lighthouse counts it: each task's time past 50 ms) from
 * navigation until the page has been quiet for a while. Phone-sized viewport, CPU slowed 4× like Lighthouse's
 * mobile preset; no scrolling, so islands below the fold stay as they are. Faster than Lighthouse, for
 * comparing builds; Lighthouse (`npm run bench:lighthouse`) stays the reference.
 * Usage: npm run build && npm run bench:first-load [-- --runs N] [/path/ …]   (default: every tool page)
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.ts';

const repo = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 1 : Number(args[runsAt + 1]);
const given = args.filter((a, i) => a.startsWith('/') && (runsAt === -1 || i !== runsAt + 1));
const toolPages = () => {
  const index = readFileSync(join(repo, 'dist/sitemap-0.xml'), 'utf8');
  return [...index.matchAll(/<loc>https?:\/\/[^/]+(\/tools\/[^<]+)<\/loc>/g)].map((m) => m[1]!).filter((p) => p !== '/tools/');
};
const pages = given.length ? given : toolPages();
/** How long the main thread must stay free of long tasks (and the network idle) before the count stops. */
const QUIET_MS = 3_000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const server = await serveDist(join(repo, 'dist'));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows: Record<string, string | number>[] = [];
try {
  for (const path of pages) {
    const tbt: number[] = [];
    const longest: number[] = [];
    const jsKb: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Network.enable');
      let scriptBytes = 0;
      let lastRequest = Date.now();
      const scripts = new Set<string>();
      cdp.on('Network.responseReceived', (e) => {
        if (e.type === 'Script') scripts.add(e.requestId);
        lastRequest = Date.now();
      });
      // Body bytes as transferred (gzip), without the response headers, like the page-weight budget counts.
      cdp.on('Network.dataReceived', (e) => {
        if (scripts.has(e.requestId)) scriptBytes += e.encodedDataLength;
      });
      cdp.on('Network.loadingFinished', () => {
        lastRequest = Date.now();
      });
      await page.addInitScript(() => {
        const w = window as unknown as { __long: { start: number; duration: number }[] };
        w.__long = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      // Wait for a quiet window: no long task and no request for QUIET_MS (at most 30 s).
      const started = Date.now();
      for (;;) {
        await page.waitForTimeout(250);
        const tasks = await page.evaluate(() => (window as unknown as { __long: { start: number; duration: number }[] }).__long);
        const lastTask = tasks.length ? Math.max(...tasks.map((t) => t.start + t.duration)) : 0;
        const now = await page.evaluate(() => performance.now());
        if ((now - lastTask > QUIET_MS && Date.now() - lastRequest > QUIET_MS) || Date.now() - started > 30_000) break;
      }
      const tasks = await page.evaluate(() => (window as unknown as { __long: { start: number; duration: number }[] }).__long);
      tbt.push(tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0));
      longest.push(tasks.reduce((max, t) => Math.max(max, t.duration), 0));
      jsKb.push(scriptBytes / 1024);
      await context.close();
    }
    rows.push({ page: path, 'JS KB (gzip)': +median(jsKb).toFixed(1), 'blocking ms': Math.round(median(tbt)), 'longest task ms': Math.round(median(longest)), runs });
  }
  console.table(rows);
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}, Node ${process.version}`);
} finally {
  await browser.close();
  await server.close();
}
