/**
 * Calendar days in words for the onboarding tracker (due dates, start dates, today), apart from `format.ts`
 * so the other tools' pages do not carry them. Same words as `formatDate`: en-GB, "Sept" for September.
 */
import { formatDate, two } from './format';

const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** A local calendar day with its weekday, "Mon 3 Mar 2025" (a due date in a list). */
export function formatWeekdayDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '–' : `${WEEKDAYS[date.getDay()]} ${formatDate(date)}`;
}

/** A local calendar day in a sentence, "3 March 2025". */
export function formatLongDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '–' : `${date.getDate()} ${MONTHS_LONG[date.getMonth()]} ${date.getFullYear()}`;
}

/** The local calendar day of a date as `YYYY-MM-DD` (the reader's "today" from `new Date()`). */
export function localIsoDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : `${String(date.getFullYear()).padStart(4, '0')}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}
