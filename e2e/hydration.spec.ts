import { expect, test } from './fixtures';

const page_ = '/workshops/day-29/infrastructure-and-technology/';

test.describe('typing before an island hydrates', () => {
  test.describe.configure({ timeout: 90_000 });

  test('text typed into a worksheet before it hydrates is kept, saved and still there after a reload', async ({ page }) => {
    // Hold the worksheet's code back until the person has typed, as on a slow connection.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route(/\/_astro\/WorksheetForm\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(page_);
    const form = page.locator('[data-worksheet="technical-scaling"]');
    await form.scrollIntoViewIfNeeded();
    const field = form.getByLabel('Database size');
    await field.fill('120');
    await expect(form).not.toHaveAttribute('data-hydrated', '');
    release();
    await expect(form).toHaveAttribute('data-hydrated', '', { timeout: 60_000 });
    await expect(field).toHaveValue('120');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('scale-handbook:day-29:v1') ?? ''))
      .toContain('"database-size-gb":120');
    await page.unroute(/\/_astro\/WorksheetForm\.[\w-]+\.js$/);
    await page.reload();
    await form.scrollIntoViewIfNeeded();
    await expect(form).toHaveAttribute('data-hydrated', '', { timeout: 60_000 });
    await expect(form.getByLabel('Database size')).toHaveValue('120');
  });
});
