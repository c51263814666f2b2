import AxeBuilder from '@axe-core/playwright';
import { expect, searchReady, sitemapPaths, test } from './fixtures';

const paths = sitemapPaths();
/** axe with the rules it leaves off by default that Lighthouse runs: touch targets of at least 24 px. */
const axe = (page: import('@playwright/test').Page) => new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } });

test.describe('accessibility', () => {
  // Dense tool pages take axe several seconds; give each page room on a loaded 2-core machine.
  test.describe.configure({ timeout: 90_000 });
  for (const path of paths) {
    test(`axe finds no violations on ${path}`, async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(path);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const results = await axe(page).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
      await context.close();
    });
  }

  for (const path of paths) {
    test(`axe finds no violations on ${path} in the light theme`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: 'light' });
      await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
      const page = await context.newPage();
      await page.goto(path);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const results = await axe(page).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }

  // Touch targets are checked where fingers meet them: at a phone's width, on the pages with controls.
  for (const path of paths.filter((p) => /^\/(tools|workshops)\//.test(p))) {
    test(`axe finds no violations on ${path} on a phone`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.goto(path);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const results = await axe(page).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }

  test('the search dialog, open, has no violations', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/');
    await searchReady(page);
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByRole('searchbox').or(page.getByRole('dialog').locator('input')).first().fill('stage');
    await page.locator('.pagefind-ui__result').first().waitFor();
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
