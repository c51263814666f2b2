import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, test, waitForTool } from './fixtures';
import salesInput from '../src/data/onboarding/plans/sales';
import engineeringInput from '../src/data/onboarding/plans/engineering';
import { formatPct } from '../src/lib/format';
import {
  ONBOARDING_STORAGE_KEY,
  addDaysIso,
  createTracker,
  onboardingMessages,
  planSchema,
  planSchedule,
  progress,
  setTaskDone,
  toIsoDate,
  type Plan,
  type ProgressCounts,
  type TrackedPlan,
} from '../src/lib/onboarding';

const url = '/tools/onboarding-tracker/';
const sales: Plan = planSchema.parse(salesInput);
const engineering: Plan = planSchema.parse(engineeringInput);
const today = toIsoDate(new Date());
// Three weeks in: the pre-start tasks and the first weeks' tasks are due, so some are overdue.
const anaStart = addDaysIso(today, -20)!;
const benStart = addDaysIso(today, 7)!;

/** The figures the page shows for some counts, worked out by the plan logic, not typed in. */
const countsText = (c: ProgressCounts) =>
  `${c.done} of ${c.total} done (${formatPct(c.donePct, 0)})${c.overdue > 0 ? ` · ${c.overdue} overdue` : ''}`;
const overallOf = (page: Page) => page.locator('.onb-bar[data-strong] .onb-bar-text');

/** The first `n` tasks of a plan for a person, in the order the tracker lists them. */
function firstTasks(plan: Plan, start: string, track: string, n: number) {
  return planSchedule(plan, start, track)!.tasks.slice(0, n);
}

function expectedOverall(plan: Plan, start: string, track: string, doneIds: string[]) {
  const tracker = doneIds.reduce<TrackedPlan>(
    (t, id) => setTaskDone(t, id, today),
    createTracker({ trackerId: 'x', roleId: plan.id, startDate: start, track }),
  );
  return countsText(progress(plan, tracker, today)!.overall);
}

/** Fill in the "start tracking" form. */
async function startTracking(page: Page, o: { role?: string; track: string; start: string; name: string }) {
  if (o.role) await page.getByLabel('Role', { exact: true }).selectOption(o.role);
  await page.getByLabel('Track', { exact: true }).selectOption(o.track);
  await page.getByLabel('Start date', { exact: true }).fill(o.start);
  await page.getByLabel('Name (optional)').fill(o.name);
  await page.getByRole('button', { name: 'Start tracking' }).click();
}

/** A page in a brand-new browser profile, failing on console errors like the fixture's page. */
async function cleanPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

