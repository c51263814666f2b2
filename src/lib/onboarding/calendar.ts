/**
 * A tracked plan as an iCalendar file: every task as an all-day event on its due date, the 30/60/90-day
 * check-ins marked as such. Event UIDs come from the tracker id and the task id only, so importing the
 * file again after the start date moved updates the same events instead of adding copies.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDaysIso, parseIsoDate } from './dates';
import { isTaskDone } from './progress';
import { planSchedule, type ScheduledTask } from './schedule';
import { OWNER_LABELS, PHASE_LABELS, type Plan } from './schema';
import type { TrackedPlan } from './tracker';

/** The domain part of every event UID, so the handbook's events never collide with another calendar's. */
export const CALENDAR_UID_DOMAIN = 'scale-handbook';

/** The result of building a calendar: the file text, or why it could not be built. */
export type CalendarResult = { ok: true; ics: string; eventCount: number } | { ok: false; reason: 'invalid-dates' | 'ics-error'; message: string };

/** Whether a task is one of the manager's 30/60/90-day check-ins (the plans name them `check-in-30` and so on). */
export function isCheckIn(taskId: string): boolean {
  return /^check-in-\d+$/.test(taskId);
}

/**
 * The event UID for one task of one tracker: stable across exports and start-date changes. Characters a
 * UID should not carry are percent-encoded, so two different tracker ids never give the same UID.
 */
export function eventUid(trackerId: string, taskId: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `${safe(trackerId)}.${safe(taskId)}@${CALENDAR_UID_DOMAIN}`;
}

/** `YYYY-MM-DD` as the [year, month, day] an all-day event takes; no time, so no time zone can move it. */
function dayArray(iso: string): DateArray | null {
  const date = parseIsoDate(iso);
  return date ? [date.getFullYear(), date.getMonth() + 1, date.getDate()] : null;
}

function taskEvent(plan: Plan, tracker: TrackedPlan, task: ScheduledTask): EventAttributes | null {
  const start = dayArray(task.dueDate);
  const nextDay = addDaysIso(task.dueDate, 1);
  const end = nextDay ? dayArray(nextDay) : null;
  if (!start || !end) return null;
  const done = isTaskDone(tracker, task.id);
  const who = tracker.personName ? `${tracker.personName}: ` : '';
  const lines = [
    task.detail,
    '',
    `${PHASE_LABELS[task.phase]} · ${OWNER_LABELS[task.owner]}${done ? ' · done' : ''}`,
    `${plan.title} onboarding plan`,
  ];
  return {
    uid: eventUid(tracker.trackerId, task.id),
    start,
    end,
    title: `${who}${task.title}${done ? ' (done)' : ''}`,
    description: lines.join('\n'),
    categories: isCheckIn(task.id) ? ['Onboarding', 'Check-in'] : ['Onboarding'],
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    status: 'CONFIRMED',
  };
}

/**
 * The calendar file for one tracked plan. Every task of the person's track becomes an all-day event on
 * its due date (after the weekend rule); check-ins carry the category "Check-in". Done tasks stay in the
 * file, marked "(done)", so a re-import updates them rather than leaving stale copies.
 */
export function buildCalendar(plan: Plan, tracker: TrackedPlan): CalendarResult {
  const schedule = planSchedule(plan, tracker.startDate, tracker.track);
  if (!schedule) return { ok: false, reason: 'invalid-dates', message: 'The start date cannot be used to work out due dates.' };
  const events: EventAttributes[] = [];
  for (const task of schedule.tasks) {
    const event = taskEvent(plan, tracker, task);
    if (!event) return { ok: false, reason: 'invalid-dates', message: 'A due date falls outside the calendar.' };
    events.push(event);
  }
  const calName = tracker.personName ? `${tracker.personName}: ${plan.title} onboarding` : `${plan.title} onboarding`;
  const { error, value } = createEvents(events, { productId: '-//Scale Handbook//Onboarding//EN', calName });
  if (error || !value) return { ok: false, reason: 'ics-error', message: 'The calendar file could not be written.' };
  return { ok: true, ics: value, eventCount: events.length };
}

/** A file name for a tracker's calendar: "onboarding-engineering-2025-03-03.ics". */
export function calendarFileName(plan: Plan, tracker: TrackedPlan): string {
  return `onboarding-${plan.id}-${tracker.startDate}.ics`;
}
