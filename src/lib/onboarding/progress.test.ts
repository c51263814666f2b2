import { samplePlan } from './fixtures/sample-plan';
import { progress, type ProgressSubject } from './progress';
import { planSchedule } from './schedule';

const START = '2025-03-03';
const subject = (done: string[], track?: string): ProgressSubject => ({
  startDate: START,
  ...(track ? { track } : {}),
  done: Object.fromEntries(done.map((id) => [id, '2025-03-01'])),
});
const totalFor = (track?: string) => planSchedule(samplePlan, START, track)?.tasks.length ?? 0;

describe('progress', () => {
  it('counts done, total, percent and overdue per phase and overall', () => {
    // As of 2025-03-18: first-week (due 03-10) and alpha-only (due 03-17) are overdue.
    const result = progress(samplePlan, subject(['prep', 'hello', 'day-one'], 'alpha'), '2025-03-18');
    expect(result).not.toBeNull();
    if (!result) return;
    const total = totalFor('alpha');
    expect(result.overall).toEqual({ done: 3, total, donePct: (3 / total) * 100, overdue: 2 });
    expect(result.phases.map(({ phase, done, total: t, overdue }) => [phase, done, t, overdue])).toEqual([
      ['pre-start', 2, 2, 0],
      ['days-1-30', 1, 4, 2],
      ['days-31-60', 0, 1, 0],
      ['days-61-90', 0, 1, 0],
    ]);
    expect(result.phases[0]?.donePct).toBe(100);
    expect(result.overdueTaskIds).toEqual(['first-week', 'alpha-only']);
    expect(result.nextTask?.id).toBe('first-week');
    expect(result.complete).toBe(false);
    expect(result.asOf).toBe('2025-03-18');
  });

  it('does not count a task due today as overdue', () => {
    const result = progress(samplePlan, subject(['prep', 'hello', 'day-one', 'first-week'], 'alpha'), '2025-03-17');
    expect(result?.overall.overdue).toBe(0);
    expect(result?.nextTask?.id).toBe('alpha-only');
  });

  it('counts pre-start tasks overdue from the day after their (moved) due date', () => {
    // hello is due Friday 2025-02-28 (its nominal Sunday moved back).
    expect(progress(samplePlan, subject(['prep']), '2025-02-28')?.overdueTaskIds).toEqual([]);
    expect(progress(samplePlan, subject(['prep']), '2025-03-01')?.overdueTaskIds).toEqual(['hello']);
  });

  it('ignores done entries for tasks outside the person’s track or no longer in the plan', () => {
    const result = progress(samplePlan, subject(['beta-only', 'removed-task', 'prep'], 'alpha'), '2025-02-01');
    expect(result?.overall.done).toBe(1);
    expect(result?.overall.total).toBe(totalFor('alpha'));
  });

  it('before the start nothing is overdue; long after, every open task is', () => {
    const before = progress(samplePlan, subject([]), '2025-01-01');
    expect(before?.overall).toMatchObject({ done: 0, donePct: 0, overdue: 0 });
    const after = progress(samplePlan, subject([]), '2026-01-01');
    expect(after?.overall.overdue).toBe(totalFor());
    expect(after?.nextTask?.id).toBe('prep');
  });

  it('reports completion', () => {
    const all = planSchedule(samplePlan, START, 'beta')?.tasks.map((t) => t.id) ?? [];
    const result = progress(samplePlan, subject(all, 'beta'), '2025-12-31');
    expect(result?.complete).toBe(true);
    expect(result?.overall.donePct).toBe(100);
    expect(result?.overall.overdue).toBe(0);
    expect(result?.nextTask).toBeNull();
  });

  it('gives a null percent, not NaN, for a phase without tasks', () => {
    const noLater = { ...samplePlan, tasks: samplePlan.tasks.filter((t) => t.phase !== 'days-61-90') };
    const result = progress(noLater, subject([]), '2025-03-18');
    expect(result?.phases[3]).toMatchObject({ done: 0, total: 0, donePct: null, overdue: 0 });
  });

  it.each([
    ['an invalid today', subject([]), '2025-3-18'],
    ['an invalid start date', { startDate: 'soon', done: {} }, '2025-03-18'],
  ])('returns null for %s', (_label, who, today) => {
    expect(progress(samplePlan, who, today)).toBeNull();
  });
});
