import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForTool } from './fixtures';
import { compareScenarios, computeScaleModel, runSensitivity, type ScaleModelInputs } from '../src/lib/scale-model';
import { defaultScaleModelInputs } from '../src/presets/scale-model';
import { formatFte, formatMetric, formatOutput } from '../src/components/scale-model/format-scale';

const url = '/tools/scale-model/';
const defaults = defaultScaleModelInputs();
const salesUnit = defaults.roles.find((r) => r.id === 'sales')!.outputUnit;

/** The tool hydrates when it scrolls into view. */
async function openTool(page: Page) {
  await page.goto(url);
  await page.locator('.kit-tool').scrollIntoViewIfNeeded();
  await waitForTool(page);
}

const keyResult = (page: Page, label: string) => page.locator(`.kit-result:has(dt:text-is("${label}")) .kit-result-value`);

/** A chart's figure, found by the start of its title, with its data table opened. */
async function chartTable(page: Page, title: RegExp): Promise<Locator> {
  const figure = page.locator('figure.kit-chart').filter({ has: page.locator('figcaption', { hasText: title }) });
  const details = figure.locator('details');
  if ((await details.getAttribute('open')) === null) await figure.getByText('Show the data as a table').click();
  return figure.locator('tbody');
}

/** Row headers of the sensitivity table: assumptions that move the result, largest swing first, then one row for the rest. */
function tableLabels(rows: ReturnType<typeof runSensitivity>['rows']): string[] {
  const still = rows.filter((r) => r.swing === 0).length;
  return [...rows.filter((r) => r.swing !== 0).map((r) => r.label), ...(still > 0 ? [`No effect (${still})`] : [])];
}

/** The plan with one role changed. */
function withRole(inputs: ScaleModelInputs, id: string, change: Partial<ScaleModelInputs['roles'][number]>): ScaleModelInputs {
  return { ...inputs, roles: inputs.roles.map((r) => (r.id === id ? { ...r, ...change } : r)) };
}

