import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForTool } from './fixtures';
import { computeUnitEconomics } from '../src/lib/unit-economics';
import { unitEconomicsPresets } from '../src/presets/unit-economics';
import { computeScaleModel } from '../src/lib/scale-model';
import { defaultScaleModelInputs } from '../src/presets/scale-model';
import { paybackCheck } from '../src/lib/scale-plan/checks';
import { checkSentence, figureText } from '../src/components/scale-plan/words';
import { formatMonths } from '../src/lib/format';
import { STAGE4_EXAMPLE_LABEL } from '../src/data/stage4/examples';

const url = '/tools/scale-plan/';
const ueDefaults = unitEconomicsPresets[1]!.inputs;
const smDefaults = defaultScaleModelInputs();

async function openTool(page: Page, path: string) {
  await page.goto(path);
  await page.locator('.kit-tool').first().scrollIntoViewIfNeeded();
  await waitForTool(page);
}

const section = (page: Page, id: string) => page.locator(`[data-section="${id}"]`);
const figure = (page: Page, id: string, label: string) => section(page, id).locator(`.kit-result:has(dt:text-is("${label}")) .kit-result-value`);
const check = (page: Page, id: string) => page.locator(`[data-check="${id}"]`);

/** Fill unit economics and the scale model so both are saved in this browser. */
async function fillTools(page: Page) {
  await openTool(page, '/tools/unit-economics/');
  await page.getByLabel('ARPA per month').fill('100');
  await openTool(page, '/tools/scale-model/');
  await page.getByLabel('Starting cash').fill('2000000');
}

const paybackSentence = (ue: typeof ueDefaults) =>
  checkSentence(
    'payback',
    paybackCheck({
      planPaybackMonths: computeScaleModel({ ...smDefaults, startingCashUsd: 2_000_000 }).capitalEfficiency.cacPaybackMonths.value,
      unitPaybackMonths: computeUnitEconomics(ue).paybackMonths,
    }),
  );

