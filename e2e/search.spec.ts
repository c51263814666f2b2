import { expect, search, searchReady, test } from './fixtures';

test.describe('search', () => {
  test('opens with Ctrl+K and with "/", and closes with Escape', async ({ page }) => {
    await page.goto('/');
    await searchReady(page);
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Search the handbook' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog', { name: 'Search the handbook' })).toBeVisible();
  });

  test('a filtered search lands on the matching heading with the terms highlighted', async ({ page }) => {
    await page.goto('/');
    const dialog = await search(page, 'payback', { group: 'Type', value: 'Tool' });
    const results = dialog.locator('.pagefind-ui__result');
    await expect(results.first()).toContainText(/unit economics/i);
    const link = dialog.locator('.pagefind-ui__result-nested a', { hasText: /how this is calculated/i }).first();
    await link.click();
    await expect(page).toHaveURL(/\/tools\/unit-economics\/\?highlight=payback#how-this-is-calculated/);
    await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  });
});
