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

  test('every filter group shows after the first search, even when some filter lists arrive late', async ({ page }) => {
    // A slow network: the first filter list arrives at once, the others well after the index.
    let requests = 0;
    await page.route('**/pagefind/filter/*', async (route) => {
      if (requests++ > 0) await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue();
    });
    await page.goto('/');
    await searchReady(page);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the handbook' });
    await dialog.locator('.pagefind-ui__search-input').fill('payback');
    await dialog.locator('.pagefind-ui__result').first().waitFor();
    // More than one list, so at least one was held back (however many lists the index is split into).
    expect(requests).toBeGreaterThan(1);
    for (const group of ['Type', 'Stage', 'Audience']) {
      await expect(dialog.locator('.pagefind-ui__filter-name', { hasText: group })).toBeVisible();
    }
  });
});
