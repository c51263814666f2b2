import { expect, test, waitForTool } from './fixtures';
import { unitEconomicsPresets } from '../src/presets/unit-economics';

const saved = { ...unitEconomicsPresets[0]!.inputs, arpaMonthlyUsd: 321 };
const key = 'scale-handbook:unit-economics:v1';

test.describe('storage trouble', () => {
  test.describe.configure({ timeout: 90_000 });

  test('blocked storage: pages raise no errors and the theme still applies before paint', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => {
      const blocked = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: blocked, configurable: true });
      Object.defineProperty(window, 'sessionStorage', { get: blocked, configurable: true });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    for (const path of ['/', '/guides/stage-4-scale-readiness/', '/tools/unit-economics/']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    }
    await waitForTool(page);
    await expect(page.getByText(/not letting the handbook save/).first()).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('full storage: a tool shows what was saved and says changes cannot be saved; the workspace lists it', async ({ browser }) => {
    const context = await browser.newContext();
    await context.addInitScript(
      ([k, v]) => {
        localStorage.setItem(k!, v!);
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      },
      [key, JSON.stringify(saved)],
    );
    const page = await context.newPage();
    await page.goto('/tools/unit-economics/');
    await waitForTool(page);
    await expect(page.getByLabel('ARPA per month')).toHaveValue('321');
    await expect(page.getByText(/Storage is full, so changes can't be saved/).first()).toBeVisible();

    await page.goto('/tools/workspace/');
    await waitForTool(page);
    await expect(page.getByRole('rowheader', { name: /unit economics/i })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export all' })).toBeEnabled();
    await expect(page.getByText('Nothing saved yet')).toHaveCount(0);
    await context.close();
  });

  test('a value saved by an older version gets a notice and its key is removed', async ({ browser }) => {
    const context = await browser.newContext();
    await context.addInitScript(
      ([v]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('scale-handbook:unit-economics:v0', v!);
          localStorage.setItem('scale-handbook:checklist:stage-4-exit-criteria:v0', '{"checked":[]}');
          sessionStorage.setItem('seeded', '1');
        }
      },
      [JSON.stringify(saved)],
    );
    const page = await context.newPage();
    await page.goto('/tools/unit-economics/');
    await waitForTool(page);
    await expect(page.getByText(/version of this tool that can no longer be read/)).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('scale-handbook:unit-economics:v0'))).toBeNull();
    await context.close();
  });

  test('a damaged checklist value is reported, not silently unticked', async ({ browser }) => {
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('scale-handbook:checklist:stage-4-exit-criteria:v1', '{"checked": ['));
    const page = await context.newPage();
    await page.goto('/guides/stage-4-scale-readiness/');
    await expect(page.getByText(/saved ticks for this list were damaged/)).toBeVisible();
    await context.close();
  });
});

