import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, waitForTool } from './fixtures';
import { computeScaleModel } from '../src/lib/scale-model';
import { defaultScaleModelInputs } from '../src/presets/scale-model';
import { PLAN_CSV_HEADER, TOTAL_ROW_LABEL } from '../src/lib/scale-model/csv';
import { unitEconomicsPresets } from '../src/presets/unit-economics';

test.describe('leaders: plan CSV and undo', () => {
  test.describe.configure({ timeout: 60_000 });

  test('the scale model downloads the month-by-month plan as a CSV a spreadsheet reads', async ({ page }) => {
    await page.goto('/tools/scale-model/');
    await waitForTool(page);
    await page.getByLabel('Span of control').fill('6');
    const inputs = { ...defaultScaleModelInputs(), spanOfControl: 6 };
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download plan (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('scale-model-plan.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...PLAN_CSV_HEADER]);
    const result = computeScaleModel(inputs);
    expect(rows).toHaveLength(1 + 12 * (inputs.roles.length + 1));
    const m6 = rows.find((r) => r[0] === '6' && r[1] === TOTAL_ROW_LABEL)!;
    expect(Number(m6[PLAN_CSV_HEADER.indexOf('Managers needed')])).toBe(result.months[5]!.managersNeeded);
    expect(Number(m6[PLAN_CSV_HEADER.indexOf('Cost (USD)')])).toBeCloseTo(result.months[5]!.costUsd, 6);
  });

  test('Reset and loading a preset can be undone once, and an edit after them withdraws the undo', async ({ page }) => {
    await page.goto('/tools/unit-economics/');
    await waitForTool(page);
    const arpa = page.getByLabel('ARPA per month');
    await arpa.fill('123');
    await expect(arpa).toHaveValue('123');

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(arpa).not.toHaveValue('123');
    await page.getByRole('button', { name: 'Undo reset' }).click();
    await expect(arpa).toHaveValue('123');
    await expect(page.getByRole('button', { name: 'Undo reset' })).toHaveCount(0);

    const preset = unitEconomicsPresets[0]!;
    await page.getByRole('button', { name: preset.label }).click();
    await expect(arpa).toHaveValue(String(preset.inputs.arpaMonthlyUsd));
    await page.getByRole('button', { name: 'Undo loading the preset' }).click();
    await expect(arpa).toHaveValue('123');

    await page.getByRole('button', { name: preset.label }).click();
    await arpa.fill('140');
    await expect(page.getByRole('button', { name: 'Undo loading the preset' })).toHaveCount(0);
  });

  test('the scale model’s preset can be undone', async ({ page }) => {
    await page.goto('/tools/scale-model/');
    await waitForTool(page);
    const span = page.getByLabel('Span of control');
    await span.fill('6');
    await expect(span).toHaveValue('6');
    page.once('dialog', (d) => void d.accept());
    await page.locator('.sm-presets').getByRole('button').first().click();
    await expect(page.getByRole('button', { name: 'Undo loading the preset' })).toBeVisible();
    await page.getByRole('button', { name: 'Undo loading the preset' }).click();
    await expect(span).toHaveValue('6');
  });
});

test.describe('assessments on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('the live total stays in view while scoring, and arrow keys change a score', async ({ page }) => {
    await page.goto('/tools/readiness-assessment/');
    // On a phone the tool starts below the fold and hydrates once scrolled into view.
    await page.locator('.kit-tool').first().scrollIntoViewIfNeeded();
    await waitForTool(page);
    const boxes = page.locator('.as-score input');
    const last = boxes.last();
    await last.scrollIntoViewIfNeeded();
    await last.focus();
    await page.keyboard.press('ArrowUp');
    await expect(last).toHaveValue('0');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowUp');
    await expect(last).toHaveValue('7');
    await page.keyboard.press('ArrowDown');
    await expect(last).toHaveValue('6');
    const total = page.locator('.as-live-total');
    await expect(total).toBeInViewport();
    await expect(total).toContainText('1 of 20 answered');
  });
});
