/**
 * How long each role takes to ramp, and what "ramped" means for it.
 *
 * THESE ARE THE HANDBOOK'S ASSUMPTIONS, NOT FIGURES FROM THE PLAYBOOK: the Scaling Strategy
 * playbook states no ramp times. They are starting points for the scale model and the manager
 * guide; the Stage 4 guide asks for a hiring plan "based on validated ramp times", so replace them
 * with your own measured ramp as soon as you have it.
 */
import { rampAssumptionSchema, type RampAssumption } from '../../lib/onboarding';

/** Marks every figure in this file as an assumption of the handbook (show it next to the numbers). */
export const RAMP_BASIS = 'handbook-assumption' as const;

/** The sentence to show wherever these ramp figures appear. */
export const RAMP_DISCLAIMER =
  'Ramp times are the handbook’s assumptions, not figures from the playbook. Replace them with the ramp times you have validated.';

const entries: RampAssumption[] = [
  {
    roleId: 'engineering',
    role: 'Engineer',
    minRampMonths: 3,
    typicalRampMonths: 4,
    maxRampMonths: 6,
    rampedMeans: 'Ships roadmap work through the release process without close guidance, reviews others’ code and takes a full on-call shift.',
  },
  {
    roleId: 'engineering',
    track: 'platform',
    role: 'Platform engineer',
    minRampMonths: 3,
    typicalRampMonths: 4,
    maxRampMonths: 5,
    rampedMeans: 'Owns a service end to end: changes, reviews, releases and its alerts.',
  },
  {
    roleId: 'engineering',
    track: 'ai-ml',
    role: 'AI/ML engineer',
    minRampMonths: 3,
    typicalRampMonths: 4,
    maxRampMonths: 6,
    rampedMeans: 'Changes a model or prompt pipeline and proves its effect on AI response time, quality and cost.',
  },
  {
    roleId: 'engineering',
    track: 'devops',
    role: 'DevOps engineer',
    minRampMonths: 2,
    typicalRampMonths: 3,
    maxRampMonths: 4,
    rampedMeans: 'Carries primary on-call alone and changes infrastructure through the pipeline, not by hand.',
  },
  {
    roleId: 'engineering',
    track: 'qa',
    role: 'QA engineer',
    minRampMonths: 2,
    typicalRampMonths: 2,
    maxRampMonths: 3,
    rampedMeans: 'Owns the quality gate for a release and keeps the automated suite trusted.',
  },
  {
    roleId: 'product-design',
    role: 'Product and design',
    minRampMonths: 2,
    typicalRampMonths: 3,
    maxRampMonths: 4,
    rampedMeans: 'Owns an area of the product: its backlog or designs, its OKRs and the metrics that show whether it works.',
  },
  {
    roleId: 'product-design',
    track: 'product',
    role: 'Product manager',
    minRampMonths: 3,
    typicalRampMonths: 3,
    maxRampMonths: 4,
    rampedMeans: 'Sets an area’s priorities with the prioritization framework and writes its quarterly roadmap items and OKRs.',
  },
  {
    roleId: 'product-design',
    track: 'design',
    role: 'Product designer',
    minRampMonths: 2,
    typicalRampMonths: 2,
    maxRampMonths: 3,
    rampedMeans: 'Designs a feature end to end within the design system, tested with users, without a lead reviewing every step.',
  },
  {
    roleId: 'product-design',
    track: 'research',
    role: 'User researcher',
    minRampMonths: 2,
    typicalRampMonths: 3,
    maxRampMonths: 3,
    rampedMeans: 'Plans and runs studies that answer roadmap questions, and the team acts on the findings.',
  },
  {
    roleId: 'sales',
    role: 'Sales',
    minRampMonths: 2,
    typicalRampMonths: 3,
    maxRampMonths: 5,
    rampedMeans: 'Works at full quota for the role with a clean, forecastable pipeline in the CRM.',
  },
  {
    roleId: 'sales',
    track: 'sdr',
    role: 'Sales development rep (SDR)',
    minRampMonths: 2,
    typicalRampMonths: 2,
    maxRampMonths: 3,
    rampedMeans: 'Books a full month’s quota of BANT-qualified meetings that AEs accept.',
  },
  {
    roleId: 'sales',
    track: 'ae',
    role: 'Account executive (AE)',
    minRampMonths: 3,
    typicalRampMonths: 4,
    maxRampMonths: 5,
    rampedMeans: 'Carries full quota, closing from their own pipeline with 3x coverage.',
  },
  {
    roleId: 'sales',
    track: 'am',
    role: 'Account manager (AM)',
    minRampMonths: 2,
    typicalRampMonths: 3,
    maxRampMonths: 4,
    rampedMeans: 'Owns a full book of accounts: renewals, QBRs and an expansion pipeline.',
  },
  {
    roleId: 'marketing',
    role: 'Marketer',
    minRampMonths: 2,
    typicalRampMonths: 3,
    maxRampMonths: 4,
    rampedMeans: 'Runs a program or channel from the content calendar to measured results: leads scored, MQLs passed to sales, cost per lead known.',
  },
  {
    roleId: 'customer-success',
    role: 'Customer success',
    minRampMonths: 1,
    typicalRampMonths: 2,
    maxRampMonths: 4,
    rampedMeans: 'Handles a full load of customers or tickets, watching health scores and escalating only what needs it.',
  },
  {
    roleId: 'customer-success',
    track: 'onboarding',
    role: 'Onboarding specialist',
    minRampMonths: 2,
    typicalRampMonths: 2,
    maxRampMonths: 3,
    rampedMeans: 'Takes a full load of new customers from kickoff to first value within the onboarding program’s time to value.',
  },
  {
    roleId: 'customer-success',
    track: 'support',
    role: 'Support specialist',
    minRampMonths: 1,
    typicalRampMonths: 1,
    maxRampMonths: 2,
    rampedMeans: 'Works the full email and chat queue at target response times and escalates rarely.',
  },
  {
    roleId: 'customer-success',
    track: 'account-management',
    role: 'Customer success account manager',
    minRampMonths: 2,
    typicalRampMonths: 3,
    maxRampMonths: 4,
    rampedMeans: 'Owns a book of accounts: health scores, QBRs, renewals and expansion.',
  },
  {
    roleId: 'operations',
    role: 'Operations',
    minRampMonths: 2,
    typicalRampMonths: 2,
    maxRampMonths: 4,
    rampedMeans: 'Runs their part of the monthly operating cycle without handholding.',
  },
  {
    roleId: 'operations',
    track: 'finance',
    role: 'Finance',
    minRampMonths: 2,
    typicalRampMonths: 2,
    maxRampMonths: 3,
    rampedMeans: 'Runs the monthly financial review and the budget vs. actuals report alone.',
  },
  {
    roleId: 'operations',
    track: 'people',
    role: 'HR and people',
    minRampMonths: 2,
    typicalRampMonths: 2,
    maxRampMonths: 3,
    rampedMeans: 'Runs hiring and onboarding for a department against the hiring plan.',
  },
  {
    roleId: 'operations',
    track: 'legal',
    role: 'Legal and compliance',
    minRampMonths: 2,
    typicalRampMonths: 3,
    maxRampMonths: 4,
    rampedMeans: 'Owns SOC 2 evidence, contracts and GDPR/CCPA requests without escalation.',
  },
  {
    roleId: 'people-managers',
    role: 'People manager',
    minRampMonths: 3,
    typicalRampMonths: 4,
    maxRampMonths: 6,
    rampedMeans: 'Runs the team’s operating rhythm, 1:1s and hiring plan; the team’s KPIs are reported on time and trusted.',
  },
];

