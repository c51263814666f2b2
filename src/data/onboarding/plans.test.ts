import fc from 'fast-check';
import {
  HANDBOOK_PATHS,
  OWNERS,
  PHASES,
  addDaysIso,
  createTracker,
  glossaryHref,
  decodeProgress,
  encodeProgress,
  isWeekendIso,
  planSchedule,
  progress,
  setTaskDone,
  rampAssumptionSchema,
  validatePlan,
  type Plan,
} from '../../lib/onboarding';
import { badPlan } from '../../lib/onboarding/fixtures/bad-plan';
import { samplePlanInput } from '../../lib/onboarding/fixtures/sample-plan';
import {
  PLAYBOOK_METRICS,
  RAMP_ASSUMPTIONS,
  RAMP_BASIS,
  getPlan,
  inPageOrder,
  knownPathsFor,
  loadPlans,
  onboardingPlanIds,
  onboardingPlans,
  rampFor,
  rampRangeText,
} from './index';
import { getMetric } from '../glossary/metrics';

const modules = import.meta.glob<unknown>('./plans/*.ts', { eager: true, import: 'default' });
const ROLE_FAMILIES = ['engineering', 'product-design', 'sales', 'marketing', 'customer-success', 'operations', 'people-managers'];

/** Each way a person can follow a plan: without a track, and on each of its tracks. */
const variants = (plan: Plan): (string | undefined)[] => [undefined, ...plan.tracks.map((t) => t.id)];

