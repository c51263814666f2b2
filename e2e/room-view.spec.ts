import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { flattenItems, READINESS_ASSESSMENT } from '../src/lib/workshop/assessment/index';
import { emptyWorkshopState, exportWorkshopJson } from '../src/presets/workshop';
import { readRoomFiles, summarizeRoom } from '../src/presets/workshop-room';
import { formatNumber } from '../src/lib/format';

const url = '/workshops/day-29/room-view/';
const items = flattenItems(READINESS_ASSESSMENT).map((x) => x.item.id);

function participant(scores: number[], coreValue: string | null, at: string) {
  const state = emptyWorkshopState();
  scores.forEach((s, i) => (state.assessments.readiness.answers[items[i]!] = s));
  if (coreValue) state.worksheets.culture.fields['core-value-1'] = coreValue;
  return exportWorkshopJson(state, new Date(at));
}

const files = [
  { name: 'ana.json', text: participant([2, 8, 6, 4], 'Customers first', '2026-12-02T10:00:00Z') },
  { name: 'ben.json', text: participant([4, 9], 'Write it down', '2026-12-02T10:05:00Z') },
  { name: 'cy.json', text: participant([9, 3, 7], null, '2026-12-02T10:09:00Z') },
];
const asUpload = (f: { name: string; text: string }) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) });

test.describe('room view', () => {
  test.describe.configure({ timeout: 90_000 });

  test('reads several participants’ files, refuses others by name, counts a duplicate once, and exports Markdown', async ({ page }) => {
    await page.goto(url);
    const input = page.getByLabel('Participants’ exported files (JSON)');
    await input.scrollIntoViewIfNeeded();
    await page.locator('.room-view[data-hydrated]').waitFor();
    await input.setInputFiles([...files.map(asUpload), { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json') }]);
    await expect(page.getByRole('heading', { name: '3 participants' })).toBeVisible();
    await expect(page.getByText(/^notes\.txt:/)).toBeVisible();

    // The same file again, under another name: still three.
    await input.setInputFiles([{ ...asUpload(files[0]!), name: 'ana-copy.json' }]);
    await expect(page.getByText('ana-copy.json is the same export as ana.json: counted once.')).toBeVisible();
    await expect(page.getByRole('heading', { name: '3 participants' })).toBeVisible();

    const room = summarizeRoom(readRoomFiles(files).participants);
    const readiness = room.assessments[0]!;
    const category = readiness.categories[0]!;
    const catTable = page.getByRole('table', { name: `${readiness.title}: room average per category (out of 10; unanswered items left out)` });
    await expect(catTable.getByRole('row', { name: new RegExp(category.label) }).locator('td').first()).toHaveText(formatNumber(category.mean, 1));
    const item = readiness.items[0]!;
    const spread = page.getByRole('table', { name: `${readiness.title}: spread per item` }).getByRole('row').nth(1).locator('td');
    await expect(spread).toHaveText([
      formatNumber(item.spread.min, 0),
      formatNumber(item.spread.median, 1),
      formatNumber(item.spread.max, 0),
      `${item.spread.answered} of 3`,
    ]);
    const gaps = page.getByRole('heading', { name: 'Most common critical gaps' }).first().locator('xpath=..').getByRole('listitem');
    await expect(gaps.first()).toContainText(`${readiness.commonGaps[0]!.label}`);
    await expect(gaps.first()).toContainText(`${readiness.commonGaps[0]!.criticalCount} of 3`);

    const culture = page.getByRole('table', { name: /Answers to .*Culture/i });
    await expect(culture.getByRole('columnheader')).toHaveText(['Question', 'ana', 'ben', 'cy']);
    await expect(culture.getByRole('row').nth(1).locator('td')).toHaveText(['Customers first', 'Write it down', '—']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('day-29-room-view.md');

    const axe = await new AxeBuilder({ page }).include('.room-view').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('prints the room, not the controls', async ({ page }) => {
    await page.goto(url);
    const input = page.getByLabel('Participants’ exported files (JSON)');
    await input.scrollIntoViewIfNeeded();
    await page.locator('.room-view[data-hydrated]').waitFor();
    await input.setInputFiles(files.map(asUpload));
    await expect(page.getByRole('heading', { name: '3 participants' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Download Markdown' })).toBeHidden();
    await expect(page.locator('.room-drop')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Worksheet answers' })).toBeVisible();
  });
});
