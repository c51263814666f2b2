import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Every page path listed in the built sitemap. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(`${process.env.SITE_DIR ?? 'dist'}/sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** A test whose page fails the test on any console error or uncaught exception. */
export const test = base.extend<{ errors: string[] }>({
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };

/** Wait until a React island has hydrated (the tool frame marks itself). */
export async function waitForTool(page: Page) {
  await page.locator('.kit-tool[data-hydrated]').first().waitFor();
}

/**
 * Bring each tool on the page into view in turn and wait until it has hydrated (islands hydrate when visible).
 * The page scrolls itself: Playwright's scrollIntoViewIfNeeded first waits for the element to stop moving,
 * which, while islands above it are still hydrating on a busy machine, may take longer than the test has.
 */
export async function hydrateEveryTool(page: Page) {
  const tools = page.locator('.kit-tool');
  for (let i = 0; i < (await tools.count()); i++) {
    await tools.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await tools.nth(i).and(page.locator('[data-hydrated]')).waitFor({ timeout: 30_000 });
  }
}

/** Wait until the search button's script has run (it enables the button): the shortcut works from then on. */
export async function searchReady(page: Page) {
  await expect(page.locator('[data-open-search]').first()).toBeEnabled({ timeout: 30_000 });
}

/** Open search with the keyboard, type a query and optionally tick a filter value. */
export async function search(page: Page, query: string, filter?: { group: string; value: string }) {
  await searchReady(page);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the handbook' });
  await expect(dialog).toBeVisible();
  const input = dialog.locator('.pagefind-ui__search-input');
  await input.fill(query);
  await dialog.locator('.pagefind-ui__result').first().waitFor();
  if (filter) {
    const group = dialog.locator('.pagefind-ui__filter-block', { hasText: filter.group });
    if (!(await group.locator('.pagefind-ui__filter-value').first().isVisible())) {
      await group.locator('summary').click();
    }
    await group.getByLabel(new RegExp(`^${filter.value}`)).check();
    // Filtering re-runs the search in Pagefind's worker: wait for the filtered list, not a fixed time.
    await expect(group.getByLabel(new RegExp(`^${filter.value}`))).toBeChecked();
    await dialog.locator('.pagefind-ui__result').first().waitFor();
  }
  return dialog;
}


/**
 * Open a tool's share link in a browser with nothing saved (the link applies at once), then in one
 * that has inputs of its own: the tool asks before replacing them, applies the shared ones when
 * accepted, and refuses a tampered copy pasted over the open page (only the hash changes).
 */
export async function checkShareLink(
  browser: Browser,
  url: string,
  link: string,
  field: { label: string; mine: string; shared: string },
  afterAccept?: (page: Page) => Promise<void>,
) {
  // Three browsers in one test: give it room on a loaded 2-core machine.
  base.info().setTimeout(base.info().timeout + 45_000);
  const blank = await browser.newContext();
  const first = await blank.newPage();
  await first.goto(link);
  await waitForTool(first);
  await expect(first.getByText(/You opened a share link: the tool shows the shared inputs/)).toBeVisible();
  await expect(first.getByText(/will be replaced/)).toHaveCount(0);
  await expect(first.getByLabel(field.label)).toHaveValue(field.shared);
  await blank.close();

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(url);
  await waitForTool(fresh);
  await fresh.getByLabel(field.label).fill(field.mine);
  await fresh.goto(link);
  await fresh.reload();
  await waitForTool(fresh);
  await expect(fresh.getByText(/You opened a share link/)).toBeVisible();
  await expect(fresh.getByLabel(field.label)).toHaveValue(field.mine);
  await fresh.getByRole('button', { name: 'Use the shared inputs' }).click();
  await expect(fresh.getByLabel(field.label)).toHaveValue(field.shared);
  await afterAccept?.(fresh);

  const tampered = link.slice(0, -6) + 'XXXXXX';
  await fresh.goto(tampered);
  await expect(fresh.getByText(/share link is damaged/)).toBeVisible();
  await expect(fresh.getByLabel(field.label)).toHaveValue(field.shared);
  await other.close();
}