/** Every ramp assumption: checked by the server render (a bad entry fails the build), taken as written in the browser. */
// `?.`: outside Vite (the browser tests import plan files directly) there is no `import.meta.env`; validate there.
export const RAMP_ASSUMPTIONS: readonly RampAssumption[] = import.meta.env?.SSR !== false ? entries.map((e) => rampAssumptionSchema.parse(e)) : entries;

/** The ramp for a role family, or for one of its tracks when the handbook has one (else the family's). */
export function rampFor(roleId: string, track?: string | null): RampAssumption | null {
  const own = track ? RAMP_ASSUMPTIONS.find((r) => r.roleId === roleId && r.track === track) : undefined;
  return own ?? RAMP_ASSUMPTIONS.find((r) => r.roleId === roleId && r.track === undefined) ?? null;
}

/** A ramp range in words, e.g. "3–5 months" or "1–2 months". */
export function rampRangeText(ramp: RampAssumption): string {
  return ramp.minRampMonths === ramp.maxRampMonths
    ? `${ramp.minRampMonths} months`
    : `${ramp.minRampMonths}–${ramp.maxRampMonths} months`;
}

/** One sentence for a plan's 90-day check-in: every ramp the handbook assumes for the role family. */
export function rampSentence(roleId: string): string {
  const family = RAMP_ASSUMPTIONS.filter((r) => r.roleId === roleId);
  const tracks = family.filter((r) => r.track !== undefined);
  const shown = tracks.length > 0 ? tracks : family;
  const list = shown.map((r) => `${r.role} ${rampRangeText(r)}`).join('; ');
  return `Compare progress with the ramp the handbook assumes (an assumption, not a playbook figure): ${list}.`;
}
