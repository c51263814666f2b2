import type { Page } from '@playwright/test';
import { checkShareLink, expect, test, waitForTool } from './fixtures';
import { computeIcpStrategy } from '../src/lib/stage4/icp/compute';
import { recommendationText } from '../src/lib/stage4/icp/describe';
import { ICP_EXAMPLE, STAGE4_EXAMPLE_LABEL } from '../src/data/stage4/examples';

const url = '/tools/icp-strategy/';

async function open(page: Page) {
  await page.goto(url);
  await page.locator('.kit-tool').scrollIntoViewIfNeeded();
  await waitForTool(page);
}

async function loadExample(page: Page) {
  page.once('dialog', (d) => void d.accept());
  await page.getByText(STAGE4_EXAMPLE_LABEL).click();
  await page.getByRole('button', { name: 'Load the example' }).click();
  await expect(page.getByRole('button', { name: 'Example loaded' })).toBeDisabled();
}

test.describe('ICP strategy', () => {
  test.setTimeout(60_000);

  test('a leader compares the example, records an overriding decision, finds it after a reload, prints it and sees it on the guide', async ({ page, errors }) => {
    await open(page);
    await loadExample(page);
    const rec = recommendationText(computeIcpStrategy(ICP_EXAMPLE), ICP_EXAMPLE);
    const deliverable = page.locator('.s4-deliverable');
    await expect(deliverable.getByText(rec.title)).toBeVisible();
    await expect(page.getByRole('radio', { name: /Multi-ICP strategy \(recommended\)/ })).toBeChecked();

    await page.getByRole('radio', { name: /^Primary ICP focus/ }).check();
    await page.getByLabel('Segment to focus on').selectOption({ label: 'SMB' });
    await page.getByLabel('Rationale').fill('One team until SMB covers the target');
    await page.getByLabel('Date decided').fill('2026-11-30');
    await page.getByRole('button', { name: 'Record it' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Recorded on 2026-11-30' })).toBeVisible();
    await expect(deliverable.getByText('Primary ICP focus on SMB')).toBeVisible();
    await expect(deliverable.getByText(/Your decision overrides it/)).toBeVisible();

    await page.reload();
    await page.locator('.kit-tool').scrollIntoViewIfNeeded();
    await waitForTool(page);
    await expect(deliverable.getByText('Primary ICP focus on SMB')).toBeVisible();
    await expect(page.getByLabel('Rationale')).toHaveValue('One team until SMB covers the target');
    await expect(page.locator('.kit-tool')).not.toContainText(/NaN|Infinity/);

    await page.emulateMedia({ media: 'print' });
    await expect(deliverable).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Segments' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Record it' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'How this is decided' })).toBeHidden();
    await expect(page.locator('nav.sidebar')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    await page.goto('/guides/stage-4-scale-readiness/');
    const item = page.locator('hb-checklist li').filter({ hasText: 'Explicit ICP strategy selected' });
    await expect(item.getByText('Recorded: Primary ICP focus, 2026-11-30.')).toBeVisible();
    await expect(item.getByRole('link', { name: 'See the deliverable' })).toHaveAttribute('href', url);
    await expect(item.getByRole('checkbox')).not.toBeChecked();
    await expect(page.locator('hb-checklist li').filter({ hasText: 'Channel tiers defined' }).locator('.hb-recorded')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('says it can\'t tell yet, naming the missing figures, and flags bad input', async ({ page, errors }) => {
    await open(page);
    const first = page.getByRole('group', { name: /^1\. / });
    await first.getByLabel('ARPA').fill('100');
    await expect(page.locator('.s4-deliverable').getByText(/Can't tell yet, because Segment 1 lacks gross margin, monthly churn, CAC; Segment 2 lacks/).first()).toBeVisible();
    await first.getByLabel('Gross margin').fill('120');
    await expect(first.getByText('Must be at most 100%.')).toBeVisible();
    await expect(page.getByText(/One field needs attention/)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('opens a share link after asking, and refuses a tampered one', async ({ page, browser }) => {
    await open(page);
    await page.getByLabel('Growth target').fill('30');
    await page.getByRole('group', { name: /^1\. / }).getByLabel('Segment name').fill('Mid-market');
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.locator('.kit-share input').inputValue();
    await checkShareLink(browser, url, link, { label: 'Growth target', mine: '5', shared: '30' }, async (fresh) => {
      await expect(fresh.getByRole('group', { name: /^1\. / }).getByLabel('Segment name')).toHaveValue('Mid-market');
    });
  });
});
