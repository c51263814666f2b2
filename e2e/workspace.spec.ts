import { readFileSync } from 'node:fs';
import { expect, test, waitForTool } from './fixtures';

test('saved items can be listed, exported, cleared and imported into another browser', async ({ page, browser }) => {
  await page.goto('/tools/unit-economics/');
  await waitForTool(page);
  await page.getByLabel('ARPA per month').fill('321');

  await page.goto('/tools/workspace/');
  await waitForTool(page);
  await expect(page.getByRole('rowheader', { name: 'Unit economics' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all' }).click();
  const file = await (await download).path();
  const exported = readFileSync(file, 'utf8');
  expect(JSON.parse(exported).format).toBe('scale-handbook/workspace');

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page.getByText('Nothing saved yet.')).toBeVisible();

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/tools/workspace/');
  await waitForTool(fresh);
  await fresh.getByLabel('Import…').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(fresh.getByText(/Imported 1 saved item/)).toBeVisible();
  await fresh.goto('/tools/unit-economics/');
  await waitForTool(fresh);
  await expect(fresh.getByLabel('ARPA per month')).toHaveValue('321');

  await fresh.goto('/tools/workspace/');
  await waitForTool(fresh);
  await fresh.getByLabel('Import…').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nope"}') });
  await expect(fresh.getByText(/not a valid export/)).toBeVisible();
  await other.close();
});

test('an import with an entry of the wrong shape is refused by name; unknown keys are asked about', async ({ page }) => {
  await page.goto('/tools/unit-economics/');
  await waitForTool(page);
  await page.getByLabel('ARPA per month').fill('321');
  const file = (entries: Record<string, string>) =>
    Buffer.from(JSON.stringify({ format: 'scale-handbook/workspace', version: 1, exportedAt: '2026-12-01T00:00:00Z', entries }));

  await page.goto('/tools/workspace/');
  await waitForTool(page);
  await page.getByLabel('Import…').setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: file({ 'scale-handbook:unit-economics:v1': '{"arpaMonthlyUsd":"lots"}' }) });
  await expect(page.getByText(/don't match what their tool saves: “Unit economics”/)).toBeVisible();

  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await page.getByLabel('Import…').setInputFiles({ name: 'odd.json', mimeType: 'application/json', buffer: file({ 'scale-handbook:mystery-tool:v1': '{}' }) });
  await expect(page.getByText(/Imported 0 saved items/)).toBeVisible();
  expect(asked.join()).toContain('mystery-tool');

  await page.goto('/tools/unit-economics/');
  await waitForTool(page);
  await expect(page.getByLabel('ARPA per month')).toHaveValue('321');
  expect(await page.evaluate(() => localStorage.getItem('scale-handbook:mystery-tool:v1'))).toBeNull();
});