test.describe('scale plan', () => {
  // Each test fills in two heavy tool pages before opening the plan: give them room on a loaded machine.
  test.describe.configure({ timeout: 90_000 });
  test('with nothing saved, each part says so and links to its tool; checks name what they miss', async ({ page, errors }) => {
    await openTool(page, url);
    await expect(section(page, 'unit-economics')).toContainText('Nothing saved in this browser yet.');
    await expect(section(page, 'unit-economics').getByRole('link', { name: /Open the unit economics/ })).toHaveAttribute('href', '/tools/unit-economics/');
    await expect(check(page, 'payback')).toContainText("Not checked yet: needs the scale model's CAC payback and the unit economics CAC payback.");
    await expect(page.locator('[data-criterion="infrastructure-in-place"]')).toContainText('Not yet');
    expect(errors).toEqual([]);
  });

  test("shows the tools' figures and follows a change made in another tab", async ({ context }) => {
    const page = await context.newPage();
    await fillTools(page);
    await openTool(page, url);
    const ue = { ...ueDefaults, arpaMonthlyUsd: 100 };
    await expect(figure(page, 'unit-economics', 'LTV')).toHaveText(figureText({ label: 'LTV', value: computeUnitEconomics(ue).ltvUsd, unit: 'usd' }));
    const model = computeScaleModel({ ...smDefaults, startingCashUsd: 2_000_000 });
    await expect(figure(page, 'hiring-plan', 'Runway')).toContainText(formatMonths(model.capitalEfficiency.runwayMonths.value));
    await expect(check(page, 'payback').locator('[data-sentence]')).toHaveText(paybackSentence(ue));

    const other = await context.newPage();
    await openTool(other, '/tools/unit-economics/');
    await other.getByLabel('CAC', { exact: true }).fill('900');
    const changed = { ...ue, cacUsd: 900 };
    await expect(check(page, 'payback').locator('[data-sentence]')).toHaveText(paybackSentence(changed));
    await expect(figure(page, 'unit-economics', 'CAC')).toHaveText(figureText({ label: 'CAC', value: 900, unit: 'usd' }));
  });

  test('opened with nothing saved, it picks up a tool saved in another tab, and exports what it shows', async ({ context }) => {
    const page = await context.newPage();
    await openTool(page, url);
    await expect(section(page, 'unit-economics')).toContainText('Nothing saved in this browser yet.');
    const [empty] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /JSON/ }).click()]);
    const emptyExport = JSON.parse(readFileSync((await empty.path())!, 'utf8'));
    expect(emptyExport.inputs.unitEconomics).toBeNull();

    const other = await context.newPage();
    await openTool(other, '/tools/unit-economics/');
    await other.getByLabel('ARPA per month').fill('100');
    const ue = { ...ueDefaults, arpaMonthlyUsd: 100 };
    await expect(figure(page, 'unit-economics', 'LTV')).toHaveText(figureText({ label: 'LTV', value: computeUnitEconomics(ue).ltvUsd, unit: 'usd' }));
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /JSON/ }).click()]);
    expect(JSON.parse(readFileSync((await saved.path())!, 'utf8')).inputs.unitEconomics.arpaMonthlyUsd).toBe(100);
  });

  test('prints as one document without the controls or navigation', async ({ page }) => {
    await fillTools(page);
    await openTool(page, url);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.spl-document')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share link' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'How this is calculated' })).toBeHidden();
    await expect(page.locator('nav.sidebar, #starlight__sidebar').first()).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Stage 4 exit criteria' })).toBeVisible();
  });

  test('shares as one link that opens read-only in a clean browser and can be copied in', async ({ page, browser }) => {
    await fillTools(page);
    await openTool(page, url);
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.locator('.kit-share input').inputValue();
    expect(link.length).toBeLessThan(8_000);
    const ltv = await figure(page, 'unit-economics', 'LTV').textContent();

    const clean = await browser.newContext();
    const fresh = await clean.newPage();
    await openTool(fresh, link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(fresh.getByText(/scale plan someone shared, read-only/)).toBeVisible();
    await expect(figure(fresh, 'unit-economics', 'LTV')).toHaveText(ltv!);
    await expect(section(fresh, 'budget-infrastructure')).toContainText('Not part of this shared plan.');
    fresh.on('dialog', (d) => void d.accept());
    await fresh.getByRole('button', { name: 'Copy into this browser' }).click();
    await expect(fresh.getByText(/scale plan someone shared/)).toBeHidden();
    await openTool(fresh, '/tools/unit-economics/');
    await expect(fresh.getByLabel('ARPA per month')).toHaveValue('100');

    // Coming from another page, this is a full navigation: the tampered hash is read on load.
    await openTool(fresh, link.replace(/^https?:\/\/[^/]+/, '').slice(0, -6) + 'XXXXXX');
    await expect(fresh.getByText(/share link is damaged/)).toBeVisible();
    await clean.close();
  });
});

test.describe('scale plan with the Stage 4 decisions', () => {
  test.describe.configure({ timeout: 120_000 });
  test('the ICP and channel examples appear in the plan, and the allocation check runs once a budget is saved', async ({ page }) => {
    const loadExample = async (path: string) => {
      await openTool(page, path);
      page.once('dialog', (d) => void d.accept());
      await page.getByText(STAGE4_EXAMPLE_LABEL).first().click();
      await page.getByRole('button', { name: 'Load the example' }).click();
      await expect(page.getByRole('button', { name: 'Example loaded' })).toBeDisabled();
    };
    await loadExample('/tools/icp-strategy/');
    await loadExample('/tools/channel-tiers/');

    await openTool(page, url);
    await expect(section(page, 'icp-decision')).toBeVisible();
    await expect(section(page, 'icp-decision')).not.toContainText('Nothing saved');
    await expect(section(page, 'channel-tiers')).not.toContainText('Nothing saved');
    await expect(section(page, 'org-design')).toContainText('Nothing saved');
    // No budget yet: the check names what it is missing.
    await expect(check(page, 'channel-allocation')).toHaveAttribute('data-status', 'missing');

    await openTool(page, '/tools/stage-planner/?preset=stage-2');
    await expect(page.getByLabel('Budget for the year')).toHaveValue('3,900,000');
    await openTool(page, url);
    const allocation = check(page, 'channel-allocation');
    await expect(allocation).not.toHaveAttribute('data-status', 'missing');
    await expect(allocation).toContainText('$');
  });
});
