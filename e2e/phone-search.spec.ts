import { expect, test } from './fixtures';

test.describe('search on a phone', () => {
  test('after typing a query a result link is in the first screen', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('header').getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the handbook' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Search the handbook' }).fill('budget');
    const link = dialog.locator('.pagefind-ui__result-link').first();
    await link.waitFor();
    await expect(link).toBeInViewport();
    const box = await link.boundingBox();
    expect(box, 'first result link has a box').not.toBeNull();
    expect(box!.y + box!.height, 'first result ends within the first screen').toBeLessThanOrEqual(844);
    // The link is the topmost thing at its own position (nothing covers it).
    const hit = await link.evaluate((a) => {
      const r = a.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + Math.min(10, r.width / 2), r.top + r.height / 2);
      return !!top && (top === a || a.contains(top));
    });
    expect(hit, 'first result link is not covered').toBe(true);
    await context.close();
  });
});
