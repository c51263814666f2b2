import { checkShareLink, expect, test, waitForTool } from './fixtures';
import { computeUnitEconomics } from '../src/lib/unit-economics';
import { unitEconomicsPresets } from '../src/presets/unit-economics';
import { formatMonths, formatRatio, formatUsd } from '../src/lib/format';

const url = '/tools/unit-economics/';
const result = (page: import('@playwright/test').Page, label: string) =>
  page.getByRole('definition').filter({ has: page.locator('.kit-result-value') }).and(page.locator(`.kit-result:has(dt:text-is("${label}")) dd`));

test.describe('unit economics tool', () => {
  test('computes as you type, and keeps inputs across a reload', async ({ page, errors }) => {
    await page.goto(url);
    await waitForTool(page);
    await page.getByLabel('ARPA per month').fill('100');
    await page.getByLabel('Gross margin').fill('75');
    await page.getByLabel('Monthly churn').fill('2.5');
    await page.getByLabel('CAC', { exact: true }).fill('900');
    const expected = computeUnitEconomics({ ...unitEconomicsPresets[1]!.inputs, arpaMonthlyUsd: 100, grossMarginPct: 75, monthlyChurnPct: 2.5, cacUsd: 900 });
    await expect(result(page, 'LTV')).toContainText(formatUsd(expected.ltvUsd));
    await expect(result(page, 'LTV:CAC')).toContainText(formatRatio(expected.ltvToCac));
    await expect(result(page, 'CAC payback')).toContainText(formatMonths(expected.paybackMonths));
    await page.reload();
    await waitForTool(page);
    await expect(page.getByLabel('ARPA per month')).toHaveValue('100');
    await expect(result(page, 'LTV')).toContainText(formatUsd(expected.ltvUsd));
    expect(errors).toEqual([]);
  });

  test('a preset shows the stage figures the playbook states', async ({ page }) => {
    await page.goto(url);
    await waitForTool(page);
    const stage1 = unitEconomicsPresets[0]!;
    await page.getByRole('button', { name: stage1.label }).click();
    await expect(result(page, 'LTV')).toContainText(formatUsd(stage1.stated.ltvUsd));
    await expect(result(page, 'CAC payback')).toContainText(formatMonths(stage1.stated.paybackMonths));
    await expect(page.getByText(/is that figure rounded/)).toBeVisible();
  });

  test('rejects bad input with a message next to the field, keeping the rest', async ({ page }) => {
    await page.goto(url);
    await waitForTool(page);
    await page.getByLabel('ARPA per month').fill('120');
    const churn = page.getByLabel('Monthly churn');
    await churn.fill('abc');
    await expect(churn).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('This is not a number.')).toBeVisible();
    await churn.fill('150');
    await expect(page.getByText('Must be at most 100%.')).toBeVisible();
    await expect(page.getByText(/One field needs attention/)).toBeVisible();
    await expect(page.getByLabel('ARPA per month')).toHaveValue('120');
    await expect(page.locator('.kit-tool')).not.toContainText(/NaN|Infinity/);
    await churn.fill('0');
    await expect(page.locator('.kit-tool').getByText(/LTV has no upper bound/)).toBeVisible();
  });

  test('follows changes made in another tab', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(url);
    await b.goto(url);
    await waitForTool(a);
    await waitForTool(b);
    await a.getByLabel('ARPA per month').fill('333');
    await expect(b.getByLabel('ARPA per month')).toHaveValue('333');
  });

  test('opens a share link after asking, and refuses a tampered one', async ({ page, browser }) => {
    await page.goto(url);
    await waitForTool(page);
    await page.getByLabel('ARPA per month').fill('444');
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.locator('.kit-share input').inputValue();

    await checkShareLink(browser, url, link, { label: 'ARPA per month', mine: '10', shared: '444' });
  });
});