describe('every real plan', () => {
  // The known paths are the handbook's planned URL list plus one page per role family.
  const known = knownPathsFor(Object.values(modules).map((m) => (m as { id: string }).id));

  it.each(Object.entries(modules))('%s is valid', (_file, plan) => {
    const result = validatePlan(plan, known);
    expect(result.issues.map((i) => i.message)).toEqual([]);
  });

  it('covers the seven role families, in page order, and nothing else', () => {
    expect(onboardingPlanIds).toEqual(ROLE_FAMILIES);
    expect(new Set(onboardingPlans.map((p) => p.order)).size).toBe(onboardingPlans.length);
    expect(getPlan('sales')?.title).toBe('Sales');
    expect(getPlan('nobody')).toBeUndefined();
  });

  it.each(ROLE_FAMILIES)('%s gives every person 20–30 tasks across all four phases', (id) => {
    const plan = getPlan(id) as Plan;
    for (const track of plan.tracks.length > 0 ? variants(plan).slice(1) : [undefined]) {
      const schedule = planSchedule(plan, '2025-03-03', track);
      expect(schedule?.tasks.length).toBeGreaterThanOrEqual(20);
      expect(schedule?.tasks.length).toBeLessThanOrEqual(30);
      for (const p of schedule?.phases ?? []) expect(p.tasks.length, `${id}/${track ?? '-'}/${p.phase}`).toBeGreaterThan(0);
    }
  });

  it.each(ROLE_FAMILIES)('%s has work for the new hire, the manager and the buddy, and all three check-ins', (id) => {
    const plan = getPlan(id) as Plan;
    for (const owner of OWNERS) expect(plan.tasks.some((t) => t.owner === owner)).toBe(true);
    expect(plan.tasks.filter((t) => t.phase === 'pre-start').map((t) => t.owner)).toEqual(
      expect.arrayContaining(['manager', 'buddy', 'new-hire']),
    );
    const checkIns = plan.tasks.filter((t) => t.id.startsWith('check-in-')).map((t) => [t.id, t.owner, t.dueOffsetDays]);
    expect(checkIns).toEqual([
      ['check-in-30', 'manager', 29],
      ['check-in-60', 'manager', 59],
      ['check-in-90', 'manager', 89],
    ]);
  });

  it.each(ROLE_FAMILIES)('%s names its metrics exactly as the playbook and links each to the glossary', (id) => {
    const plan = getPlan(id) as Plan;
    const bySlug = Object.entries(PLAYBOOK_METRICS);
    for (const m of plan.metrics) {
      const entry = bySlug.find(([, e]) => e.name === m.name);
      expect(entry, m.name).toBeDefined();
      expect(m.href).toBe(glossaryHref(entry?.[0] ?? ''));
    }
  });

  it('links only to anchors the metrics glossary has', () => {
    const prefix = '/reference/metrics-glossary/#';
    const hrefs = onboardingPlans.flatMap((p) => [...p.metrics.map((m) => m.href), ...p.tasks.flatMap((t) => t.links.map((l) => l.href))]);
    const anchors = [...new Set(hrefs.filter((h) => h.startsWith(prefix)).map((h) => h.slice(prefix.length)))];
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) expect(getMetric(anchor), anchor).toBeDefined();
  });

  it('gives each function the KPIs the playbook lists for it', () => {
    const kpis = (source: string) =>
      Object.values(PLAYBOOK_METRICS)
        .filter((m) => m.source === source)
        .map((m) => m.name);
    const names = (id: string) => getPlan(id)?.metrics.map((m) => m.name);
    expect(names('engineering')).toEqual(kpis('engineering'));
    expect(names('product-design')).toEqual(kpis('product'));
    expect(names('sales')).toEqual(kpis('sales'));
    expect(names('marketing')).toEqual(kpis('marketing'));
    // Time to value is listed under both Product and Customer Success.
    expect(names('customer-success')).toEqual([...kpis('customer-success'), 'Time to value']);
    expect(names('operations')).toEqual(kpis('unit-economics'));
    expect(names('people-managers')).toEqual(kpis('north-star'));
  });

  it('shares the common tasks across every plan under the same ids', () => {
    const common = ['welcome-note', 'choose-buddy', 'accounts-and-equipment', 'buddy-hello', 'day-one-plan-review', 'core-values', 'operating-rhythm', 'onboarding-feedback'];
    for (const plan of onboardingPlans) expect(plan.tasks.map((t) => t.id)).toEqual(expect.arrayContaining(common));
  });

  it('teaches all six core values', () => {
    const values = ['Customer Obsession', 'Innovation', 'Excellence', 'Collaboration', 'Integrity', 'Growth Mindset'];
    for (const plan of onboardingPlans) {
      const detail = plan.tasks.find((t) => t.id === 'core-values')?.detail ?? '';
      for (const v of values) expect(detail).toContain(v);
    }
  });

  it('writes titles without a full stop and details as sentences', () => {
    for (const plan of onboardingPlans) {
      for (const task of plan.tasks) {
        expect(task.title, `${plan.id}/${task.id}`).not.toMatch(/\.$/);
        expect(task.detail, `${plan.id}/${task.id}`).toMatch(/[.?]$/);
      }
    }
  });

  it('links only to the handbook’s planned pages', () => {
    const onboardingPages = ROLE_FAMILIES.map((id) => `/onboarding/${id}/`);
    for (const plan of onboardingPlans) {
      for (const href of plan.tasks.flatMap((t) => t.links.map((l) => l.href))) {
        const path = href.split('#')[0] ?? '';
        expect([...HANDBOOK_PATHS, ...onboardingPages], href).toContain(path);
      }
    }
  });
});

describe('what the browser gets', () => {
  // The browser takes the plan files' exports without validating them: they must be the validated plans.
  const modules = import.meta.glob<Plan>(['./plans/*.ts', '!./plans/*.test.ts'], { eager: true, import: 'default' });
  it('the plan files, as written, are the plans as validated, in the same order', () => {
    expect(inPageOrder(Object.values(modules).map((p) => structuredClone(p)))).toStrictEqual(loadPlans(modules));
  });
  it('the ramp entries, as written, are the entries as validated', () => {
    for (const r of RAMP_ASSUMPTIONS) expect(rampAssumptionSchema.parse(structuredClone(r))).toStrictEqual(r);
  });
});

