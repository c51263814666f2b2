import { addMonths } from 'date-fns';

/** When a page is next due for review, and whether that date has passed as of `today`. */
export function reviewStatus(lastReviewed: Date, reviewEveryMonths: number, today: Date): { dueDate: Date; isDue: boolean } {
  const dueDate = addMonths(lastReviewed, reviewEveryMonths);
  return { dueDate, isDue: dueDate.getTime() <= today.getTime() };
}
