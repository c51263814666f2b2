import { filterByOwner, isOwnerFilter, nextUp } from './focus';
import { samplePlan } from './fixtures/sample-plan';
import { planSchedule } from './schedule';

const schedule = planSchedule(samplePlan, '2025-03-03', 'alpha')!;

describe('owner filter', () => {
  it('keeps one owner’s tasks in schedule order, or all', () => {
    expect(filterByOwner(schedule.tasks, 'new-hire').map((t) => t.id)).toEqual(['first-week', 'alpha-only', 'mid']);
    expect(filterByOwner(schedule.tasks, 'buddy').map((t) => t.id)).toEqual(['hello']);
    expect(filterByOwner(schedule.tasks, 'all')).toHaveLength(schedule.tasks.length);
  });
  it('knows its values', () => {
    expect(['all', 'manager', 'boss', 3].map(isOwnerFilter)).toEqual([true, true, false, false]);
  });
});

describe('next up', () => {
  it('lists the five nearest open tasks, overdue first, with days until due', () => {
    const list = nextUp(schedule, { startDate: '2025-03-03', track: 'alpha', done: { prep: '2025-02-21' } }, '2025-03-04');
    expect(list.map((n) => n.task.id)).toEqual(['hello', 'day-one', 'first-week', 'alpha-only', 'check-in-30']);
    expect(list[0]).toMatchObject({ overdue: true, daysUntilDue: -4 }); // due Fri 28 Feb (Sun 2 Mar moved back)
    expect(list[2]).toMatchObject({ overdue: false, daysUntilDue: 6 }); // Sat 8 Mar → Mon 10 Mar
  });
  it('counts days across a month end', () => {
    const [first] = nextUp(schedule, { startDate: '2025-03-03', done: {} }, '2025-01-31');
    expect(first).toMatchObject({ daysUntilDue: 21 }); // 31 Jan → 21 Feb
  });
  it('narrows to one owner and is empty when all is done', () => {
    expect(nextUp(schedule, { startDate: '2025-03-03', done: {} }, '2025-03-04', 'manager').map((n) => n.task.owner)).toEqual([
      'manager',
      'manager',
      'manager',
      'manager',
    ]);
    const allDone = Object.fromEntries(schedule.tasks.map((t) => [t.id, '2025-03-03']));
    expect(nextUp(schedule, { startDate: '2025-03-03', done: allDone }, '2025-03-04')).toEqual([]);
    expect(nextUp(schedule, { startDate: '2025-03-03', done: {} }, '2025-03-04', 'all', 0)).toEqual([]);
  });
});
