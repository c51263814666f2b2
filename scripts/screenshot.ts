/**
 * Take screenshots of built pages to look at them as a reader would.
 * Usage: npm run screenshot -- <path> [more paths…] (serves dist on 127.0.0.1:4322; writes to /tmp/shots)
 * Env: WIDTH (default 1280), THEME (dark|light), OUT (folder), SEGMENT (split tall pages into images this many px high).
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';

const paths = process.argv.slice(2);
const width = Number(process.env.WIDTH ?? 1280);
const theme = process.env.THEME ?? 'dark';
const out = process.env.OUT ?? '/tmp/shots';
const port = Number(process.env.PORT ?? 4322);
mkdirSync(out, { recursive: true });

const server = spawn('npx', ['--no', '--', 'astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], { stdio: 'ignore', detached: true });
try {
  for (let i = 0; i < 60; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme === 'light' ? 'light' : 'dark' });
  await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
  for (const p of paths) {
    await page.goto(`http://127.0.0.1:${port}${p}`);
    await page.waitForTimeout(800);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(600);
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = `${out}/${p.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${theme}.png`;
    const segment = Number(process.env.SEGMENT ?? 0);
    if (segment > 0) {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 0; y < height; y += segment, i++) {
        const part = file.replace(/\.png$/, `-${i}.png`);
        await page.screenshot({ path: part, fullPage: true, clip: { x: 0, y, width, height: Math.min(segment, height - y) } });
        console.log(part);
      }
    } else {
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
  await browser.close();
} finally {
  // npx starts astro as a child: end the whole process group.
  if (server.pid) process.kill(-server.pid);
}