describe('loadPlans', () => {
  it('refuses an invalid plan file with every message, naming the file', () => {
    expect(() => loadPlans({ './plans/broken-plan.ts': badPlan })).toThrow(
      /\.\/plans\/broken-plan\.ts:\n {2}Plan "broken-plan", field "summary": must not be empty\./,
    );
  });

  it('refuses a plan whose file name is not its id', () => {
    expect(() => loadPlans({ './plans/other-name.ts': samplePlanInput })).toThrow(
      'Plan "sample", field "id": must match the file name ("other-name").',
    );
  });

  it('sorts plans by their order', () => {
    const second = { ...samplePlanInput, id: 'second', order: 0 };
    expect(loadPlans({ './plans/sample.ts': samplePlanInput, './plans/second.ts': second }).map((p) => p.id)).toEqual([
      'second',
      'sample',
    ]);
  });
});

describe('ramp assumptions', () => {
  it('are labelled as the handbook’s assumptions', () => {
    expect(RAMP_BASIS).toBe('handbook-assumption');
  });

  it('cover every role family and every track', () => {
    for (const plan of onboardingPlans) {
      expect(RAMP_ASSUMPTIONS.some((r) => r.roleId === plan.id && r.track === undefined), plan.id).toBe(true);
      for (const track of plan.tracks) expect(rampFor(plan.id, track.id), `${plan.id}/${track.id}`).not.toBeNull();
    }
    for (const r of RAMP_ASSUMPTIONS) {
      expect(ROLE_FAMILIES).toContain(r.roleId);
      if (r.track) expect(getPlan(r.roleId)?.tracks.map((t) => t.id)).toContain(r.track);
    }
  });

  it('keep min ≤ typical ≤ max', () => {
    for (const r of RAMP_ASSUMPTIONS) {
      expect(r.minRampMonths).toBeLessThanOrEqual(r.typicalRampMonths);
      expect(r.typicalRampMonths).toBeLessThanOrEqual(r.maxRampMonths);
    }
  });

  it('give an AE 3–5 months and fall back to the family for a track without its own entry', () => {
    expect(rampRangeText(rampFor('sales', 'ae') ?? RAMP_ASSUMPTIONS[0]!)).toBe('3–5 months');
    expect(rampFor('marketing', 'demand-gen')).toEqual(rampFor('marketing'));
    expect(rampFor('astronaut')).toBeNull();
  });
});

describe('real plan properties', () => {
  const isoDate = fc.integer({ min: 0, max: 36_524 }).map((n) => addDaysIso('2000-01-01', n) as string);
  const planAndTrack = fc.constantFrom(...onboardingPlans).chain((plan) => fc.tuple(fc.constant(plan), fc.constantFrom(...variants(plan))));

  it('no real task is ever due on a weekend', () => {
    fc.assert(
      fc.property(planAndTrack, isoDate, ([plan, track], start) => {
        const schedule = planSchedule(plan, start, track);
        expect(schedule?.tasks.every((t) => !isWeekendIso(t.dueDate))).toBe(true);
        expect(schedule?.phases.map((p) => p.phase)).toEqual([...PHASES]);
      }),
      { numRuns: 200 },
    );
  });

  it('ticking tasks off never lowers progress, and the share link shows the same progress', () => {
    fc.assert(
      fc.property(planAndTrack, isoDate, isoDate, fc.nat(), fc.nat(), ([plan, track], start, today, seedA, seedB) => {
        const ids = plan.tasks.map((t) => t.id);
        const first = ids[seedA % ids.length] as string;
        const second = ids[seedB % ids.length] as string;
        const t0 = createTracker({ trackerId: `${plan.id}-1`, roleId: plan.id, startDate: start, track });
        const t1 = setTaskDone(t0, first, today);
        const t2 = setTaskDone(t1, second, today);
        const pct = (t: typeof t0) => progress(plan, t, today)?.overall.donePct ?? -1;
        expect(pct(t0)).toBe(0);
        expect(pct(t1)).toBeGreaterThanOrEqual(pct(t0));
        expect(pct(t2)).toBeGreaterThanOrEqual(pct(t1));
        expect(pct(t2)).toBeLessThanOrEqual(100);
        const shared = decodeProgress(encodeProgress(t2), getPlan);
        expect(shared.ok && shared.value.doneTaskIds).toEqual(Object.keys(t2.done).sort());
      }),
      { numRuns: 200 },
    );
  });
});
