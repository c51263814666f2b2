/** Review schedule of every handbook page, for the page owners' dashboard (pure: pages and today in, rows out). */
import { slugify } from './slug';
import { reviewStatus } from './review';

/** What the dashboard needs to know about one page. */
export interface ReviewPage {
  /** Site path of the page, e.g. "/tools/scale-model/". */
  path: string;
  title: string;
  owner: string;
  lastReviewed: Date;
  reviewEveryMonths: number;
}

/** One row of the dashboard: the page with its due date and whether it is overdue as of the build. */
export interface ReviewRow extends ReviewPage {
  dueDate: Date;
  isOverdue: boolean;
  /** Whole days from today to the due date (negative once overdue). */
  daysUntilDue: number;
}

/** The rows of one owner, with that owner's anchor id and overdue count. */
export interface OwnerGroup {
  owner: string;
  /** Anchor id for the owner's section, unique on the page. */
  anchorId: string;
  rows: ReviewRow[];
  overdueCount: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Every page with its due date, soonest (or most overdue) first; ties by title so the order is stable. */
export function reviewRows(pages: readonly ReviewPage[], today: Date): ReviewRow[] {
  return pages
    .map((page) => {
      const { dueDate, isDue } = reviewStatus(page.lastReviewed, page.reviewEveryMonths, today);
      const daysUntilDue = Math.floor((dueDate.getTime() - today.getTime()) / DAY_MS);
      return { ...page, dueDate, isOverdue: isDue, daysUntilDue };
    })
    .sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime() || a.title.localeCompare(b.title) || a.path.localeCompare(b.path));
}

/** Rows grouped by owner (owners A–Z), each group keeping the due-date order. */
export function groupByOwner(rows: readonly ReviewRow[]): OwnerGroup[] {
  const byOwner = new Map<string, ReviewRow[]>();
  for (const row of rows) byOwner.set(row.owner, [...(byOwner.get(row.owner) ?? []), row]);
  const used = new Set<string>();
  return [...byOwner.keys()]
    .sort((a, b) => a.localeCompare(b))
    .map((owner) => {
      const base = `owner-${slugify(owner) || 'unnamed'}`;
      let anchorId = base;
      for (let n = 2; used.has(anchorId); n += 1) anchorId = `${base}-${n}`;
      used.add(anchorId);
      const ownerRows = byOwner.get(owner) ?? [];
      return { owner, anchorId, rows: ownerRows, overdueCount: ownerRows.filter((r) => r.isOverdue).length };
    });
}
