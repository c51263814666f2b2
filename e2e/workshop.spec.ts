import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  AGENDA,
  computeAgenda,
  emptyWorkshopState,
  FACILITATOR_SEGMENTS,
  getWorksheet,
  MINUTE_MS,
  WORKSHEETS,
  workshopMessages,
} from '../src/presets/workshop';
import { computeAutomationRoi } from '../src/lib/automation-roi';
import { formatClock, formatRatio, formatUsd } from '../src/lib/format';

const PAGES = {
  overview: '/workshops/day-29/',
  a: '/workshops/day-29/infrastructure-and-technology/',
  b: '/workshops/day-29/team-and-organization/',
  c: '/workshops/day-29/operational-systems/',
  facilitator: '/workshops/day-29/facilitator/',
};

/** A worksheet's form, scrolled into view and hydrated (islands hydrate when visible). */
async function sheet(page: Page, worksheet: string): Promise<Locator> {
  const form = page.locator(`[data-worksheet="${worksheet}"]`);
  await form.scrollIntoViewIfNeeded();
  await expect(form).toHaveAttribute('data-hydrated', '');
  return form;
}

/** The page's workshop toolbar, hydrated. */
async function toolbar(page: Page): Promise<Locator> {
  const bar = page.locator('.ws-toolbar-frame');
  await bar.scrollIntoViewIfNeeded();
  await expect(bar).toHaveAttribute('data-hydrated', '');
  return bar;
}

const computedValue = (form: Locator, label: string) => form.locator('.ws-computed > div').filter({ has: form.page().locator(`dt:text-is("${label}")`) }).locator('dd');

/** Console errors from pages of contexts the fixture does not watch. */
function watch(page: Page, errors: string[]) {
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
}

