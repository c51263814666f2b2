import type { Page } from '@playwright/test';
import { checkShareLink, expect, test, waitForTool } from './fixtures';
import { computeOrgDesign } from '../src/lib/stage4/org-design/compute';
import { CHANNEL_EXAMPLE, ICP_EXAMPLE } from '../src/data/stage4/examples';
import type { OrgInputs } from '../src/lib/stage4/org-design/schema';

const url = '/tools/org-design/';

async function open(page: Page) {
  await page.goto(url);
  await page.locator('.kit-tool').scrollIntoViewIfNeeded();
  await waitForTool(page);
}

test.describe('organization design', () => {
  test.setTimeout(90_000);

  test('a leader builds on the recorded decisions, documents the design, prints it and sends the roles to the scale model', async ({ page, errors }) => {
    // The ICP decision and the channel tiers this leader recorded earlier.
    const icp = { ...ICP_EXAMPLE, decision: { choice: 'multi', primarySegmentId: 'smb', rationale: '', decidedOn: '2026-11-30' } };
    await page.addInitScript(
      ({ icpState, channelState }) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('scale-handbook:icp-strategy:v1', icpState);
        localStorage.setItem('scale-handbook:channel-tiers:v1', channelState);
      },
      { icpState: JSON.stringify(icp), channelState: JSON.stringify(CHANNEL_EXAMPLE) },
    );
    await open(page);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Take them from the ICP strategy and channel tiers' }).click();
    await expect(page.getByLabel('ICP strategy')).toHaveValue('multi');
    const channels = page.getByRole('list', { name: 'Channels' }).getByRole('group');
    // Tier 1 and 2 channels only: Inbound, Paid social (SMB); Outbound, Events (Enterprise).
    await expect(channels).toHaveCount(4);

    const capacity = { Inbound: 50, 'Paid social': 50, Outbound: 10, Events: 5 } as const;
    for (const [name, cap] of Object.entries(capacity)) {
      await page.getByRole('group', { name: new RegExp(`^\\d+\\. ${name}$`) }).first().getByLabel('One operator handles').fill(String(cap));
    }
    await page.getByLabel('AE time spent prospecting').fill('40');

    const rows = CHANNEL_EXAMPLE.rows.filter((r) => ['row-1', 'row-2', 'row-4', 'row-5'].includes(r.id));
    const expected = computeOrgDesign({
      icpStrategy: 'multi',
      icps: ICP_EXAMPLE.segments.map((s) => ({ id: s.id, name: s.name, skills: s.skills })),
      channels: rows.map((r) => ({ id: r.id, channel: r.channel, icpId: r.icpId, opportunitiesPerMonth: r.opportunitiesPerMonth, opportunitiesPerOperatorPerMonth: capacity[r.channel as keyof typeof capacity], neededByMonth: 3 })),
      thresholds: { minSharedSkillsPct: 50, aeProspectingPct: 30, meetingsPerAePerMonth: 40 },
      aeProspectingPct: 40,
      meetingsNeededPerMonth: null,
      sdrsPerAe: 0.5,
      spanOfControl: 7,
      leaderCapabilities: [],
      record: { rationale: '', decidedOn: null },
    } satisfies OrgInputs);
    const chart = page.getByRole('figure', { name: /Sales organization/ });
    await expect(chart).toContainText(`Total in the chart: ${expected.totals.headcount}`);
    await expect(chart).toContainText('SMB team');
    await expect(chart).toContainText('Enterprise team');
    const profiles = page.getByRole('region', { name: 'Hiring profiles' });
    for (const p of expected.profiles) await expect(profiles.locator('tr', { has: page.locator(`th:text-is("${p.role}")`) })).toContainText(String(p.count));

    await page.getByLabel('Has scaled a proven motion, rather than searched for one').check();
    await page.getByLabel('Rationale').fill('Two teams, one leader');
    await page.getByRole('button', { name: 'Record it' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Organizational design documented\. Recorded on/ })).toBeVisible();

    await page.reload();
    await page.locator('.kit-tool').scrollIntoViewIfNeeded();
    await waitForTool(page);
    await expect(chart).toContainText(`Total in the chart: ${expected.totals.headcount}`);
    await expect(page.getByLabel('Has scaled a proven motion, rather than searched for one')).toBeChecked();

    await page.emulateMedia({ media: 'print' });
    await expect(chart).toBeVisible();
    await expect(profiles).toBeVisible();
    await expect(page.getByRole('button', { name: 'Use in the scale model' })).toBeHidden();
    await expect(page.getByLabel('Has led separate teams per segment (needed under Multi-ICP)')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    page.once('dialog', (d) => {
      expect(d.message()).toContain(`add ${expected.profiles.length} roles`);
      void d.accept();
    });
    await page.getByRole('button', { name: 'Use in the scale model' }).click();
    await expect(page.getByText(`Sent: ${expected.profiles.length} added, 0 updated.`)).toBeVisible();

    await page.getByRole('link', { name: 'Open the scale model' }).click();
    await page.locator('.kit-tool').first().scrollIntoViewIfNeeded();
    await waitForTool(page);
    const ae = expected.profiles.find((p) => p.id === 'smb-ae')!;
    const roleInputs = page.getByLabel(/^Name of role \d+$/);
    await expect(roleInputs.last()).toBeAttached();
    const names = await roleInputs.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(names).toContain(ae.role);
    await expect(page.locator('.sm-basis[data-basis="derived"][title*="organization design"]').first()).toBeAttached();

    await page.goto('/guides/stage-4-scale-readiness/');
    await expect(page.locator('hb-checklist li').filter({ hasText: 'Organizational design documented' }).getByText(/Recorded: Organizational design, \d{4}-\d{2}-\d{2}\./)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('opens a share link after asking, and refuses a tampered one', async ({ page, browser }) => {
    await open(page);
    await page.getByLabel('Span of control').fill('9');
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.locator('.kit-share input').inputValue();
    await checkShareLink(browser, url, link, { label: 'Span of control', mine: '5', shared: '9' });
  });
});