test.describe('onboarding tracker', () => {
  test('tracks a plan from a role and start date, and keeps ticks and notes across a reload', async ({ page }) => {
    await page.goto(`${url}?role=sales`);
    await waitForTool(page);
    await expect(page.getByLabel('Role', { exact: true })).toHaveValue('sales');
    await startTracking(page, { track: 'ae', start: anaStart, name: 'Ana Lima' });
    await expect(page.getByRole('heading', { name: 'Ana Lima: Sales' })).toBeFocused();
    await expect(overallOf(page)).toHaveText(expectedOverall(sales, anaStart, 'ae', []));

    const tasks = firstTasks(sales, anaStart, 'ae', 3);
    for (const task of tasks) await page.getByRole('checkbox', { name: task.title, exact: true }).check();
    const doneIds = tasks.map((t) => t.id);
    await expect(overallOf(page)).toHaveText(expectedOverall(sales, anaStart, 'ae', doneIds));
    await expect(page.locator('.onb-task[data-overdue]').first()).toContainText('Overdue');

    const noted = tasks[0]!;
    await page.getByRole('button', { name: `Add a note on “${noted.title}”` }).click();
    await expect(page.getByLabel(`Note on “${noted.title}”`)).toBeFocused();
    await page.getByLabel(`Note on “${noted.title}”`).fill('Sent on Monday with the week-one schedule.');

    await page.reload();
    await waitForTool(page);
    for (const task of tasks) await expect(page.getByRole('checkbox', { name: task.title, exact: true })).toBeChecked();
    await expect(page.getByLabel(`Note on “${noted.title}”`)).toHaveValue('Sent on Monday with the week-one schedule.');
    await expect(overallOf(page)).toHaveText(expectedOverall(sales, anaStart, 'ae', doneIds));
  });

  test('keeps a second tracked plan apart, and removes one only after asking', async ({ page }) => {
    await page.goto(url);
    await waitForTool(page);
    await startTracking(page, { role: 'sales', track: 'ae', start: anaStart, name: 'Ana Lima' });
    const anaTask = firstTasks(sales, anaStart, 'ae', 1)[0]!;
    await page.getByRole('checkbox', { name: anaTask.title, exact: true }).check();

    await page.getByRole('button', { name: '+ Track another plan' }).click();
    await startTracking(page, { role: 'engineering', track: 'platform', start: benStart, name: 'Ben Okafor' });
    await expect(page.getByRole('heading', { name: 'Ben Okafor: Engineering' })).toBeVisible();
    await expect(overallOf(page)).toHaveText(expectedOverall(engineering, benStart, 'platform', []));
    const benTask = firstTasks(engineering, benStart, 'platform', 2)[1]!;
    await page.getByRole('checkbox', { name: benTask.title, exact: true }).check();

    const plans = page.getByRole('group', { name: 'Tracked plans' });
    await plans.getByRole('button', { name: /^Ana Lima/ }).click();
    await expect(plans.getByRole('button', { name: /^Ana Lima/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(overallOf(page)).toHaveText(expectedOverall(sales, anaStart, 'ae', [anaTask.id]));

    await page.reload();
    await waitForTool(page);
    await plans.getByRole('button', { name: /^Ben Okafor/ }).click();
    await expect(overallOf(page)).toHaveText(expectedOverall(engineering, benStart, 'platform', [benTask.id]));

    await page.getByRole('button', { name: 'Stop tracking this plan…' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(plans.getByRole('button', { name: /^Ben Okafor/ })).toBeVisible();
    await page.getByRole('button', { name: 'Stop tracking this plan…' }).click();
    await page.getByRole('button', { name: 'Stop tracking', exact: true }).click();
    await expect(plans.getByRole('button', { name: /^Ben Okafor/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Ana Lima: Sales' })).toBeVisible();
  });

  test('gives the manager a read-only link that opens in a clean browser, and refuses a tampered one', async ({ page, browser }) => {
    await page.goto(`${url}?role=sales`);
    await waitForTool(page);
    await startTracking(page, { track: 'ae', start: anaStart, name: 'Ana Lima' });
    const tasks = firstTasks(sales, anaStart, 'ae', 4);
    for (const task of tasks) await page.getByRole('checkbox', { name: task.title, exact: true }).check();
    const overall = expectedOverall(
      sales,
      anaStart,
      'ae',
      tasks.map((t) => t.id),
    );

    await page.getByRole('button', { name: 'Copy read-only link for your manager' }).click();
    const link = await page.getByLabel('Read-only link for your manager').inputValue();
    expect(link).toContain(`${url}#progress=`);

    const manager = await cleanPage(browser);
    await manager.page.goto(link);
    await waitForTool(manager.page);
    const longToday = new Date(`${today}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    await expect(manager.page.getByRole('heading', { name: /^Read-only view of/ })).toHaveText(
      `Read-only view of Ana Lima’s progress, shared on ${longToday}`,
    );
    await expect(overallOf(manager.page)).toHaveText(overall);
    await expect(manager.page.getByRole('checkbox')).toHaveCount(0);
    await expect(manager.page.locator('.onb-state[data-done]')).toHaveCount(tasks.length);
    expect(await manager.page.evaluate((key) => localStorage.getItem(key), ONBOARDING_STORAGE_KEY)).toBeNull();

    const payload = link.split('#progress=')[1]!;
    const at = Math.floor(payload.length / 2);
    const tampered = `${link.split('#')[0]}#progress=${payload.slice(0, at)}${payload[at] === 'Q' ? 'R' : 'Q'}${payload.slice(at + 1)}`;
    await manager.page.goto(tampered);
    await manager.page.reload();
    await waitForTool(manager.page);
    await expect(manager.page.getByRole('alert')).toHaveText(onboardingMessages.progressLinkInvalid);
    await expect(manager.page.getByText(/Read-only view of/)).toHaveCount(0);
    await manager.page.getByRole('button', { name: 'Open your own tracker' }).click();
    await expect(manager.page.getByRole('button', { name: 'Start tracking' })).toBeVisible();
    expect(manager.errors).toEqual([]);
    await manager.context.close();

    // The new hire's own browser still has their plan, untouched by making the link.
    await page.reload();
    await waitForTool(page);
    await expect(overallOf(page)).toHaveText(overall);
  });

  test('exports JSON and Markdown, and imports the JSON into a clean browser, asking before replacing', async ({ page, browser }) => {
    await page.goto(url);
    await waitForTool(page);
    await startTracking(page, { role: 'sales', track: 'sdr', start: anaStart, name: 'Ana Lima' });
    const tasks = firstTasks(sales, anaStart, 'sdr', 2);
    for (const task of tasks) await page.getByRole('checkbox', { name: task.title, exact: true }).check();
    const overall = expectedOverall(
      sales,
      anaStart,
      'sdr',
      tasks.map((t) => t.id),
    );

    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    const md = readFileSync((await markdown.path())!, 'utf8');
    expect(markdown.suggestedFilename()).toBe('onboarding-sales-1.md');
    expect(md).toContain('# Sales: 30/60/90-day onboarding plan');
    expect(md).toContain(`- [x] ${tasks[0]!.title}`);

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    const file = (await json.path())!;
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      kind: 'scale-handbook/onboarding',
      trackers: [{ personName: 'Ana Lima' }],
    });

    const other = await cleanPage(browser);
    await other.page.goto(url);
    await waitForTool(other.page);
    await other.page.getByLabel('Import JSON…').setInputFiles(file);
    await expect(other.page.getByRole('heading', { name: 'Ana Lima: Sales' })).toBeVisible();
    await expect(overallOf(other.page)).toHaveText(overall);

    // Importing the same plan again asks first, and Cancel changes nothing.
    await other.page.getByRole('checkbox', { name: tasks[0]!.title, exact: true }).uncheck();
    await other.page.getByLabel('Import JSON…').setInputFiles(file);
    await expect(other.page.getByText(/already track here/)).toBeVisible();
    await other.page.getByRole('button', { name: 'Cancel' }).click();
    await expect(other.page.getByRole('checkbox', { name: tasks[0]!.title, exact: true })).not.toBeChecked();
    await other.page.getByLabel('Import JSON…').setInputFiles(file);
    await other.page.getByRole('button', { name: 'Replace' }).click();
    await expect(other.page.getByRole('checkbox', { name: tasks[0]!.title, exact: true })).toBeChecked();

    // A file that is not an export is refused with a message.
    await other.page
      .getByLabel('Import JSON…')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await expect(other.page.getByRole('alert')).toContainText('not a valid export');
    expect(other.errors).toEqual([]);
    await other.context.close();
  });

  test('the plan page links to the tracker with its role chosen, and filters tasks by track without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/onboarding/sales/');
    const sdrOnly = sales.tasks.find((t) => t.track === 'sdr')!;
    const task = page.locator('.onb-plan-tasks li', { hasText: sdrOnly.title });
    await expect(task).toBeVisible();
    await page.getByRole('radio', { name: /Account executive \(AE\)/ }).check();
    await expect(task).toBeHidden();
    await expect(page.getByRole('link', { name: 'Track this plan' })).toHaveAttribute('href', `${url}?role=sales`);
    await context.close();
  });

  for (const theme of ['dark', 'light'] as const) {
    test(`a tracked plan, the manager link and the read-only view have no axe violations (${theme})`, async ({ browser }) => {
      // axe over thirty tasks, three times, takes longer than a usual test.
      test.setTimeout(120_000);
      const context = await browser.newContext({ colorScheme: theme });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      const axe = async () =>
        (await new AxeBuilder({ page }).include('.onb-tool').analyze()).violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      await page.goto(`${url}?role=sales`);
      await waitForTool(page);
      await page.getByRole('button', { name: 'Start tracking' }).click();
      expect(await axe(), 'form with messages').toEqual([]);
      await startTracking(page, { track: 'ae', start: anaStart, name: 'Ana Lima' });
      const task = firstTasks(sales, anaStart, 'ae', 1)[0]!;
      await page.getByRole('checkbox', { name: task.title, exact: true }).check();
      await page.getByRole('button', { name: `Add a note on “${task.title}”` }).click();
      await page.getByText('Change name or start date').click();
      await page.getByRole('button', { name: 'Copy read-only link for your manager' }).click();
      expect(await axe(), 'tracked plan').toEqual([]);
      const link = await page.getByLabel('Read-only link for your manager').inputValue();
      await page.goto(link);
      await page.reload();
      await waitForTool(page);
      await expect(page.getByRole('heading', { name: /^Read-only view of/ })).toBeVisible();
      expect(await axe(), 'read-only view').toEqual([]);
      await context.close();
    });
  }
});
