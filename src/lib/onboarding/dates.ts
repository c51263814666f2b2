/**
 * Calendar-date arithmetic for due dates. Dates travel as `YYYY-MM-DD` strings, never timestamps,
 * so a due date means the same day in every time zone. Internally each date becomes a local `Date`
 * at noon: daylight-saving shifts move clocks by an hour or so around midnight, and noon is far
 * from any of them, so adding days with date-fns always lands on the intended calendar day.
 */
import { addDays, differenceInCalendarDays, isSaturday, isSunday, nextMonday, previousFriday } from 'date-fns';
import { localIsoDay } from '../format-days';
import type { Phase } from './schema';

/** What to do with a due date that falls on a weekend. */
export type WeekendPolicy = 'previous-friday' | 'next-monday';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse `YYYY-MM-DD` (a real calendar date, year 1000–9999) to a local Date at noon, or null. */
export function parseIsoDate(text: string): Date | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1000) return null;
  const date = new Date(year, month - 1, day, 12);
  // Rejects 2027-02-29, 2025-13-01 and the like, which Date would silently roll over.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date;
}

/** Whether a value is a `YYYY-MM-DD` string naming a real calendar date. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

/** The local calendar date of a Date as `YYYY-MM-DD` (use for "today" from `new Date()`). */
export function toIsoDate(date: Date): string {
  return localIsoDay(date);
}

/** A date plus a whole number of days, or null when the input or the result is not a valid date. */
export function addDaysIso(isoDate: string, days: number): string | null {
  const date = parseIsoDate(isoDate);
  if (!date || !Number.isInteger(days)) return null;
  const result = toIsoDate(addDays(date, days));
  return isIsoDate(result) ? result : null;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier), or null for invalid dates. */
export function daysBetweenIso(from: string, to: string): number | null {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return a && b ? differenceInCalendarDays(b, a) : null;
}

/** Whether a valid `YYYY-MM-DD` date is a Saturday or Sunday (false for invalid input). */
export function isWeekendIso(isoDate: string): boolean {
  const date = parseIsoDate(isoDate);
  return date !== null && (isSaturday(date) || isSunday(date));
}

/**
 * Pre-start work must be ready before the first day, so a weekend due date moves back to the
 * Friday before; from day one on, a weekend due date moves forward to the Monday after, which
 * never asks for work earlier than the plan intends.
 */
export function weekendPolicyFor(phase: Phase): WeekendPolicy {
  return phase === 'pre-start' ? 'previous-friday' : 'next-monday';
}

/**
 * The due date of a task `offsetDays` calendar days after `startDateISO` (day 0), moved off a
 * weekend by `policy`. Null when the start date is not a valid `YYYY-MM-DD`, the offset is not a
 * whole number, or the result falls outside years 1000–9999.
 */
export function dueDate(startDateISO: string, offsetDays: number, policy: WeekendPolicy): string | null {
  const start = parseIsoDate(startDateISO);
  if (!start || !Number.isInteger(offsetDays)) return null;
  let due = addDays(start, offsetDays);
  if (isSaturday(due) || isSunday(due)) due = policy === 'previous-friday' ? previousFriday(due) : nextMonday(due);
  const iso = toIsoDate(due);
  return isIsoDate(iso) ? iso : null;
}
