import type { Page } from '@playwright/test';
import { checkShareLink, expect, test, waitForTool } from './fixtures';
import { computeChannelTiers } from '../src/lib/stage4/channels/compute';
import { amountText } from '../src/lib/stage4/channels/report';
import { CHANNEL_EXAMPLE, STAGE4_EXAMPLE_LABEL } from '../src/data/stage4/examples';

const url = '/tools/channel-tiers/';

async function open(page: Page) {
  await page.goto(url);
  await page.locator('.kit-tool').scrollIntoViewIfNeeded();
  await waitForTool(page);
}
const mapCell = (page: Page, channel: string, column: number) => page.getByRole('region', { name: 'Tier of each channel for each ICP' }).locator('tr', { has: page.locator(`th:text-is("${channel}")`) }).locator('td').nth(column);

test.describe('channel tiers', () => {
  test.setTimeout(60_000);

  test('a leader tiers the example, overrides the undecided channel, records the map, reloads and prints it', async ({ page, errors }) => {
    await open(page);
    page.once('dialog', (d) => void d.accept());
    await page.getByText(STAGE4_EXAMPLE_LABEL).click();
    await page.getByRole('button', { name: 'Load the example' }).click();

    await expect(mapCell(page, 'Inbound', 0)).toHaveText('Tier 1');
    await expect(mapCell(page, 'Events', 0)).toHaveText('Tier 3');
    await expect(mapCell(page, 'Partners', 1)).toHaveText("Can't tell yet");
    await expect(page.getByText(/1 channel has no tier yet/)).toBeVisible();

    const partners = page.getByRole('group', { name: /Partners for Enterprise/ });
    await expect(partners.getByTestId('tier-reason')).toContainText("whether it improved through optimization isn't recorded");
    await partners.getByLabel('Tier you assign').selectOption({ label: 'Tier 3 — eliminate' });
    await partners.getByLabel('Why this tier').fill('Partner program paused');
    await expect(mapCell(page, 'Partners', 1)).toHaveText('Tier 3 (your override)');

    const expected = computeChannelTiers({ ...CHANNEL_EXAMPLE, rows: CHANNEL_EXAMPLE.rows.map((r) => (r.channel === 'Partners' ? { ...r, overrideTier: 3 } : r)) }).allocation;
    const tier1 = expected.byTier.find((b) => b.tier === 1)!;
    await expect(page.getByRole('region', { name: 'Allocation by tier' })).toContainText(amountText(tier1.amount, 'usd'));

    await page.getByLabel('Rationale').fill('Scale inbound and outbound');
    await page.getByRole('button', { name: 'Record it' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Channel tiers defined\. Recorded on/ })).toBeVisible();

    await page.reload();
    await page.locator('.kit-tool').scrollIntoViewIfNeeded();
    await waitForTool(page);
    await expect(mapCell(page, 'Partners', 1)).toHaveText('Tier 3 (your override)');
    await expect(page.getByRole('group', { name: /Partners for Enterprise/ }).getByLabel('Why this tier')).toHaveValue('Partner program paused');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Tier of each channel for each ICP' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Channels and their results' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'How this is decided' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    await page.goto('/guides/stage-4-scale-readiness/');
    await expect(page.locator('hb-checklist li').filter({ hasText: 'Channel tiers defined' }).getByRole('link', { name: 'See the deliverable' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('warns when shares do not total 100% and explains bad input', async ({ page, errors }) => {
    await open(page);
    await page.getByLabel('Tier 2 share').fill('20');
    await expect(page.getByText(/The tier shares total 90%, not 100%/)).toBeVisible();
    await page.getByLabel('Conversion to customer').fill('abc');
    await expect(page.getByText('This is not a number. Use digits, e.g. 1200 or 3.5.')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('opens a share link after asking, and refuses a tampered one', async ({ page, browser }) => {
    await open(page);
    await page.getByLabel('Total to allocate').fill('50000');
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.locator('.kit-share input').inputValue();
    await checkShareLink(browser, url, link, { label: 'Total to allocate', mine: '10', shared: '50,000' });
  });
});
