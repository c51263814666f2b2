import { samplePlan } from './fixtures/sample-plan';
import { isWeekendIso } from './dates';
import { dueDayLabel, planSchedule, tasksForTrack } from './schedule';
import { PHASES } from './schema';

// Monday 2025-03-03: offsets 5 and 12 land on Saturdays, 40 on a Saturday, 89 on Saturday 2025-05-31.
const START = '2025-03-03';

describe('tasksForTrack', () => {
  it('gives shared tasks to everyone and track tasks only to their track', () => {
    const ids = (track?: string | null) => tasksForTrack(samplePlan, track).map((t) => t.id);
    expect(ids()).not.toContain('alpha-only');
    expect(ids()).not.toContain('beta-only');
    expect(ids('alpha')).toContain('alpha-only');
    expect(ids('alpha')).not.toContain('beta-only');
    expect(ids('beta')).toContain('beta-only');
    expect(ids('unknown')).toEqual(ids(null));
  });
});

describe('planSchedule', () => {
  it('dates every task from the start date, grouped by phase', () => {
    const schedule = planSchedule(samplePlan, START, 'alpha');
    expect(schedule).not.toBeNull();
    if (!schedule) return;
    expect(schedule.phases.map((p) => p.phase)).toEqual([...PHASES]);
    expect(schedule.phases.map((p) => p.tasks.map((t) => [t.id, t.dueDate]))).toEqual([
      [
        ['prep', '2025-02-21'],
        ['hello', '2025-02-28'], // Sunday 03-02 → Friday before
      ],
      [
        ['day-one', '2025-03-03'],
        ['first-week', '2025-03-10'], // Saturday 03-08 → Monday after
        ['alpha-only', '2025-03-17'], // Saturday 03-15 → Monday after
        ['check-in-30', '2025-04-01'],
      ],
      [['mid', '2025-04-14']], // Saturday 04-12 → Monday after
      [['final', '2025-06-02']], // Saturday 05-31 → Monday after
    ]);
    expect(schedule.track).toBe('alpha');
    expect(schedule.trackIgnored).toBe(false);
  });

  it('keeps the nominal date and says when a task moved off a weekend', () => {
    const schedule = planSchedule(samplePlan, START);
    const hello = schedule?.tasks.find((t) => t.id === 'hello');
    expect(hello).toMatchObject({ nominalDate: '2025-03-02', dueDate: '2025-02-28', movedOffWeekend: true });
    const dayOne = schedule?.tasks.find((t) => t.id === 'day-one');
    expect(dayOne).toMatchObject({ nominalDate: START, dueDate: START, movedOffWeekend: false });
  });

  it('carries each phase’s goals and window', () => {
    const schedule = planSchedule(samplePlan, START);
    expect(schedule?.phases[0]).toMatchObject({
      label: 'Before day one',
      goals: samplePlan.goals['pre-start'],
      window: { firstOffsetDays: -14, lastOffsetDays: -1 },
    });
  });

  it('lists all tasks flat, by phase then due date', () => {
    const schedule = planSchedule(samplePlan, START, 'beta');
    expect(schedule?.tasks.map((t) => t.id)).toEqual([
      'prep',
      'hello',
      'day-one',
      'first-week',
      'check-in-30',
      'mid',
      'beta-only',
      'final',
    ]);
    expect(schedule?.tasks.every((t) => !isWeekendIso(t.dueDate))).toBe(true);
  });

  it('ignores a track the plan does not have, and says so', () => {
    const schedule = planSchedule(samplePlan, START, 'gamma');
    expect(schedule?.track).toBeNull();
    expect(schedule?.trackIgnored).toBe(true);
    expect(schedule?.tasks.map((t) => t.id)).toEqual(planSchedule(samplePlan, START)?.tasks.map((t) => t.id));
  });

  it.each(['', '2025-02-30', '03/03/2025', '9999-12-20'])('returns null for start date %j', (start) => {
    expect(planSchedule(samplePlan, start)).toBeNull();
  });

  it('handles a start on a leap day and over a year end', () => {
    const leap = planSchedule(samplePlan, '2028-02-29');
    expect(leap?.tasks.find((t) => t.id === 'day-one')?.dueDate).toBe('2028-02-29');
    const newYear = planSchedule(samplePlan, '2025-12-29');
    expect(newYear?.tasks.find((t) => t.id === 'first-week')?.dueDate).toBe('2026-01-05'); // Saturday 01-03 → Monday
  });
});

describe('dueDayLabel', () => {
  it.each([
    [0, 'Day 1'],
    [11, 'Day 12'],
    [89, 'Day 90'],
    [-1, '1 day before day one'],
    [-10, '10 days before day one'],
  ])('%s → %s', (offset, label) => {
    expect(dueDayLabel(offset)).toBe(label);
  });
});
