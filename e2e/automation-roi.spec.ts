import type { Page } from '@playwright/test';
import { checkShareLink, expect, test, waitForTool } from './fixtures';
import { computeAutomationRoi } from '../src/lib/automation-roi/index';
import { formatMonths, formatRatio, formatUsd } from '../src/lib/format';

const url = '/tools/automation-roi/';
const total = (page: Page, label: string) => page.locator(`.kit-result:has(dt:text-is("${label}")) dd`);
const row = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^${n}\\. `) });

async function fillRow(page: Page, n: number, v: { name?: string; current?: string; saved?: string; cost?: string; once?: string }) {
  const r = row(page, n);
  if (v.name !== undefined) await r.getByLabel('Process name').fill(v.name);
  if (v.current !== undefined) await r.getByLabel('Current effort').fill(v.current);
  if (v.saved !== undefined) await r.getByLabel('Hours saved').fill(v.saved);
  if (v.cost !== undefined) await r.getByLabel('Monthly cost').fill(v.cost);
  if (v.once !== undefined) await r.getByLabel('One-time cost (optional)').fill(v.once);
}

test.describe('automation ROI calculator', () => {
  test('computes savings, ROI and payback as you type, and keeps them across a reload', async ({ page, errors }) => {
    await page.goto(url);
    await waitForTool(page);
    await page.getByLabel('Loaded hourly cost').fill('40');
    await fillRow(page, 1, { name: 'Invoice matching', current: '15', saved: '12', cost: '260', once: '3000' });
    await fillRow(page, 2, { name: 'Lead routing', saved: '6', cost: '100' });
    const expected = computeAutomationRoi({
      loadedHourlyCostUsd: 40,
      processes: [
        { name: 'Invoice matching', currentHoursPerWeek: 15, hoursSavedPerWeek: 12, monthlyCostUsd: 260, oneTimeCostUsd: 3000 },
        { name: 'Lead routing', currentHoursPerWeek: null, hoursSavedPerWeek: 6, monthlyCostUsd: 100, oneTimeCostUsd: null },
      ],
    }).totals;
    await expect(total(page, 'Monthly savings')).toContainText(formatUsd(expected.monthlySavingsUsd));
    await expect(total(page, 'Net monthly benefit')).toContainText(formatUsd(expected.netMonthlyBenefitUsd));
    await expect(total(page, 'ROI')).toContainText(formatRatio(expected.roiRatio));
    const months = expected.payback && !expected.payback.neverPaysBack ? expected.payback.months : null;
    await expect(total(page, 'Payback')).toContainText(formatMonths(months));
    await expect(page.getByRole('figure', { name: /Monthly savings against monthly cost/ })).toBeVisible();

    await page.reload();
    await waitForTool(page);
    await expect(row(page, 1).getByLabel('Process name')).toHaveValue('Invoice matching');
    await expect(page.getByLabel('Loaded hourly cost')).toHaveValue('40');
    await expect(total(page, 'ROI')).toContainText(formatRatio(expected.roiRatio));
    await expect(page.locator('.kit-tool')).not.toContainText(/NaN|Infinity/);
    expect(errors).toEqual([]);
  });

  test('says plainly when an automation never pays back, and flags impossible hours', async ({ page, errors }) => {
    await page.goto(url);
    await waitForTool(page);
    await page.getByLabel('Loaded hourly cost').fill('12');
    await fillRow(page, 1, { name: 'Weekly report', saved: '1', cost: '100', once: '500' });
    await expect(total(page, 'Payback')).toContainText('Never pays back');
    await expect(row(page, 1)).toContainText(/costs \$100 a month to run/);
    await expect(page.getByText(/these automations never pay back/)).toBeVisible();

    await fillRow(page, 2, { current: '5', saved: '8', cost: '10' });
    await expect(row(page, 2).getByText(/cannot be more than the current effort/)).toBeVisible();
    await fillRow(page, 2, { saved: '-3' });
    await expect(row(page, 2).getByText('Must be at least 0.')).toBeVisible();
    await expect(page.getByText(/One field needs attention/)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('loads the labelled example set', async ({ page, errors }) => {
    await page.goto(url);
    await waitForTool(page);
    await page.getByRole('button', { name: 'Example: three typical processes' }).click();
    await expect(row(page, 3).getByLabel('Process name')).toHaveValue('Weekly pipeline report');
    await expect(row(page, 3)).toContainText('Never pays back');
    await expect(page.getByText(/illustrative, not from the workshop/)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('opens a share link after asking, and refuses a tampered one', async ({ page, browser }) => {
    await page.goto(url);
    await waitForTool(page);
    await page.getByLabel('Loaded hourly cost').fill('55');
    await fillRow(page, 1, { name: 'Shared process', saved: '3', cost: '20' });
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.locator('.kit-share input').inputValue();

    await checkShareLink(browser, url, link, { label: 'Loaded hourly cost', mine: '10', shared: '55' }, async (fresh) => {
      await expect(row(fresh, 1).getByLabel('Process name')).toHaveValue('Shared process');
    });
  });
});
