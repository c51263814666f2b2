import type { Server } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, search, test, waitForTool } from './fixtures';
import { startStaticHost } from './static-host';

// Each test gets its own static host so it can take the site offline for real (the server stops)
// or publish a new service worker, without touching the shared preview server.
let host: { url: string; server: Server };
let swVersion = '';
test.beforeEach(async () => {
  swVersion = '';
  host = await startStaticHost(undefined, (path, body) => (path === '/sw.js' && swVersion ? Buffer.concat([body, Buffer.from(`\n// ${swVersion}\n`)]) : body));
});
test.afterEach(async () => {
  host.server.closeAllConnections();
  await new Promise((done) => host.server.close(done));
});

/** Open the site once and wait until the service worker has precached it and controls the page. */
async function installOffline(page: Page) {
  await page.goto(host.url + '/');
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
}

async function goOffline(page: Page) {
  host.server.closeAllConnections();
  await new Promise((done) => host.server.close(done));
  await page.context().setOffline(true);
  host.server = { close: (done: () => void) => done(), closeAllConnections() {} } as unknown as Server;
}

test.use({ serviceWorkers: 'allow' });

test.describe('offline', () => {
  test.describe.configure({ timeout: 120_000 });

  test('after one visit, visited and unvisited pages, a tool and search work offline', async ({ page, errors }) => {
    await installOffline(page);
    await goOffline(page);

    await page.goto(host.url + '/');
    await expect(page.getByRole('heading', { level: 1, name: 'Scale Handbook' })).toBeVisible();

    await page.goto(host.url + '/guides/stage-4-scale-readiness/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).not.toHaveTitle(/offline/i);

    await page.goto(host.url + '/tools/unit-economics/');
    await waitForTool(page);
    await page.getByLabel('ARPA per month').fill('250');
    await expect(page.locator('.kit-result-value').first()).not.toBeEmpty();

    const dialog = await search(page, 'hiring');
    await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();

    await page.goto(host.url + '/not-a-page-here/');
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  });

  test('a new version offers a reload, and reloading switches to it', async ({ page }) => {
    await installOffline(page);
    const first = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
    swVersion = 'next release';
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of the handbook is available.' });
    await expect(prompt).toBeVisible({ timeout: 60_000 });
    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(prompt).toHaveCount(0);
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
    expect(waiting).toBeNull();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(first);
  });

  test('the handbook can be installed: it links a web app manifest', async ({ page, request }) => {
    await page.goto(host.url + '/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await request.get(host.url + href)).json();
    expect(manifest).toMatchObject({ name: 'Scale Handbook', start_url: '/', display: 'standalone' });
    expect(manifest.icons.length).toBeGreaterThan(0);
    expect((await request.get(host.url + manifest.icons[0].src)).status()).toBe(200);
  });
});
