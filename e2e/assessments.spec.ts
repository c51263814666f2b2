import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { checkShareLink, expect, test, waitForTool } from './fixtures';
import {
  READINESS_ASSESSMENT,
  STRATEGY_ASSESSMENT,
  compareSnapshots,
  createSnapshot,
  scoreReadiness,
  scoreStrategy,
  type AssessmentDefinition,
} from '../src/presets/workshop';
import { formatChange } from '../src/components/assessment/format';
import { formatNumber } from '../src/lib/format';

const readinessUrl = '/tools/readiness-assessment/';
const strategyUrl = '/tools/strategy-assessment/';
const workshopUrl = '/workshops/day-29/pre-exercise-assessment/';
const siteDir = process.env.SITE_DIR ?? 'dist';

const result = (page: Page, label: string) => page.locator(`.kit-result:has(dt:text-is("${label}")) dd`);
/** The words next to the score boxes (the results and the chart's table say "Not answered" too). */
const unanswered = (page: Page) => page.locator('.as-score-status', { hasText: 'Not answered' });
const score = (value: number, max: number) => `${formatNumber(value, 1)}/${max}`;

/** Scores for every item of an assessment, from a pattern, so the test can work out what to expect. */
function answersFor(def: AssessmentDefinition, pick: (index: number) => number | null): Record<string, number | null> {
  return Object.fromEntries(def.categories.flatMap((c) => c.items).map((item, i) => [item.id, pick(i)]));
}

async function fill(page: Page, def: AssessmentDefinition, answers: Record<string, number | null>) {
  for (const item of def.categories.flatMap((c) => c.items)) {
    const v = answers[item.id];
    if (v !== null && v !== undefined) await page.getByLabel(item.label, { exact: true }).fill(String(v));
  }
}