test.describe('Day 29 worksheets', () => {
  test('fill 29A, 29B and 29C, see the sums, grow and shrink bottlenecks, and find it all after a reload', async ({ page }) => {
    test.setTimeout(90_000);
    // 29A: capacity, bottlenecks and their total.
    await page.goto(PAGES.a);
    const tech = await sheet(page, 'technical-scaling');
    await tech.getByLabel('Concurrent users supported').fill('5,000');
    await tech.getByLabel('Database size').fill('120');
    const bottleneck = (n: number) => tech.getByRole('group', { name: `Bottleneck ${n}`, exact: true });
    await bottleneck(1).getByLabel('Bottleneck 1').fill('Database connections');
    await bottleneck(1).getByLabel('Cost').fill('1200');
    await bottleneck(1).getByLabel('Timeline').fill('6');
    await bottleneck(2).getByLabel('Bottleneck 2').fill('Search indexing');
    await bottleneck(2).getByLabel('Cost').fill('800');
    await bottleneck(3).getByLabel('Bottleneck 3').fill('Background jobs');
    await bottleneck(3).getByLabel('Cost').fill('300');
    const sums = tech.getByRole('group', { name: 'Bottleneck fixes, computed' });
    await expect(sums).toContainText(`${formatUsd(1200 + 800 + 300)}/month`);
    await expect(sums).toContainText('6 weeks');

    await tech.getByRole('button', { name: 'Add Bottleneck 4' }).click();
    await expect(bottleneck(4).getByLabel('Bottleneck 4')).toBeFocused();
    await page.keyboard.type('Email sending');
    await bottleneck(4).getByLabel('Cost').fill('100');
    await expect(sums).toContainText(`${formatUsd(2400)}/month`);
    await tech.getByRole('button', { name: 'Remove Bottleneck 2' }).click();
    await expect(tech.getByRole('group', { name: /^Bottleneck \d+$/ })).toHaveCount(3);
    await expect(bottleneck(2).getByLabel('Bottleneck 2')).toHaveValue('Background jobs');
    await expect(bottleneck(3).getByLabel('Bottleneck 3')).toHaveValue('Email sending');
    await expect(sums).toContainText(`${formatUsd(1200 + 300 + 100)}/month`);

    // A bad number gets its message and is not saved.
    await tech.getByLabel('Database size').fill('lots');
    await expect(tech.getByLabel('Database size')).toHaveAttribute('aria-invalid', 'true');
    await expect(tech.getByText('This is not a number.', { exact: false })).toBeVisible();
    await tech.getByLabel('Database size').fill('120');

    const roadmap = await sheet(page, 'infrastructure-roadmap');
    await roadmap.getByRole('group', { name: 'Phase 1: Immediate Scaling (0-3 months)' }).getByLabel('Cost impact').fill('2000');
    await roadmap.getByRole('group', { name: 'Phase 2: Growth Infrastructure (3-9 months)' }).getByLabel('Cost impact').fill('3000');
    await expect(roadmap.getByRole('group', { name: 'Roadmap cost impact, computed' })).toContainText(`${formatUsd(5000)}/month`);
    const security = await sheet(page, 'security');
    await security.getByLabel('SOC 2 Type II').fill('9');

    // 29B: team plan totals and the recruiting channel warning.
    await page.goto(PAGES.b);
    const team = await sheet(page, 'team-scaling');
    await team.locator('#ws-team-scaling-current-engineering').fill('8');
    await team.getByLabel('Engineering (target)').fill('12');
    await team.getByLabel('Engineering (change)').fill('3');
    const plan = team.getByRole('group', { name: 'Team plan, computed' });
    await expect(plan.getByRole('row', { name: /^Engineering/ })).toContainText('+4');
    await expect(plan).toContainText(workshopMessages.teamDeltaMismatch(3, 4));
    await team.getByLabel('Engineering (change)').fill('4');
    await expect(plan).not.toContainText(workshopMessages.teamDeltaMismatch(3, 4));

    const hiring = await sheet(page, 'hiring');
    await hiring.getByLabel('Network referrals').fill('40');
    await hiring.getByLabel('Job boards').fill('30');
    const channels = hiring.getByRole('group', { name: 'Recruiting channels, computed' });
    await expect(channels).toContainText(workshopMessages.channelsNot100(70));
    await expect(channels).toContainText('Check:');
    await hiring.getByLabel('Social media').fill('30');
    await expect(channels).not.toContainText('Check:');
    await hiring.getByRole('group', { name: 'Position 1' }).getByLabel('Position 1').fill('Senior backend engineer');
    await hiring.getByRole('group', { name: 'Position 1' }).getByLabel('Priority level').selectOption('Critical');

    // 29C: automations and the ROI Calculation.
    await page.goto(PAGES.c);
    const automation = await sheet(page, 'automation');
    const auto1 = automation.getByRole('group', { name: 'High Impact Automation 1' });
    await auto1.getByLabel('Process').fill('Invoice matching');
    await auto1.getByLabel('Current effort').fill('10');
    await auto1.getByLabel('Time saved').fill('8');
    await auto1.getByLabel('Cost', { exact: true }).fill('200');
    await auto1.getByLabel('One-time cost (optional)').fill('1500');
    await automation.getByLabel('Loaded hourly cost').fill('50');
    const roi = computeAutomationRoi({
      loadedHourlyCostUsd: 50,
      processes: [{ name: 'Invoice matching', currentHoursPerWeek: 10, hoursSavedPerWeek: 8, monthlyCostUsd: 200, oneTimeCostUsd: 1500 }],
    }).totals;
    await expect(computedValue(automation, 'Total time saved')).toHaveText('8 hours/week');
    await expect(computedValue(automation, 'Cost of automation')).toHaveText(`${formatUsd(200)}/month`);
    await expect(computedValue(automation, 'Human cost savings')).toHaveText(`${formatUsd(roi.monthlySavingsUsd)}/month`);
    await expect(computedValue(automation, 'ROI')).toHaveText(formatRatio(roi.roiRatio));
    await auto1.getByLabel('Cost', { exact: true }).fill('5000');
    await expect(computedValue(automation, 'Payback period')).toHaveText('Never pays back');
    await expect(automation.getByText(/Never pays back: the monthly savings are smaller/)).toBeVisible();
    await auto1.getByLabel('Cost', { exact: true }).fill('200');

    // Everything is still there after a reload.
    await page.reload();
    const automationAgain = await sheet(page, 'automation');
    await expect(automationAgain.getByRole('group', { name: 'High Impact Automation 1' }).getByLabel('Process')).toHaveValue('Invoice matching');
    await expect(computedValue(automationAgain, 'ROI')).toHaveText(formatRatio(roi.roiRatio));
    await page.goto(PAGES.b);
    const hiringAgain = await sheet(page, 'hiring');
    await expect(hiringAgain.getByLabel('Job boards')).toHaveValue('30');
    await expect(hiringAgain.getByRole('group', { name: 'Position 1' }).getByLabel('Priority level')).toHaveValue('Critical');
    await page.goto(PAGES.a);
    const techAgain = await sheet(page, 'technical-scaling');
    await expect(techAgain.getByLabel('Concurrent users supported')).toHaveValue('5000');
    await expect(techAgain.getByRole('group', { name: /^Bottleneck \d+$/ })).toHaveCount(3);
    await expect(techAgain.getByRole('group', { name: 'Bottleneck 3', exact: true }).getByLabel('Bottleneck 3')).toHaveValue('Email sending');
  });

  test('export Markdown and JSON, import the JSON into a clean browser, and clear all', async ({ page, browser }) => {
    test.setTimeout(60_000);
    await page.goto(PAGES.b);
    const hiring = await sheet(page, 'hiring');
    await hiring.getByLabel('Network referrals').fill('55');
    await hiring.getByRole('group', { name: 'Position 2' }).getByLabel('Position 2').fill('Head of sales');
    const bar = await toolbar(page);

    const [md] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name: 'Export Markdown' }).click()]);
    expect(md.suggestedFilename()).toMatch(/^day-29-workshop-\d{4}-\d{2}-\d{2}\.md$/);
    const mdPath = join(mkdtempSync(join(tmpdir(), 'day-29-')), 'day-29-export.md');
    await md.saveAs(mdPath);
    const markdown = readFileSync(mdPath, 'utf8');
    expect(markdown.startsWith('# Day 29: Scaling Strategy & Infrastructure Planning')).toBe(true);
    // Worksheets in the seed's order, each under its own heading.
    const positions = WORKSHEETS.map((w) => markdown.indexOf(`### ${w.heading}`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(markdown).toContain('- Network referrals: 55%');
    expect(markdown).toContain('- Position 2: Head of sales');

    const [json] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name: 'Export JSON' }).click()]);
    // Keep a copy of the file outside the test output folder, which another run may clean.
    const jsonPath = join(mkdtempSync(join(tmpdir(), 'day-29-')), 'day-29-export.json');
    await json.saveAs(jsonPath);
    expect(JSON.parse(readFileSync(jsonPath, 'utf8')).worksheets.hiring.fields['network-referrals-pct']).toBe(55);

    // A clean browser takes the file without asking; answers appear on the page.
    const errors: string[] = [];
    const clean = await browser.newContext();
    const other = await clean.newPage();
    watch(other, errors);
    await other.goto(PAGES.overview);
    const otherBar = await toolbar(other);
    await otherBar.locator('input[type="file"]').setInputFiles(jsonPath);
    await expect(otherBar.getByRole('status').filter({ hasText: 'Imported the answers' })).toBeVisible();
    await other.goto(PAGES.b);
    const imported = await sheet(other, 'hiring');
    await expect(imported.getByLabel('Network referrals')).toHaveValue('55');
    await expect(imported.getByRole('group', { name: 'Position 2' }).getByLabel('Position 2')).toHaveValue('Head of sales');

    // With answers of its own, it asks before replacing them; a broken file names the place.
    await imported.getByLabel('Network referrals').fill('10');
    const bar2 = await toolbar(other);
    await bar2.locator('input[type="file"]').setInputFiles(jsonPath);
    await expect(bar2.getByRole('button', { name: 'Replace my answers' })).toBeFocused();
    await bar2.getByRole('button', { name: 'Replace my answers' }).click();
    await expect(imported.getByLabel('Network referrals')).toHaveValue('55');
    const tampered = JSON.parse(readFileSync(jsonPath, 'utf8'));
    tampered.worksheets.hiring.fields['job-boards-pct'] = 140;
    await bar2.locator('input[type="file"]').setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    await expect(bar2.getByRole('alert')).toContainText('Talent Acquisition Strategy › Job boards');
    await expect(imported.getByLabel('Network referrals')).toHaveValue('55');
    expect(errors).toEqual([]);
    await clean.close();

    // Clear all asks first; cancelling keeps everything, confirming empties every worksheet.
    await bar.getByRole('button', { name: 'Clear all' }).click();
    await bar.getByRole('button', { name: 'Cancel' }).click();
    await expect(hiring.getByLabel('Network referrals')).toHaveValue('55');
    await bar.getByRole('button', { name: 'Clear all' }).click();
    await expect(bar.getByRole('button', { name: 'Clear all answers' })).toBeFocused();
    await bar.getByRole('button', { name: 'Clear all answers' }).click();
    await expect(hiring.getByLabel('Network referrals')).toHaveValue('');
    const stored = await page.evaluate(() => localStorage.getItem('scale-handbook:day-29:v1'));
    expect(JSON.parse(stored ?? 'null')).toEqual(JSON.parse(JSON.stringify(emptyWorkshopState())));
  });

  test('prints as filled-in worksheets: labels and answers, no buttons or navigation', async ({ page }) => {
    await page.goto(PAGES.c);
    const automation = await sheet(page, 'automation');
    await automation.getByRole('group', { name: 'High Impact Automation 1' }).getByLabel('Process').fill('Invoice matching');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Add High Impact Automation 4' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeHidden();
    await expect(page.locator('nav.sidebar, #starlight__sidebar').first()).toBeHidden();
    await expect(automation.getByRole('group', { name: 'High Impact Automation 1' }).getByLabel('Process')).toBeVisible();

    // The overview prints every worksheet with its answers.
    await page.emulateMedia({ media: 'screen' });
    await page.goto(PAGES.overview);
    await toolbar(page);
    await page.emulateMedia({ media: 'print' });
    const printout = page.locator('.ws-printout');
    await expect(printout).toBeVisible();
    await expect(printout.getByText(getWorksheet('automation').heading)).toBeVisible();
    const row = printout.locator('.ws-print-row').filter({ has: page.locator('.ws-print-instance', { hasText: 'High Impact Automation 1' }) });
    await expect(row.locator('dl > div').filter({ has: page.locator('dt', { hasText: 'Process' }) }).locator('dd')).toHaveText('Invoice matching');
  });
});

