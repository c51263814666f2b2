/**
 * The shape of a 30/60/90-day onboarding plan. Plans are data (one file per role family under
 * `src/data/onboarding/plans/`); this schema checks their structure, and `validate.ts` adds the
 * rules that span fields (due offsets inside their phase, unique ids, links that resolve).
 */
import * as z from 'zod/mini';

/** Who does a task: the new hire, their manager, or their onboarding buddy. */
export const OWNERS = ['new-hire', 'manager', 'buddy'] as const;
/** The four phases of a plan, in order. */
export const PHASES = ['pre-start', 'days-1-30', 'days-31-60', 'days-61-90'] as const;
/** Where the metric a plan names comes from in the Scaling Strategy playbook. */
export const METRIC_SOURCES = [
  'north-star',
  'product',
  'engineering',
  'sales',
  'marketing',
  'customer-success',
  'unit-economics',
] as const;

/** Who does a task. */
export type Owner = (typeof OWNERS)[number];
/** One of the four phases. */
export type Phase = (typeof PHASES)[number];
/** Where in the playbook a metric comes from. */
export type MetricSource = (typeof METRIC_SOURCES)[number];

/** Inclusive range of due offsets (days from the start date) a task in a phase may use. */
export interface PhaseWindow {
  firstOffsetDays: number;
  lastOffsetDays: number;
}

/**
 * Offsets count calendar days from the start date, which is day 0 and also "day 1" of the job.
 * So "days 1–30" are offsets 0..29, "days 31–60" are 30..59 and "days 61–90" are 60..89.
 * Pre-start tasks live in the two weeks before the start date: offsets −14..−1.
 */
export const PHASE_WINDOWS: Readonly<Record<Phase, PhaseWindow>> = {
  'pre-start': { firstOffsetDays: -14, lastOffsetDays: -1 },
  'days-1-30': { firstOffsetDays: 0, lastOffsetDays: 29 },
  'days-31-60': { firstOffsetDays: 30, lastOffsetDays: 59 },
  'days-61-90': { firstOffsetDays: 60, lastOffsetDays: 89 },
};

/** Headings for each phase, as pages and exports show them. */
export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  'pre-start': 'Before day one',
  'days-1-30': 'Days 1–30',
  'days-31-60': 'Days 31–60',
  'days-61-90': 'Days 61–90',
};

/** Labels for task owners. */
export const OWNER_LABELS: Readonly<Record<Owner, string>> = {
  'new-hire': 'New hire',
  manager: 'Manager',
  buddy: 'Buddy',
};

/** The phase whose window holds an offset, or null when the offset is outside every window. */
export function phaseForOffset(offsetDays: number): Phase | null {
  if (!Number.isInteger(offsetDays)) return null;
  for (const phase of PHASES) {
    const w = PHASE_WINDOWS[phase];
    if (offsetDays >= w.firstOffsetDays && offsetDays <= w.lastOffsetDays) return phase;
  }
  return null;
}

/** Lowercase words joined by single hyphens: the form of every id that ends up in a URL or a share link. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const textError = (iss: { input?: unknown }) => (iss.input === undefined ? 'is missing' : 'must be text');

const slug = z
  .string({ error: textError })
  .check(z.regex(SLUG_PATTERN, { error: 'must be lowercase words joined by hyphens, e.g. "first-week"' }));

const text = (max: number) =>
  z
    .string({ error: textError })
    .check(z.trim(), z.minLength(1, { error: 'must not be empty' }), z.maxLength(max, { error: `must be at most ${max} characters` }));

/** A task id or plan id: a slug of at most 64 characters. */
export const idSchema = slug.check(z.maxLength(64, { error: 'must be at most 64 characters' }));

// The plan schemas below are built on first use (`z.lazy`): the build and the tests validate plans, the
// browser only loads the module for its constants and never pays for building them.

/** A link to a page of the handbook, optionally with an anchor: "/playbooks/scaling-strategy/#…". */
export const linkSchema = z.lazy(() =>
  z.strictObject({
    label: text(80),
    href: z
      .string({ error: textError })
      .check(z.regex(/^\/[^\s?]*$/, { error: 'must be a site path starting with "/" (no spaces or query)' })),
  }),
);

