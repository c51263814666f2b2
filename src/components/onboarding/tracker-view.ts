/**
 * What the tracker's screens need besides the plan logic: dates in words, the start-date check
 * with its messages, the progress link in the URL, and file downloads.
 */
import { formatLongDate, formatWeekdayDate, localIsoDay } from '../../lib/format-days';
import {
  daysBetweenIso,
  isWeekendIso,
  onboardingMessages,
  parseIsoDate,
  planSchedule,
  type Plan,
  type TrackedPlan,
} from '../../lib/onboarding';

/** URL hash parameter of the read-only progress link (ToolShell's own `#share=` is another thing). */
export const PROGRESS_PARAM = 'progress';

/** A due date as people read it: "Mon 3 Mar 2025" ("Sept" for September, as on every page). */
export function shortDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? formatWeekdayDate(date) : iso;
}

/** A date in a sentence: "3 March 2025". */
export function longDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? formatLongDate(date) : iso;
}

/** Today as `YYYY-MM-DD` in the reader's time zone. */
export function todayIso(): string {
  return localIsoDay(new Date());
}

/** The outcome of checking a start date: an error blocks, a warning only asks to double-check. */
export interface StartDateCheck {
  error: string | null;
  warning: string | null;
}

/**
 * Check a start date as a date input gives it: `value` is "" when the field is empty or holds an
 * incomplete date (then `badInput` is true). `today` enables the "more than a year away" warning.
 */
export function checkStartDate(value: string, badInput: boolean, plan: Plan | undefined, today: string | null): StartDateCheck {
  if (value === '') {
    return { error: badInput ? onboardingMessages.startDateInvalid : onboardingMessages.startDateRequired, warning: null };
  }
  if (!parseIsoDate(value)) return { error: onboardingMessages.startDateInvalid, warning: null };
  if (plan && planSchedule(plan, value) === null) return { error: onboardingMessages.startDateOutOfRange, warning: null };
  const away = today ? daysBetweenIso(today, value) : null;
  if (away !== null && Math.abs(away) > 366) return { error: null, warning: onboardingMessages.startDateFarAway };
  if (isWeekendIso(value)) return { error: null, warning: onboardingMessages.startDateWeekend };
  return { error: null, warning: null };
}

/**
 * The progress payload in a location hash such as "#progress=…", or null. Not read with
 * URLSearchParams: the payload's alphabet has "+", which form decoding would turn into a space.
 * Percent-escapes (some mail clients add them) are undone.
 */
export function progressFromHash(hash: string): string | null {
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part.startsWith(`${PROGRESS_PARAM}=`)) continue;
    const raw = part.slice(PROGRESS_PARAM.length + 1);
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return null;
}

/** The read-only progress link for a page URL (any hash or query on it is dropped). */
export function progressUrl(pageUrl: string, payload: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = `${PROGRESS_PARAM}=${payload}`;
  return url.toString();
}

/** How a tracked plan is named in the list of plans and in messages: "Ana Lima · Sales (AE)". */
export function trackerLabel(tracker: TrackedPlan, plan: Plan | undefined): string {
  const role = plan?.title ?? tracker.roleId;
  const track = plan?.tracks.find((t) => t.id === tracker.track)?.label;
  const what = track ? `${role}: ${track}` : role;
  return tracker.personName ? `${tracker.personName} · ${what}` : `${what}, from ${shortDate(tracker.startDate)}`;
}