test.describe('Day 29 facilitator mode', () => {
  test('agenda times follow the chosen start, with the 65 vs 60 minutes note', async ({ page }) => {
    await page.goto(PAGES.facilitator);
    const mode = page.locator('.ws-facilitator[data-hydrated]');
    await mode.waitFor();
    await mode.getByLabel('Workshop starts at').fill('13:30');
    const schedule = computeAgenda('13:30');
    if (!schedule.ok) throw new Error(schedule.message);
    await expect(mode.getByRole('table')).toContainText(`Agenda from ${schedule.start} to ${schedule.end}`);
    const last = schedule.segments.at(-1)!;
    await expect(mode.getByRole('row', { name: new RegExp(last.label) })).toContainText(last.start);
    await expect(mode).toContainText(schedule.note!);
    await page.reload();
    await expect(page.getByLabel('Workshop starts at')).toHaveValue('13:30');
  });

  test('the timer starts, counts down, pauses, adds a minute, skips, warns in the last minute, and survives a reload', async ({ page }) => {
    const t0 = new Date('2026-11-23T09:00:00');
    await page.clock.install({ time: t0 });
    await page.goto(PAGES.facilitator);
    const mode = page.locator('.ws-facilitator[data-hydrated]');
    await mode.waitFor();
    await page.clock.pauseAt(new Date(t0.getTime() + 60_000));
    const clock = mode.getByRole('timer');
    const [first, second, third] = FACILITATOR_SEGMENTS;
    await expect(clock).toHaveText(formatClock(first!.durationMs / 1000));

    await mode.getByRole('button', { name: 'Start' }).click();
    await page.clock.fastForward(30_000);
    await expect(clock).toHaveText(formatClock(first!.durationMs / 1000 - 30));
    await mode.getByRole('button', { name: 'Pause' }).click();
    await page.clock.fastForward(60_000);
    await expect(clock).toHaveText(formatClock(first!.durationMs / 1000 - 30));
    await mode.getByRole('button', { name: 'Add a minute' }).click();
    await expect(clock).toHaveText(formatClock(first!.durationMs / 1000 + 30));
    await mode.getByRole('button', { name: 'Skip to next' }).click();
    await expect(mode.locator('.ws-timer-segment')).toHaveText(second!.label);
    await expect(clock).toHaveText(formatClock(second!.durationMs / 1000));
    const live = mode.locator('[aria-live="polite"]');
    await expect(live).toHaveText(`Now: ${second!.label}, ${second!.durationMs / MINUTE_MS} minutes.`);

    // Keyboard: Space starts when the focus is not in a field; the last minute is said in words.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await expect(mode.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.clock.fastForward(second!.durationMs - 50_000);
    await expect(clock).toHaveText('0:50');
    await expect(mode.getByText('Last minute', { exact: true })).toBeVisible();
    await expect(live).toHaveText(`One minute left: ${second!.label}.`);
    await page.keyboard.press('+');
    await expect(clock).toHaveText('1:50');
    await expect(mode.getByText('Last minute', { exact: true })).toBeHidden();

    // Typing in the start time does not drive the timer.
    await mode.getByLabel('Workshop starts at').press('n');
    await expect(mode.locator('.ws-timer-segment')).toHaveText(second!.label);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('n');
    await expect(mode.locator('.ws-timer-segment')).toHaveText(third!.label);

    // A running timer keeps its wall-clock start: after a reload it is still running, at the right time.
    await page.clock.fastForward(20_000);
    await page.reload();
    await page.locator('.ws-facilitator[data-hydrated]').waitFor();
    await expect(page.locator('.ws-timer-segment')).toHaveText(third!.label);
    await expect(page.getByRole('timer')).toHaveText(formatClock(third!.durationMs / 1000 - 20));
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

    // Running past the end moves through the agenda and finishes.
    await page.clock.fastForward(AGENDA.reduce((s, p) => s + p.segments.reduce((t, x) => t + x.minutes, 0), 0) * MINUTE_MS);
    await expect(page.locator('.ws-timer-segment')).toHaveText('Time is up');
    await expect(page.locator('[aria-live="polite"]')).toHaveText('Time is up: the agenda is finished.');
    await page.getByRole('button', { name: 'Reset timer' }).click();
    await expect(page.getByRole('timer')).toHaveText(formatClock(first!.durationMs / 1000));
  });
});

