import { expect, sitemapPaths, test } from './fixtures';

test.describe('every page', () => {
  for (const path of sitemapPaths()) {
    test(`${path} renders without console errors`, async ({ page, errors }) => {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });
  }

  test('print hides navigation and keeps the content', async ({ page }) => {
    await page.goto('/tools/unit-economics/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.header')).toBeHidden();
    await expect(page.locator('#starlight__sidebar')).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share link' })).toBeHidden();
  });
});
