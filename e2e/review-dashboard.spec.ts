import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from './fixtures';
import { reviewRows, type ReviewPage } from '../src/lib/content/review-dashboard';
import { entryPath } from '../src/components/content/site-paths';

const url = '/reference/review-dashboard/';
const docsDir = 'src/content/docs';

/** The review fields of every page, read from the source files' frontmatter (independently of the build). */
function sourcePages(): ReviewPage[] {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : []));
  return files(docsDir).map((file) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!;
    const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(front)?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2');
    return {
      path: entryPath(relative(docsDir, file).replace(/\.mdx?$/, '')),
      title: field('title')!,
      owner: field('owner')!,
      lastReviewed: new Date(`${field('lastReviewed')}T00:00:00Z`),
      reviewEveryMonths: Number(field('reviewEveryMonths') ?? 6),
    };
  });
}

test.describe('review dashboard', () => {
  const expected = reviewRows(sourcePages(), new Date());

  test('lists every page by due date with its owner and status, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    const table = page.getByRole('table', { name: 'Every page, the soonest due first' });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(expected.length);
    await expect(rows.locator('th')).toHaveText(expected.map((r) => r.title));
    await expect(rows.locator('td:nth-child(2)')).toHaveText(expected.map((r) => r.owner));
    await expect(rows.locator('td:last-child')).toHaveText(expected.map((r) => (r.isOverdue ? 'Overdue' : 'On schedule')));
    const overdue = expected.filter((r) => r.isOverdue).length;
    await expect(page.locator('.hb-review-summary')).toContainText(overdue === 0 ? 'None overdue' : `${overdue} overdue`);
    await context.close();
  });

  test('filters by owner through the owner links', async ({ page }) => {
    await page.goto(url);
    const owner = 'Finance';
    await page.getByRole('navigation', { name: 'Filter by owner' }).getByRole('link', { name: owner, exact: true }).click();
    await expect(page).toHaveURL(/#owner-finance$/);
    const section = page.getByRole('region', { name: owner, exact: true });
    await expect(section.getByRole('heading', { name: owner })).toBeInViewport();
    await expect(section.locator('tbody tr th')).toHaveText(expected.filter((r) => r.owner === owner).map((r) => r.title));
  });

  test('every page links to its source file for editing', async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('link', { name: 'Edit page' })).toHaveAttribute('href', /\/src\/content\/docs\/reference\/review-dashboard\.mdx$/);
  });

  test('the staff page explains how to change the handbook and links to the dashboard', async ({ page }) => {
    await page.goto('/reference/changing-the-handbook/');
    for (const name of ['Owners', 'Review intervals', 'Adding a page', 'What the build checks']) {
      await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
    }
    await page.getByRole('link', { name: 'review dashboard' }).first().click();
    await expect(page).toHaveURL(/\/reference\/review-dashboard\/$/);
  });
});
