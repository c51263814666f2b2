import { groupByOwner, reviewRows, type ReviewPage } from './review-dashboard';

const page = (title: string, owner: string, lastReviewed: string, reviewEveryMonths = 6): ReviewPage => ({
  path: `/${title.toLowerCase()}/`,
  title,
  owner,
  lastReviewed: new Date(`${lastReviewed}T00:00:00Z`),
  reviewEveryMonths,
});

describe('review dashboard rows', () => {
  const today = new Date('2026-12-02T00:00:00Z');
  const pages = [
    page('Later', 'Finance', '2026-11-22', 6),
    page('Overdue', 'People team', '2026-01-15', 6),
    page('Quarterly', 'Finance', '2026-11-01', 3),
    page('Yearly', 'Handbook team', '2026-11-01', 12),
  ];

  it('sorts by due date, the most overdue first', () => {
    expect(reviewRows(pages, today).map((r) => r.title)).toEqual(['Overdue', 'Quarterly', 'Later', 'Yearly']);
  });

  it('computes the due date from the interval and marks the ones past it', () => {
    const rows = reviewRows(pages, today);
    const overdue = rows.find((r) => r.title === 'Overdue')!;
    expect(overdue.dueDate.toISOString().slice(0, 10)).toBe('2026-07-15');
    expect(overdue.isOverdue).toBe(true);
    expect(overdue.daysUntilDue).toBeLessThan(0);
    expect(rows.filter((r) => r.isOverdue).map((r) => r.title)).toEqual(['Overdue']);
    expect(rows.find((r) => r.title === 'Quarterly')!.dueDate.toISOString().slice(0, 10)).toBe('2027-02-01');
  });

  it('counts a page due today as overdue', () => {
    const [row] = reviewRows([page('Today', 'Ops', '2026-06-02', 6)], today);
    expect(row!.isOverdue).toBe(true);
    expect(row!.daysUntilDue).toBe(0);
  });

  it('is empty for no pages', () => {
    expect(reviewRows([], today)).toEqual([]);
    expect(groupByOwner([])).toEqual([]);
  });

  it('groups by owner A–Z with unique anchors and overdue counts, keeping the due-date order', () => {
    const groups = groupByOwner(reviewRows(pages, today));
    expect(groups.map((g) => g.owner)).toEqual(['Finance', 'Handbook team', 'People team']);
    expect(groups[0]!.rows.map((r) => r.title)).toEqual(['Quarterly', 'Later']);
    expect(groups.map((g) => g.overdueCount)).toEqual([0, 0, 1]);
    expect(groups.map((g) => g.anchorId)).toEqual(['owner-finance', 'owner-handbook-team', 'owner-people-team']);
  });

  it('keeps anchors unique when two owners slug the same', () => {
    const groups = groupByOwner(reviewRows([page('A', 'Ops!', '2026-11-01'), page('B', 'Ops', '2026-11-01')], today));
    expect(new Set(groups.map((g) => g.anchorId)).size).toBe(2);
  });
});
