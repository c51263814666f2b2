import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForTool } from './fixtures';
import salesInput from '../src/data/onboarding/plans/sales';
import engineeringInput from '../src/data/onboarding/plans/engineering';
import {
  addDaysIso,
  createTracker,
  encodeProgress,
  planSchema,
  planSchedule,
  progress,
  setTaskDone,
  toIsoDate,
  type Plan,
  type ProgressCounts,
} from '../src/lib/onboarding';
import { eventUid } from '../src/lib/onboarding/calendar';
import { filterByOwner, nextUp } from '../src/lib/onboarding/focus';
import { formatPct } from '../src/lib/format';

const url = '/tools/onboarding-tracker/';
const sales: Plan = planSchema.parse(salesInput);
const engineering: Plan = planSchema.parse(engineeringInput);
const today = toIsoDate(new Date());
const start = addDaysIso(today, -20)!;
const countsText = (c: ProgressCounts) =>
  `${c.done} of ${c.total} done (${formatPct(c.donePct, 0)})${c.overdue > 0 ? ` · ${c.overdue} overdue` : ''}`;

async function startTracking(page: Page, startDate: string) {
  await page.goto(`${url}?role=sales`);
  await waitForTool(page);
  await page.getByLabel('Track', { exact: true }).selectOption('ae');
  await page.getByLabel('Start date', { exact: true }).fill(startDate);
  await page.getByLabel('Name (optional)').fill('Ana Lima');
  await page.getByRole('button', { name: 'Start tracking' }).click();
  await expect(page.getByRole('heading', { name: 'Ana Lima: Sales' })).toBeVisible();
}

/** Download the calendar and return its unfolded VEVENT blocks as UID → DTSTART. */
async function downloadCalendar(page: Page): Promise<Map<string, string>> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar (.ics)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^onboarding-sales-\d{4}-\d{2}-\d{2}\.ics$/);
  const text = readFileSync((await download.path())!, 'utf8').replace(/\r\n[ \t]/g, '');
  const events = [...text.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/g)].map((m) => m[1]!);
  return new Map(events.map((e) => [/^UID:(.*)$/m.exec(e)![1]!.trim(), /^DTSTART;VALUE=DATE:(\d{8})/m.exec(e)![1]!]));
}

test.describe('onboarding: calendar, my tasks, next up, manager overview', () => {
  // The tracker page with axe runs is heavy on a loaded 2-core machine.
  test.describe.configure({ timeout: 90_000 });
  test('downloads a calendar whose events move, not multiply, when the start date changes', async ({ page }) => {
    await startTracking(page, start);
    const first = await downloadCalendar(page);
    const tasks = planSchedule(sales, start, 'ae')!.tasks;
    expect(first.size).toBe(tasks.length);
    const trackerId = [...first.keys()][0]!.split('.')[0]!;
    for (const task of tasks) expect(first.get(eventUid(trackerId, task.id))).toBe(task.dueDate.replaceAll('-', ''));

    const moved = addDaysIso(start, 7)!;
    await page.getByText('Change name or start date').click();
    await page.getByLabel('Start date', { exact: true }).fill(moved);
    const second = await downloadCalendar(page);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const movedTasks = planSchedule(sales, moved, 'ae')!.tasks;
    for (const task of movedTasks) expect(second.get(eventUid(trackerId, task.id))).toBe(task.dueDate.replaceAll('-', ''));
  });

  test('shows one owner’s tasks and the five nearest open tasks', async ({ page }) => {
    await startTracking(page, start);
    const schedule = planSchedule(sales, start, 'ae')!;
    const firstTask = schedule.tasks[0]!;
    await page.getByRole('checkbox', { name: firstTask.title, exact: true }).check();
    const done = { [firstTask.id]: today };
    const expected = nextUp(schedule, { startDate: start, track: 'ae', done }, today);
    const list = page.getByRole('region', { name: 'Next up' }).getByRole('listitem');
    await expect(list).toHaveCount(expected.length);
    await expect(list.locator('strong:first-child')).toHaveText(expected.map((n) => n.task.title));

    await page.getByLabel('Show tasks for').selectOption('buddy');
    await expect(page.locator('.onb-task .onb-task-title')).toHaveText(filterByOwner(schedule.tasks, 'buddy').map((t) => t.title));
    const buddyNext = nextUp(schedule, { startDate: start, track: 'ae', done }, today, 'buddy');
    await expect(list.locator('strong:first-child')).toHaveText(buddyNext.map((n) => n.task.title));
    await page.getByLabel('Show tasks for').selectOption('all');
    await expect(page.locator('.onb-task')).toHaveCount(schedule.tasks.length);
    const axe = await new AxeBuilder({ page }).include('.onb-tool').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('combines several hires’ read-only links into one overview', async ({ page }) => {
    const ana = [0, 1, 2].reduce(
      (t, i) => setTaskDone(t, planSchedule(sales, start, 'ae')!.tasks[i]!.id, today),
      createTracker({ trackerId: 'a', roleId: 'sales', startDate: start, track: 'ae', personName: 'Ana Lima' }),
    );
    const benStart = addDaysIso(today, -40)!;
    const ben = createTracker({ trackerId: 'b', roleId: 'engineering', startDate: benStart, track: 'platform', personName: 'Ben Okafor' });
    const link = (payload: string) => `http://127.0.0.1/tools/onboarding-tracker/#progress=${payload}`;
    const anaLink = link(encodeProgress(ana, { includeName: true, sharedOn: today }));
    const benLink = link(encodeProgress(ben, { includeName: true, sharedOn: today }));

    await page.goto(url);
    const box = page.getByLabel('Progress links, one a line');
    await box.scrollIntoViewIfNeeded();
    await page.locator('.onb-overview[data-hydrated]').waitFor();
    await box.fill([anaLink, benLink, anaLink, 'https://example.com/#progress=garbage'].join('\n'));

    const table = page.getByRole('table', { name: /Progress of 2 hires/ });
    const anaRow = table.getByRole('row', { name: /Ana Lima/ });
    const anaProgress = progress(sales, ana, today)!;
    await expect(anaRow.locator('td').first()).toHaveText(countsText(anaProgress.overall));
    await expect(anaRow.locator('td')).toHaveText([countsText(anaProgress.overall), ...anaProgress.phases.map(countsText)]);
    const benProgress = progress(engineering, ben, today)!;
    await expect(table.getByRole('row', { name: /Ben Okafor/ }).locator('td')).toHaveText([
      countsText(benProgress.overall),
      ...benProgress.phases.map(countsText),
    ]);
    await expect(page.getByText('One link appears twice and is counted once.')).toBeVisible();
    await expect(page.getByText(/^Line 4:/)).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('.onb-overview').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });
});