test.describe('readiness assessment', () => {
  // Two items per category left unanswered; scores spread so the gaps are clear.
  const answers = answersFor(READINESS_ASSESSMENT, (i) => (i % 4 === 3 ? null : (i * 3) % 11));
  const expected = scoreReadiness(answers);

  test('scores as you type, shows gaps and the band, and keeps them across a reload', async ({ page, errors }) => {
    await page.goto(readinessUrl);
    await waitForTool(page);
    await expect(unanswered(page)).toHaveCount(20);
    await fill(page, READINESS_ASSESSMENT, answers);

    const overall = result(page, 'Overall scaling readiness');
    await expect(overall).toContainText(score(expected.overall.score!, 50));
    await expect(overall).toContainText(`${expected.answeredItems} of 20 answered`);
    await expect(unanswered(page)).toHaveCount(20 - expected.answeredItems);
    await expect(page.locator('.as-band')).toContainText(expected.overall.band!.label);
    const gaps = page.getByRole('region', { name: 'Critical gaps' }).getByRole('listitem');
    await expect(gaps).toHaveCount(3);
    for (const [i, gap] of expected.gaps.entries()) await expect(gaps.nth(i)).toContainText(gap.label);
    const strengths = page.getByRole('region', { name: 'Scaling strengths' }).getByRole('listitem');
    for (const [i, s] of expected.strengths.entries()) await expect(strengths.nth(i)).toContainText(s.label);

    await page.reload();
    await waitForTool(page);
    await expect(page.getByLabel('Technical stability', { exact: true })).toHaveValue(String(answers['technical-stability']));
    await expect(result(page, 'Overall scaling readiness')).toContainText(score(expected.overall.score!, 50));
    await expect(gaps.first()).toContainText(expected.gaps[0]!.label);
    await expect(page.locator('.kit-tool')).not.toContainText(/NaN|Infinity/);

    // The workshop page shares the answers (one store), when it is part of this build.
    if (existsSync(`${siteDir}${workshopUrl}index.html`)) {
      await page.goto(workshopUrl);
      const scorer = page.getByRole('region', { name: 'Scaling readiness assessment' });
      await scorer.scrollIntoViewIfNeeded();
      await expect(scorer).toHaveAttribute('data-hydrated', '');
      await expect(scorer.getByLabel('Technical stability', { exact: true })).toHaveValue(String(answers['technical-stability']));
      await expect(scorer.locator('.kit-result:has(dt:text-is("Overall scaling readiness")) dd')).toContainText(score(expected.overall.score!, 50));
    }
    expect(errors).toEqual([]);
  });

  test('saves two snapshots and shows the change per category', async ({ page, errors }) => {
    await page.goto(readinessUrl);
    await waitForTool(page);
    const save = page.getByRole('button', { name: 'Save snapshot' });
    await expect(save).toBeDisabled();
    const first = Object.fromEntries(READINESS_ASSESSMENT.categories.map((c) => [c.items[0]!.id, 4]));
    const second = { ...first, 'feature-completeness': 7, 'cash-flow-management': 2 };
    const change = compareSnapshots(
      READINESS_ASSESSMENT,
      createSnapshot(READINESS_ASSESSMENT, first, new Date('2026-01-01T00:00:00Z')),
      createSnapshot(READINESS_ASSESSMENT, second, new Date('2026-04-01T00:00:00Z')),
    );
    await fill(page, READINESS_ASSESSMENT, first);
    await save.click();
    await expect(page.getByText(/Snapshot saved/)).toBeVisible();
    await expect(page.getByText(/Save another snapshot later/)).toBeVisible();

    await fill(page, READINESS_ASSESSMENT, second);
    await save.click();
    const table = page.getByRole('table', { name: /Change from/ });
    await expect(table).toBeVisible();
    const row = (label: string) => table.locator(`tr:has(th:text-is("${label}"))`);
    // Product Maturity goes up, Financial Health down (a 2 joins the 4), the rest stay.
    for (const c of change.categories) await expect(row(c.label)).toContainText(formatChange(c.change));
    expect(change.categories.map((c) => Math.sign(c.change!))).toEqual([1, 0, 0, -1, 0]);
    await expect(row('Overall')).toContainText(formatChange(change.overall.change));
    await expect(page.getByRole('figure', { name: 'Scores over time' })).toBeVisible();

    page.once('dialog', (d) => void d.accept());
    await page
      .getByRole('button', { name: /Delete the snapshot/ })
      .first()
      .click();
    await expect(table).toHaveCount(0);
    await page.reload();
    await waitForTool(page);
    await expect(page.getByRole('button', { name: /Delete the snapshot/ })).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('explains a score that is not a whole number from 0 to 10', async ({ page, errors }) => {
    await page.goto(readinessUrl);
    await waitForTool(page);
    const box = page.getByLabel('Quality control', { exact: true });
    await box.fill('12');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Must be at most 10.')).toBeVisible();
    await box.fill('6.5');
    await expect(page.getByText('Must be a whole number.')).toBeVisible();
    await box.fill('6');
    await expect(box).not.toHaveAttribute('aria-invalid', 'true');
    await expect(result(page, 'Operations Maturity')).toContainText(score(6, 10));
    expect(errors).toEqual([]);
  });
});

test.describe('strategy assessment', () => {
  test('scores the overall out of 100', async ({ page, errors }) => {
    const answers = answersFor(STRATEGY_ASSESSMENT, (i) => (i * 7) % 11);
    const expected = scoreStrategy(answers);
    await page.goto(strategyUrl);
    await waitForTool(page);
    // Three categories blank: no overall (not "100/100" from one category), and the blank ones named.
    await fill(page, STRATEGY_ASSESSMENT, { 'growth-planning': 10 });
    await expect(result(page, 'Overall scaling score')).toContainText('Needs at least one score in');
    await expect(result(page, 'Overall scaling score')).not.toContainText('100/100');
    const four = { 'growth-planning': 6, 'risk-management': 9, 'data-architecture': 4, 'hiring-strategy': 7, 'quality-systems': 5 };
    await fill(page, STRATEGY_ASSESSMENT, four);
    await expect(result(page, 'Overall scaling score')).toContainText(score(scoreStrategy(four).overall.score!, 100));
    await expect(result(page, 'Overall scaling score')).toContainText('5 of 16 answered');
    await fill(page, STRATEGY_ASSESSMENT, answers);
    // All sixteen answered: points ÷ 160 × 100, as the workshop states.
    expect(expected.overall.score).toBeCloseTo((expected.points / 160) * 100, 9);
    await expect(result(page, 'Overall scaling score')).toContainText(score(expected.overall.score!, 100));
    await expect(result(page, 'Overall scaling score')).toContainText('All 16 items answered');
    await expect(page.locator('.as-band')).toContainText(expected.overall.band!.label);
    expect(errors).toEqual([]);
  });
});

test.describe('handbook links', () => {
  for (const [url, def] of [
    [readinessUrl, READINESS_ASSESSMENT],
    [strategyUrl, STRATEGY_ASSESSMENT],
  ] as const) {
    test(`every link the ${def.id} scorer shows opens an existing page and heading`, async ({ page, errors }) => {
      // Twenty-odd fills and page requests: more than the default 30 s on a busy machine.
      test.setTimeout(90_000);
      await page.goto(url);
      await waitForTool(page);
      // Score one item at a time, so each item's own link appears as the only gap.
      const hrefs = new Set<string>();
      const gaps = page.getByRole('region', { name: 'Critical gaps' }).getByRole('listitem');
      for (const item of def.categories.flatMap((c) => c.items)) {
        const box = page.getByLabel(item.label, { exact: true });
        await box.fill('1');
        await expect(gaps).toContainText(item.label);
        for (const a of await page.locator('.kit-tool a[href^="/"]').all()) hrefs.add((await a.getAttribute('href'))!);
        await box.fill('');
      }
      // And each band's link.
      for (const v of ['2', '6', '8', '10']) {
        for (const item of def.categories.flatMap((c) => c.items)) await page.getByLabel(item.label, { exact: true }).fill(v);
        for (const a of await page.locator('.as-band a[href^="/"]').all()) hrefs.add((await a.getAttribute('href'))!);
      }
      expect(hrefs.size).toBeGreaterThan(5);
      for (const href of hrefs) {
        const [path, anchor] = href.split('#');
        const res = await page.request.get(path!);
        expect(res.status(), href).toBe(200);
        if (anchor) expect(await res.text(), href).toContain(`id="${anchor}"`);
      }
      expect(errors).toEqual([]);
    });
  }
});

test.describe('an assessment share link', () => {
  test('carries that assessment alone, and accepting it leaves the other assessment as it was', async ({ page, browser }) => {
    test.setTimeout(90_000);
    const readinessItem = READINESS_ASSESSMENT.categories[0]!.items[0]!.label;
    const strategyItem = STRATEGY_ASSESSMENT.categories[0]!.items[0]!.label;
    await page.goto(readinessUrl);
    await waitForTool(page);
    await page.getByLabel(readinessItem, { exact: true }).fill('9');
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.locator('.kit-share input').inputValue();

    await checkShareLink(browser, readinessUrl, link, { label: readinessItem, mine: '2', shared: '9' }, async (fresh) => {
      // The other assessment, scored before the link was opened, is untouched.
      await fresh.goto(strategyUrl);
      await waitForTool(fresh);
      await fresh.getByLabel(strategyItem, { exact: true }).fill('4');
      await fresh.goto(link);
      await fresh.reload();
      await waitForTool(fresh);
      await expect(fresh.getByText(/You opened a share link/)).toHaveCount(0);
      await fresh.goto(strategyUrl);
      await waitForTool(fresh);
      await expect(fresh.getByLabel(strategyItem, { exact: true })).toHaveValue('4');
      await fresh.goto(readinessUrl);
      await waitForTool(fresh);
    });
  });
});
