import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { hydrateEveryTool, sitemapPaths } from './fixtures';

/** The two themes every layout check runs in. */
export const themes = ['light', 'dark'] as const;
/** One of the site's themes. */
export type Theme = (typeof themes)[number];

/** A page in a fresh context with the given theme chosen and the given viewport. */
export async function themedPage(browser: Browser, theme: Theme, viewport: { width: number; height: number }, options: { reducedMotion?: 'reduce' } = {}) {
  const context = await browser.newContext({ viewport, colorScheme: theme, ...options });
  await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const page = await context.newPage();
  return { context, page };
}

/** Open a page and bring every island into view once, so islands that hydrate when visible have rendered. */
export async function openSettled(page: Page, path: string) {
  await page.goto(path);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 700) await page.evaluate((top) => window.scrollTo(0, top), y);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
  await hydrateEveryTool(page);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Sitemap pages whose built HTML holds a chart (chart.js or drawn). */
export function chartPaths(): string[] {
  const dir = process.env.SITE_DIR ?? 'dist';
  return sitemapPaths().filter((p) => readFileSync(`${dir}${p.replace(/\/?$/, '/')}index.html`, 'utf8').includes('kit-chart'));
}

/** The chart series palettes (the same hex values the chart theme uses). */
export const palettes = {
  dark: ['#7cb7ff', '#ffb86b', '#6fe3a5', '#ff8fa3', '#c9a7ff', '#ffe27a'],
  light: ['#1d4ed8', '#b45309', '#047857', '#be123c', '#6d28d9', '#854d0e'],
} as const;

/** For each chart.js canvas on the page, how many opaque pixels match each of the given colours. */
export async function canvasColourCounts(page: Page, colours: readonly string[]): Promise<number[][]> {
  return page.evaluate((hexes) => {
    const rgb = hexes.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
    return [...document.querySelectorAll<HTMLCanvasElement>('.kit-chart canvas')].map((canvas) => {
      const ctx = canvas.getContext('2d');
      const counts = rgb.map(() => 0);
      if (!ctx || canvas.width === 0 || canvas.height === 0) return counts;
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! < 200) continue;
        rgb.forEach(([r, g, b], k) => {
          if (Math.abs(data[i]! - r!) <= 10 && Math.abs(data[i + 1]! - g!) <= 10 && Math.abs(data[i + 2]! - b!) <= 10) counts[k]!++;
        });
      }
      return counts;
    });
  }, colours);
}