const oneOf = (values: readonly string[]) => (iss: { input?: unknown }) =>
  iss.input === undefined ? 'is missing' : `must be one of ${values.join(', ')}`;

/** One onboarding task. `track` limits it to people on one specialization of the role family. */
export const taskSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    title: text(120),
    detail: text(700),
    owner: z.enum(OWNERS, { error: oneOf(OWNERS) }),
    phase: z.enum(PHASES, { error: oneOf(PHASES) }),
    // z.int rejects 1.5 as well as "3"; the message tells the two apart.
    dueOffsetDays: z.int({
      error: (iss) =>
        iss.input === undefined ? 'is missing' : typeof iss.input === 'number' ? 'must be a whole number of days' : 'must be a number of days',
    }),
    links: z._default(z.array(linkSchema), []),
    track: z.optional(slug),
  }),
);

/** A specialization inside a role family (e.g. AE within sales); tasks may carry its id. */
export const trackSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    label: text(60),
    description: text(300),
  }),
);

/** A metric the role owns, named exactly as the playbook names it, linked to its glossary entry. */
export const metricRefSchema = z.lazy(() =>
  z.strictObject({
    name: text(80),
    href: z.string({ error: textError }),
    source: z.enum(METRIC_SOURCES, { error: oneOf(METRIC_SOURCES) }),
    target: z.optional(text(60)),
  }),
);

const goals = () => z.array(text(300)).check(z.minLength(1, { error: 'needs at least one goal' }));

/** A whole 30/60/90-day plan for one role family. */
export const planSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    /** Position on the onboarding landing page. */
    order: z.int({ error: (iss) => (typeof iss.input === 'number' ? 'must be a whole number' : 'must be a number') }),
    title: text(80),
    summary: text(400),
    /** Who the plan is for, in one or two sentences. */
    audience: text(400),
    tracks: z._default(z.array(trackSchema), []),
    metrics: z.array(metricRefSchema).check(z.minLength(1, { error: 'needs at least one metric' })),
    goals: z.strictObject({
      'pre-start': goals(),
      'days-1-30': goals(),
      'days-31-60': goals(),
      'days-61-90': goals(),
    }),
    tasks: z.array(taskSchema).check(z.minLength(1, { error: 'needs at least one task' })),
  }),
);

const months = () => z.number().check(z.positive(), z.maximum(24));

/** Ramp assumption for a role family or one of its tracks (months until fully productive). */
export const rampAssumptionSchema = z.lazy(() =>
  z
    .strictObject({
      roleId: idSchema,
      track: z.optional(idSchema),
      role: text(80),
      minRampMonths: months(),
      typicalRampMonths: months(),
      maxRampMonths: months(),
      rampedMeans: text(300),
    })
    .check(
      z.refine((r) => r.minRampMonths <= r.typicalRampMonths && r.typicalRampMonths <= r.maxRampMonths, {
        error: 'months must satisfy min ≤ typical ≤ max',
      }),
    ),
);

/** A link to a handbook page. */
export type Link = z.output<typeof linkSchema>;
/** A task as validated (links defaulted). */
export type Task = z.output<typeof taskSchema>;
/** A task as written in a plan file. */
export type TaskInput = z.input<typeof taskSchema>;
/** A specialization inside a role family. */
export type Track = z.output<typeof trackSchema>;
/** A metric a plan's role owns. */
export type MetricRef = z.output<typeof metricRefSchema>;
/** A validated plan. */
export type Plan = z.output<typeof planSchema>;
/** A plan as written in a plan file. */
export type PlanInput = z.input<typeof planSchema>;
/** Ramp months for a role family or track. */
export type RampAssumption = z.output<typeof rampAssumptionSchema>;

/**
 * Helper for plan files: gives editors type checking and completion while writing a plan, and fills in
 * what the schema defaults (no tracks, no links), so a plan file's export is the plan as validated. The
 * build validates every plan; the browser uses the exports as they are (a unit test holds the two equal).
 */
export function definePlan(plan: PlanInput): Plan {
  return { ...plan, tracks: plan.tracks ?? [], tasks: plan.tasks.map((t) => ({ ...t, links: t.links ?? [] })) };
}
