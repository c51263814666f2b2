import type { Server } from 'node:http';
import { expect, hydrateEveryTool, searchReady, sitemapPaths, test } from './fixtures';
import { startStaticHost } from './static-host';

// Pages are served by a static host that applies dist/_headers, so both the header policy and
// each page's own <meta> policy are enforced, as on Netlify or Cloudflare Pages.
let host: { url: string; server: Server };
test.beforeAll(async () => {
  host = await startStaticHost();
});
test.afterAll(async () => {
  await new Promise((done) => host.server.close(done));
});

const paths = sitemapPaths();

test.describe('locked down', () => {
  test.describe.configure({ timeout: 90_000 });

  test('every page is served with the security headers', async ({ request }) => {
    for (const path of paths) {
      const res = await request.get(host.url + path);
      expect(res.status(), path).toBe(200);
      const headers = res.headers();
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy'], path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBeTruthy();
      expect(headers['permissions-policy'], path).toContain('camera=()');
      expect(headers['strict-transport-security'], path).toMatch(/max-age=\d+/);
    }
  });

  for (const path of paths) {
    test(`no CSP violation and no third-party request on ${path}`, async ({ browser }) => {
      const context = await browser.newContext();
      const violations: string[] = [];
      const foreign: string[] = [];
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const list = ((window as unknown as { __csp: string[] }).__csp ??= []);
          list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
        });
      });
      context.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(host.url) && !/^(data|blob):/.test(url)) foreign.push(url);
      });
      const page = await context.newPage();
      page.on('console', (msg) => {
        if (/Content.Security.Policy/i.test(msg.text())) violations.push(msg.text());
      });
      page.on('pageerror', (err) => violations.push(err.message));
      await page.goto(host.url + path);
      // Bring every island into view so each one hydrates under the policy.
      await page.evaluate(async () => {
        for (let y = 0; y <= document.body.scrollHeight; y += window.innerHeight) {
          window.scrollTo(0, y);
          await new Promise(requestAnimationFrame);
        }
      });
      await page.waitForLoadState('networkidle');
      await hydrateEveryTool(page);
      violations.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
      expect(violations).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    });
  }

  test('search runs under the policy', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content.Security.Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await page.goto(host.url + '/');
    await searchReady(page);
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Search the handbook' }).locator('.pagefind-ui__search-input').fill('hiring');
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 30_000 });
    expect(violations).toEqual([]);
    await context.close();
  });
});
