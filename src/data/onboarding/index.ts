/**
 * Registry of onboarding plans: every file in `./plans/` is one role family, so adding a role is
 * adding a file. Plans are validated when this module loads; an invalid plan fails the build with
 * messages naming the file, the task and the field.
 */
import {
  HANDBOOK_PATHS,
  formatPlanIssues,
  onboardingPlanPath,
  validatePlan,
  type Plan,
} from '../../lib/onboarding';

/** The pages plans may link to: the handbook's planned URLs plus one page per plan. */
export function knownPathsFor(planIds: readonly string[]): string[] {
  return [...HANDBOOK_PATHS, ...planIds.map(onboardingPlanPath)];
}

/**
 * Validate plan modules (file path → default export) and return the plans in page order.
 * Throws one error listing every problem, including a file whose name is not its plan's id.
 */
export function loadPlans(modules: Readonly<Record<string, unknown>>): Plan[] {
  const entries = Object.entries(modules);
  const ids = entries.flatMap(([, m]) =>
    typeof m === 'object' && m !== null && typeof (m as { id?: unknown }).id === 'string' ? [(m as { id: string }).id] : [],
  );
  const known = knownPathsFor(ids);
  const problems: string[] = [];
  const plans: Plan[] = [];
  for (const [file, module] of entries) {
    const result = validatePlan(module, known);
    if (!result.ok) {
      problems.push(`${file}:\n${formatPlanIssues(result.issues)}`);
      continue;
    }
    const expected = file.replace(/^.*\//, '').replace(/\.(ts|js|json)$/, '');
    if (expected !== result.plan.id) {
      problems.push(`${file}:\n  Plan "${result.plan.id}", field "id": must match the file name ("${expected}").`);
      continue;
    }
    plans.push(result.plan);
  }
  if (problems.length > 0) throw new Error(`Invalid onboarding plans:\n${problems.join('\n')}`);
  return inPageOrder(plans);
}

/** Plans in the order the landing page lists them. */
export function inPageOrder(plans: Plan[]): Plan[] {
  return plans.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

const modules = import.meta.glob<unknown>(['./plans/*.ts', '!./plans/*.test.ts'], { eager: true, import: 'default' });

/**
 * Every onboarding plan, in the order the landing page lists them. The server render validates them, so an
 * invalid plan fails the build; the browser gets the same modules, which `definePlan` has already made the
 * validated shape, and only orders them, leaving the validator out of the page.
 */
// `?.`: outside Vite (the browser tests import plan files directly) there is no `import.meta.env`; validate there.
export const onboardingPlans: readonly Plan[] = import.meta.env?.SSR !== false ? loadPlans(modules) : inPageOrder(Object.values(modules) as Plan[]);

/** The role ids (URL slugs) of every plan. */
export const onboardingPlanIds: readonly string[] = onboardingPlans.map((p) => p.id);

/** A plan by its role id, or undefined. Pass to `decodeProgress` and `importJson` as the plan lookup. */
export function getPlan(roleId: string): Plan | undefined {
  return onboardingPlans.find((p) => p.id === roleId);
}

export { PLAYBOOK_METRICS, metric, type MetricSlug } from './metrics';
export { RAMP_ASSUMPTIONS, RAMP_BASIS, RAMP_DISCLAIMER, rampFor, rampRangeText, rampSentence } from './ramp';
