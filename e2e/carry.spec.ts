import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForTool } from './fixtures';
import { computeUnitEconomics } from '../src/lib/unit-economics';
import { unitEconomicsPresets } from '../src/presets/unit-economics';
import { formatMonths, formatUsd } from '../src/lib/format';

async function openTool(page: Page, path: string) {
  await page.goto(path);
  await page.locator('.kit-tool').first().scrollIntoViewIfNeeded();
  await waitForTool(page);
}

test.describe('tools feeding each other', () => {
  test.describe.configure({ timeout: 90_000 });
  test('unit economics carries its margin, CAC and payback into the scale model only after asking', async ({ page }) => {
    await openTool(page, '/tools/unit-economics/');
    await page.getByLabel('Gross margin').fill('70');
    // Declining leaves the scale model as it was.
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.dismiss();
    });
    await page.getByRole('button', { name: 'Use in the scale model' }).click();
    await expect.poll(() => asked).toContain('margin');
    await expect(page.getByText(/Carried into the scale model/)).toHaveCount(0);

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Use in the scale model' }).click();
    await expect(page.getByText(/Carried into the scale model/)).toBeVisible();

    const expected = computeUnitEconomics({ ...unitEconomicsPresets[1]!.inputs, grossMarginPct: 70 });
    await openTool(page, '/tools/scale-model/');
    const margin = page.locator('.sm-field', { has: page.getByLabel('Gross margin') });
    await expect(margin.getByLabel('Gross margin')).toHaveValue('70');
    await expect(margin.locator('.sm-basis')).toHaveText('from unit economics');
    const carried = page.getByText('Carried in for comparison:').locator('..');
    await expect(carried).toContainText(formatUsd(expected.cacUsd));
    await expect(carried).toContainText(formatMonths(expected.paybackMonths));
  });

  test('the filled-in and the shared scale plan pass axe in both themes', async ({ browser }) => {
    test.setTimeout(180_000);
    for (const theme of ['dark', 'light'] as const) {
      const context = await browser.newContext({ colorScheme: theme });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      await openTool(page, '/tools/stage-planner/');
      await page.getByLabel('Growth a month').fill('40');
      await openTool(page, '/tools/unit-economics/');
      await page.getByLabel('ARPA per month').fill('90');
      await openTool(page, '/tools/scale-plan/');
      await expect(page.locator('[data-section="budget-infrastructure"] .kit-result').first()).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
      await page.getByRole('button', { name: 'Share link' }).click();
      const link = await page.locator('.kit-share input').inputValue();
      const other = await browser.newContext({ colorScheme: theme });
      await other.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const shared = await other.newPage();
      await openTool(shared, link.replace(/^https?:\/\/[^/]+/, ''));
      await expect(shared.getByRole('button', { name: 'Copy into this browser' })).toBeVisible();
      expect((await new AxeBuilder({ page: shared }).analyze()).violations.map((v) => v.id)).toEqual([]);
      await other.close();
      await context.close();
    }
  });
});
