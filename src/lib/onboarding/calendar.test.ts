import { buildCalendar, calendarFileName, eventUid, isCheckIn } from './calendar';
import { samplePlan } from './fixtures/sample-plan';
import { planSchedule } from './schedule';
import { createTracker, setTaskDone, type TrackedPlan } from './tracker';

const tracker = (startDate: string, extra: Partial<TrackedPlan> = {}): TrackedPlan => ({
  ...createTracker({ trackerId: 'sample-1', roleId: 'sample', startDate, track: 'alpha' }),
  ...extra,
});

/** The unfolded VEVENT blocks of a calendar file, each as a map of property name (without parameters) → value. */
function events(ics: string): Record<string, string>[] {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return [...unfolded.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/g)].map((m) =>
    Object.fromEntries(
      m[1]!
        .split('\r\n')
        .filter(Boolean)
        .map((line) => {
          const at = line.indexOf(':');
          return [line.slice(0, at).split(';')[0]!, line.slice(at + 1)];
        }),
    ),
  );
}

const build = (t: TrackedPlan) => {
  const result = buildCalendar(samplePlan, t);
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe('onboarding calendar file', () => {
  it('has one all-day event per task of the track, on its due date, ending the next day', () => {
    const t = tracker('2025-03-03');
    const schedule = planSchedule(samplePlan, t.startDate, t.track)!;
    const result = build(t);
    const list = events(result.ics);
    expect(result.eventCount).toBe(schedule.tasks.length);
    expect(list).toHaveLength(schedule.tasks.length);
    expect(result.ics).toContain('DTSTART;VALUE=DATE:');
    for (const task of schedule.tasks) {
      const event = list.find((e) => e.UID === eventUid(t.trackerId, task.id))!;
      expect(event.DTSTART).toBe(task.dueDate.replaceAll('-', ''));
      expect(event.SUMMARY).toContain(task.title);
    }
    expect(list.some((e) => e.UID === eventUid(t.trackerId, 'beta-only'))).toBe(false);
  });

  it('crosses month and year ends and leap days correctly', () => {
    // Start 2024-02-26: day one Mon 26 Feb, "first week" (+5) is Sat 2 Mar → Mon 4 Mar; Feb 2024 has 29 days.
    const leap = events(build(tracker('2024-02-26')).ics);
    const firstWeek = leap.find((e) => e.UID === eventUid('sample-1', 'first-week'))!;
    expect([firstWeek.DTSTART, firstWeek.DTEND]).toEqual(['20240304', '20240305']);
    // Start Tue 2024-12-31: the event on the start date ends on New Year's Day.
    const yearEnd = events(build(tracker('2024-12-31')).ics);
    const dayOne = yearEnd.find((e) => e.UID === eventUid('sample-1', 'day-one'))!;
    expect([dayOne.DTSTART, dayOne.DTEND]).toEqual(['20241231', '20250101']);
    // Pre-start work 10 days before 2025-03-03 is Fri 21 Feb: it crosses back over the month end.
    const prep = events(build(tracker('2025-03-03')).ics).find((e) => e.UID === eventUid('sample-1', 'prep'))!;
    expect(prep.DTSTART).toBe('20250221');
  });

  it('writes the same days whatever the time zone of the browser', () => {
    const before = process.env.TZ;
    const dates = (tz: string) => {
      process.env.TZ = tz;
      return events(build(tracker('2025-03-30')).ics).map((e) => [e.UID, e.DTSTART, e.DTEND]);
    };
    try {
      const utc = dates('UTC');
      expect(dates('Pacific/Kiritimati')).toEqual(utc);
      expect(dates('America/Los_Angeles')).toEqual(utc);
      expect(dates('Europe/Berlin')).toEqual(utc); // 2025-03-30 is the spring-forward day there.
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('keeps the same UIDs when the start date changes, so a re-import replaces the old events', () => {
    const first = events(build(tracker('2025-03-03')).ics);
    const moved = events(build(tracker('2025-04-07')).ics);
    expect(moved.map((e) => e.UID)).toEqual(first.map((e) => e.UID));
    expect(moved.map((e) => e.DTSTART)).not.toEqual(first.map((e) => e.DTSTART));
    expect(new Set(first.map((e) => e.UID)).size).toBe(first.length);
  });

  it('gives different trackers different UIDs, even when their ids differ only in odd characters', () => {
    expect(eventUid('a b', 'x')).not.toBe(eventUid('a_b', 'x'));
    expect(eventUid('a b', 'x')).toMatch(/^[A-Za-z0-9%.-]+@scale-handbook$/);
    expect(eventUid('sample-1', 'prep')).toBe('sample-1.prep@scale-handbook');
  });

  it('marks check-ins and done tasks, and names the person', () => {
    const t = setTaskDone(tracker('2025-03-03', { personName: 'Ana Lima' }), 'day-one', '2025-03-03');
    const list = events(build(t).ics);
    const checkIn = list.find((e) => e.UID === eventUid(t.trackerId, 'check-in-30'))!;
    expect(checkIn.CATEGORIES).toBe('Onboarding,Check-in');
    expect(checkIn.SUMMARY).toBe('Ana Lima: 30-day check-in');
    expect(list.find((e) => e.UID === eventUid(t.trackerId, 'day-one'))!.SUMMARY).toBe('Ana Lima: Day one (done)');
    expect(isCheckIn('check-in-60')).toBe(true);
    expect(isCheckIn('check-in-list')).toBe(false);
  });

  it('refuses a start date that cannot be scheduled instead of writing a broken file', () => {
    expect(buildCalendar(samplePlan, tracker('2025-02-30'))).toMatchObject({ ok: false, reason: 'invalid-dates' });
    expect(buildCalendar(samplePlan, tracker('9999-12-20'))).toMatchObject({ ok: false, reason: 'invalid-dates' });
  });

  it('names the file after the plan and start date', () => {
    expect(calendarFileName(samplePlan, tracker('2025-03-03'))).toBe('onboarding-sample-2025-03-03.ics');
  });
});