test.describe('scale model tool', () => {
  test('a longer ramp lowers output, and the chart table follows', async ({ page, errors }) => {
    await openTool(page);
    const before = computeScaleModel(defaults);
    const changed = withRole(defaults, 'sales', { rampMonths: 8 });
    const after = computeScaleModel(changed);
    expect(after.totals.output12).toBeLessThan(before.totals.output12);

    await expect(keyResult(page, '12-month output toward the target')).toHaveText(formatOutput(before.totals.output12, salesUnit));
    // The charts run once they come into view: bring them there, and check() waits until the choice is enabled.
    await page.getByRole('radiogroup', { name: 'Chart to show' }).scrollIntoViewIfNeeded();
    await page.getByLabel('Output against target').check();
    const rows = await chartTable(page, /^Output against the target/);
    await expect(rows.locator('tr').nth(11).locator('td').first()).toHaveText(formatOutput(before.months[11]!.output, salesUnit));

    await page.getByLabel('Sales ramp time (months)').fill('8');
    await expect(keyResult(page, '12-month output toward the target')).toHaveText(formatOutput(after.totals.output12, salesUnit));
    for (const m of [0, 5, 11]) {
      await expect(rows.locator('tr').nth(m).locator('td').first()).toHaveText(formatOutput(after.months[m]!.output, salesUnit));
    }
    await expect(page.locator('.kit-tool')).not.toContainText(/NaN|Infinity/);
    expect(errors).toEqual([]);
  });

  test('saves two scenarios, compares them, and keeps inputs and scenarios across a reload', async ({ page, errors }) => {
    page.on('dialog', (d) => void d.accept());
    await openTool(page);
    // The scenarios run once they come into view: bring them there, and fill() waits until the field is enabled.
    await page.getByRole('heading', { name: 'Scenarios' }).scrollIntoViewIfNeeded();
    await page.getByLabel('Scenario name').fill('Base');
    await page.getByRole('button', { name: 'Save as a scenario' }).click();
    await page.getByLabel('Sales hires in month 1', { exact: true }).fill('3');
    await page.getByLabel('Scenario name').fill('More sales');
    await page.getByRole('button', { name: 'Save as a scenario' }).click();

    const moreSales = withRole(defaults, 'sales', { hiresPerMonth: defaults.roles.find((r) => r.id === 'sales')!.hiresPerMonth.map((h, i) => (i === 0 ? 3 : h)) });
    const now = new Date().toISOString();
    const comparison = compareScenarios({ name: 'Base', savedAt: now, inputs: defaults }, { name: 'More sales', savedAt: now, inputs: moreSales });
    const table = page.locator('table', { has: page.locator('caption', { hasText: 'compared with' }) });
    await expect(table.locator('caption')).toHaveText('“Base” compared with “More sales”');
    for (const id of ['endingHeadcount', 'output12', 'burnMultiple'] as const) {
      const row = comparison.rows.find((r) => r.id === id)!;
      const cells = table.locator('tr', { has: page.locator(`th:text-is("${row.label}")`) }).locator('td');
      await expect(cells.nth(0)).toHaveText(formatMetric(row.a, row.unit, salesUnit));
      await expect(cells.nth(1)).toHaveText(formatMetric(row.b, row.unit, salesUnit));
    }
    const output = comparison.rows.find((r) => r.id === 'output12')!;
    expect(output.delta).toBeGreaterThan(0);
    await expect(table.locator('tr', { has: page.locator(`th:text-is("${output.label}")`) }).locator('td').nth(3)).toHaveText('More sales');

    await page.reload();
    await page.locator('.kit-tool').scrollIntoViewIfNeeded();
    await waitForTool(page);
    await expect(page.getByLabel('Sales hires in month 1', { exact: true })).toHaveValue('3');
    const saved = page.locator('table', { has: page.locator('caption', { hasText: 'Saved scenarios' }) });
    await expect(saved.locator('tbody th')).toHaveText([/^Base/, /^More sales/]);
    await expect(keyResult(page, 'Headcount in month 12')).toHaveText(`${formatFte(computeScaleModel(moreSales).totals.endingHeadcount)} FTE`);

    await page.getByRole('button', { name: 'Load Base' }).click();
    await expect(page.getByLabel('Sales hires in month 1', { exact: true })).toHaveValue(String(defaults.roles.find((r) => r.id === 'sales')!.hiresPerMonth[0]));
    await page.getByRole('button', { name: 'Delete More sales' }).click();
    await expect(saved.locator('tbody th')).toHaveText([/^Base/]);
    expect(errors).toEqual([]);
  });

  test('a share link carries the plan to a clean browser', async ({ page, browser, errors }) => {
    await openTool(page);
    await page.getByLabel('Engineering ramp time (months)').fill('5');
    await page.getByLabel('Span of control').fill('6');
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.locator('.kit-share input').inputValue();

    const clean = await browser.newContext();
    const fresh = await clean.newPage();
    const freshErrors: string[] = [];
    fresh.on('console', (m) => m.type() === 'error' && freshErrors.push(m.text()));
    await fresh.goto(link);
    await fresh.locator('.kit-tool').scrollIntoViewIfNeeded();
    await waitForTool(fresh);
    // Nothing is saved in a clean browser, so nothing is asked: the plan applies at once.
    await expect(fresh.getByText(/You opened a share link: the tool shows the shared inputs/)).toBeVisible();
    await expect(fresh.getByRole('button', { name: 'Use the shared inputs' })).toHaveCount(0);
    await expect(fresh.getByLabel('Engineering ramp time (months)')).toHaveValue('5');
    await expect(fresh.getByLabel('Span of control')).toHaveValue('6');
    const expected = computeScaleModel({ ...withRole(defaults, 'engineering', { rampMonths: 5 }), spanOfControl: 6 });
    await expect(keyResult(fresh, 'Most managers needed')).toHaveText(String(expected.totals.maxManagersNeeded));
    expect(freshErrors).toEqual([]);
    await clean.close();
    expect(errors).toEqual([]);
  });

  test('the sensitivity table lists assumptions by swing, largest first', async ({ page, errors }) => {
    await openTool(page);
    const rows = await chartTable(page, /^What moves 12-month output/);
    const expected = runSensitivity(defaults, { metric: 'output12', changePct: 20 });
    await expect(rows.locator('th')).toHaveText(tableLabels(expected.rows));
    const swings = expected.rows.map((r) => r.swing ?? -1);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    // The swing column, read back from the page, runs from largest to smallest.
    const shown = (await rows.locator('td:last-child').allTextContents()).map((t) => Number(t.replace(/[^0-9.]/g, '')));
    expect(shown).toEqual([...shown].sort((a, b) => b - a));

    await page.getByLabel('Result to test').selectOption({ label: 'Burn multiple' });
    await page.getByLabel('Move each assumption by (±)').fill('10');
    const burn = runSensitivity(defaults, { metric: 'burnMultiple', changePct: 10 });
    const burnRows = await chartTable(page, /^What moves burn multiple/);
    await expect(burnRows.locator('th')).toHaveText(tableLabels(burn.rows));
    const top = burn.rows[0]!;
    await expect(burnRows.locator('tr').first().locator('td').last()).toHaveText(formatMetric({ value: top.swing!, reason: null }, 'multiple'));
    expect(errors).toEqual([]);
  });

  test('bad input shows the model’s message beside the field and never NaN', async ({ page, errors }) => {
    await openTool(page);
    const cell = page.getByLabel('Marketing hires in month 4', { exact: true });
    await cell.fill('-2');
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('td', { has: cell })).toContainText('Must be at least 0');
    await page.getByLabel('Sales annual attrition (%)').fill('100');
    await expect(page.getByText(/2 fields need attention/)).toBeVisible();
    await expect(keyResult(page, '12-month cost')).toHaveText(formatMetric({ value: computeScaleModel(defaults).totals.costUsd12, reason: null }, 'usd'));
    await expect(page.locator('.kit-tool')).not.toContainText(/NaN|Infinity/);
    expect(errors).toEqual([]);
  });

  test('the light theme has no axe violations on this page', async ({ browser }) => {
    // axe over the heaviest tool page: more than the default 30 s on a busy machine.
    test.setTimeout(90_000);
    const context = await browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    const page = await context.newPage();
    await openTool(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    // Scrolling counts as using the page: every part of the tool runs soon after. Check the page once they have.
    await expect(page.getByRole('region', { name: 'The plan month by month' })).toBeVisible();
    await expect(page.locator('.sm-part[disabled]')).toHaveCount(0);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
