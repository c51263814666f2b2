import type { Page } from '@playwright/test';
import { checkShareLink, expect, test, waitForTool } from './fixtures';
import { budgetsByStage } from '../src/data/playbook/financial';
import { infrastructureStages } from '../src/data/playbook/infrastructure';
import { buildStagePresets } from '../src/lib/stage-planner/presets';
import { computeStagePlan } from '../src/lib/stage-planner/plan';
import { firstLimitText, infrastructureCheckText, shareTotalWarning } from '../src/components/stage-planner/words';

const url = '/tools/stage-planner/';
const presets = buildStagePresets(budgetsByStage, infrastructureStages);

async function openTool(page: Page, path = url) {
  await page.goto(path);
  await page.locator('.kit-tool').scrollIntoViewIfNeeded();
  await waitForTool(page);
}

test.describe('stage planner', () => {
  test.describe.configure({ timeout: 90_000 });
  test('opens with the preset a playbook page links to, warns on shares that total 101% and checks the infrastructure share', async ({ page, errors }) => {
    await openTool(page, `${url}?preset=stage-2`);
    const stage2 = computeStagePlan(presets[1]!.inputs);
    await expect(page.getByLabel('Budget for the year')).toHaveValue('3,900,000');
    if (!stage2.budget.ok) throw new Error('Stage 2 budget');
    await expect(page.getByText(shareTotalWarning(stage2.budget.total)!)).toBeVisible();

    await page.getByRole('button', { name: 'Stage 1', exact: true }).click();
    const stage1 = computeStagePlan(presets[0]!.inputs);
    await expect(page.locator('[data-check="infrastructure"]')).toHaveText(infrastructureCheckText(stage1.infrastructureCheck!));
    await expect(page.locator('[data-check="infrastructure"]')).toContainText('$4,312.50 a month');

    // A bigger infrastructure share makes the bill fit.
    await page.getByLabel('Infrastructure share').fill('12');
    const lines = presets[0]!.inputs.budgetLines.map((l) => (l.id === 'infrastructure' ? { ...l, sharePct: 12 } : l));
    const fits = computeStagePlan({ ...presets[0]!.inputs, budgetLines: lines });
    await expect(page.locator('[data-check="infrastructure"]')).toHaveText(infrastructureCheckText(fits.infrastructureCheck!));
    expect(fits.infrastructureCheck!.fits).toBe(true);
    await expect(page.locator('.kit-tool')).not.toContainText(/NaN|Infinity/);
    expect(errors).toEqual([]);
  });

  test('more growth brings the first capacity limit forward; inputs survive a reload', async ({ page }) => {
    await openTool(page);
    await page.getByLabel('Growth a month').fill('20');
    const faster = computeStagePlan({ ...presets[0]!.inputs, monthlyGrowthPct: 20 });
    await expect(page.locator('[data-first-limit]')).toHaveText(firstLimitText(faster.firstLimit));
    await page.reload();
    await page.locator('.kit-tool').scrollIntoViewIfNeeded();
    await waitForTool(page);
    await expect(page.getByLabel('Growth a month')).toHaveValue('20');
    await expect(page.locator('[data-first-limit]')).toHaveText(firstLimitText(faster.firstLimit));
    await page.getByText('Show the data as a table').click();
    await expect(page.locator('figure.kit-chart tbody tr').first()).toContainText('Month 0');
  });

  test('budget lines can be added and bad input is explained next to the field', async ({ page }) => {
    await openTool(page);
    await page.getByRole('button', { name: 'Add a budget line' }).click();
    await expect(page.getByLabel('Budget line 5')).toHaveValue('New line');
    await page.getByLabel('Budget line 5').fill('Legal');
    const share = page.getByLabel('Legal share');
    await share.fill('150');
    await expect(page.getByText('Must be at most 100%.')).toBeVisible();
    await expect(page.getByText(/One field needs attention/)).toBeVisible();
    await share.fill('2');
    await expect(page.getByText(/The shares total 103%/)).toBeVisible();
  });

  test('carries the budget into the scale model after asking, tagged with its source', async ({ page }) => {
    await openTool(page);
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Use in the scale model' }).click();
    await expect(page.getByText(/Carried into the scale model/)).toBeVisible();
    await page.goto('/tools/scale-model/');
    await page.locator('.kit-tool').scrollIntoViewIfNeeded();
    await waitForTool(page);
    const cash = page.locator('.sm-field', { has: page.getByLabel('Starting cash') });
    await expect(cash.getByLabel('Starting cash')).toHaveValue('575,000');
    await expect(cash.locator('.sm-basis')).toHaveText('from the stage planner');
    await cash.getByLabel('Starting cash').fill('600000');
    await expect(cash.locator('.sm-basis')).toHaveCount(0);
  });

  test('opens a share link after asking, and refuses a tampered one', async ({ page, browser }) => {
    await openTool(page);
    await page.getByLabel('Budget for the year').fill('777000');
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.locator('.kit-share input').inputValue();
    await checkShareLink(browser, url, link, { label: 'Budget for the year', mine: '900', shared: '777,000' });
  });
});
