import { expect, search, test } from './fixtures';

test.describe('playbook and stage guide', () => {
  test('a transition checklist remembers its ticks across a reload', async ({ page }) => {
    await page.goto('/playbooks/scaling-strategy/stage-transitions/');
    const item = page.getByRole('checkbox', { name: 'Product-market fit validated' });
    await item.check();
    await page.getByRole('checkbox', { name: 'SOC 2 certified' }).check();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Product-market fit validated' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'SOC 2 certified' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Core processes documented' })).not.toBeChecked();
  });

  test('the Stage 4 exit criteria remember their ticks', async ({ page }) => {
    await page.goto('/guides/stage-4-scale-readiness/');
    await page.getByRole('checkbox', { name: 'Channel tiers defined' }).check();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Channel tiers defined' })).toBeChecked();
  });

  test('print hides navigation on a playbook page', async ({ page }) => {
    await page.goto('/playbooks/scaling-strategy/technical-scaling/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.header')).toBeHidden();
    await expect(page.locator('#starlight__sidebar')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Infrastructure Evolution' })).toBeVisible();
  });

  const headings = [
    { query: 'Unit Economics Evolution', filter: { group: 'Type', value: 'Playbook' }, url: /\/playbooks\/scaling-strategy\/financial-scaling\/\?highlight=.*#unit-economics-evolution$/ },
    { query: 'Enterprise Infrastructure', filter: { group: 'Stage', value: 'Stage 3' }, url: /\/playbooks\/scaling-strategy\/technical-scaling\/\?highlight=.*#stage-3-enterprise-infrastructure$/ },
  ];
  for (const { query, filter, url } of headings) {
    test(`search with the ${filter.value} filter finds “${query}” and lands on its heading`, async ({ page }) => {
      await page.goto('/');
      const dialog = await search(page, query, filter);
      await dialog.locator('.pagefind-ui__result-nested a', { hasText: query }).first().click();
      await expect(page).toHaveURL(url);
      await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
    });
  }
});