test.describe('Day 29 accessibility in use', () => {
  for (const theme of ['dark', 'light'] as const) {
    test(`axe finds nothing with warnings, messages, a confirmation and the last minute showing (${theme})`, async ({ browser }) => {
      test.setTimeout(90_000);
      const errors: string[] = [];
      const context = await browser.newContext({ colorScheme: theme });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      watch(page, errors);
      const axe = async () => {
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      };

      await page.goto(PAGES.b);
      const team = await sheet(page, 'team-scaling');
      await team.locator('#ws-team-scaling-current-engineering').fill('8');
      await team.getByLabel('Engineering (target)').fill('12');
      await team.getByLabel('Engineering (change)').fill('3');
      const hiring = await sheet(page, 'hiring');
      await hiring.getByLabel('Job boards').fill('30');
      await hiring.getByLabel('Network referrals').fill('abc');
      const position = hiring.getByRole('group', { name: 'Position 1' });
      await position.getByLabel('Salary range (minimum)').fill('150000');
      await position.getByLabel('Salary range (maximum)').fill('100000');
      const bar = await toolbar(page);
      await bar.getByRole('button', { name: 'Clear all' }).click();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await axe();
      await bar.getByRole('button', { name: 'Cancel' }).click();

      await page.goto(PAGES.c);
      const automation = await sheet(page, 'automation');
      const row = automation.getByRole('group', { name: 'High Impact Automation 1' });
      await row.getByLabel('Time saved').fill('1');
      await row.getByLabel('Cost', { exact: true }).fill('1000');
      await automation.getByLabel('Loaded hourly cost').fill('20');
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await axe();

      const t0 = new Date('2026-11-23T09:00:00');
      await page.clock.install({ time: t0 });
      await page.goto(PAGES.facilitator);
      await page.locator('.ws-facilitator[data-hydrated]').waitFor();
      await page.clock.pauseAt(new Date(t0.getTime() + 60_000));
      await page.getByRole('button', { name: 'Start' }).click();
      await page.clock.fastForward(FACILITATOR_SEGMENTS[0]!.durationMs - 30_000);
      await expect(page.getByText('Last minute', { exact: true })).toBeVisible();
      // axe waits on timers of its own, so let time flow again (the segment still has 30 s to go).
      await page.clock.resume();
      await axe();
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
