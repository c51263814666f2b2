import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onboardingPlans } from './index';

const PAGES = join(process.cwd(), 'src/content/docs/onboarding');
const SECTION_PAGES = ['index.mdx', 'managers.mdx'];

describe('onboarding pages', () => {
  it.each(onboardingPlans.map((p) => [p.id, p] as const))('plan "%s" has its page, rendering it in landing-page order', (id, plan) => {
    const file = join(PAGES, `${id}.mdx`);
    expect(existsSync(file), `add src/content/docs/onboarding/${id}.mdx rendering <PlanView planId="${id}" />`).toBe(true);
    const mdx = readFileSync(file, 'utf8');
    expect(mdx).toContain(`<PlanView planId="${id}" />`);
    expect(mdx).toMatch(new RegExp(`^title: '${plan.title}: 30/60/90-day plan'$`, 'm'));
    expect(mdx).toMatch(new RegExp(`^  order: ${plan.order}$`, 'm'));
    expect(mdx).toMatch(/^type: onboarding$/m);
  });

  it('has no page for a plan that does not exist', () => {
    const ids = new Set(onboardingPlans.map((p) => `${p.id}.mdx`));
    const strays = readdirSync(PAGES).filter((f) => f.endsWith('.mdx') && !ids.has(f) && !SECTION_PAGES.includes(f));
    expect(strays).toEqual([]);
  });
});
