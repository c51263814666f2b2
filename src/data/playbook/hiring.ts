/** The playbook's hiring principles and three-phase hiring timeline, figures as written. */
import { headcount, type Headcount } from '../../lib/stage-planner/headcount';
import type { FunctionGrowth, MonthlyHire } from '../../lib/stage-planner/hiring';

/** The five hiring principles. */
export const hiringPrinciples = [
  { name: 'Hire Ahead of Need', text: 'Recruit 3–6 months before critical need.' },
  { name: 'Quality Over Speed', text: 'Never compromise on talent quality.' },
  { name: 'Culture Fit', text: 'Assess values alignment and mission commitment.' },
  { name: 'Diverse Perspectives', text: 'Build diverse, inclusive teams.' },
  { name: 'Growth Mindset', text: 'Hire for potential and learning ability.' },
] as const;

// Recruiting lead time from the first principle, in months: in a module of its own, so a page that only needs
// this figure (the scale model's "add a role") does not load the hiring plans.
export { hireAheadMonths } from './hire-ahead';

/** A phase whose hires are listed month by month. */
export interface MonthlyPhase {
  id: string;
  name: string;
  monthsFrom: number;
  monthsTo: number;
  hires: readonly MonthlyHire[];
  statedTotal: Headcount;
}

/** A phase given as additions and end totals by function. */
export interface GrowthPhase {
  id: string;
  name: string;
  monthsFrom: number;
  monthsTo: number;
  growth: readonly FunctionGrowth[];
  statedTotal: Headcount;
}

/** Phase 1 (Months 1-6): Core Team — hires listed by month, in the order the playbook lists them. */
export const phase1: MonthlyPhase = {
  id: 'phase-1',
  name: 'Core Team',
  monthsFrom: 1,
  monthsTo: 6,
  hires: [
    { role: 'Engineers', fte: 2, month: 1, function: 'engineering' },
    { role: 'Engineers', fte: 2, month: 2, function: 'engineering' },
    { role: 'Product Manager', fte: 1, month: 1, function: 'product' },
    { role: 'Designer', fte: 1, month: 1, function: 'product' },
    { role: 'Marketing', fte: 0.5, month: 4, function: 'marketing' },
    { role: 'Sales', fte: 0.5, month: 5, function: 'sales' },
  ],
  statedTotal: headcount(8, 10),
};

/** Phase 2 (Months 7-18): Scaling Team — additions and end totals by function. */
export const phase2: GrowthPhase = {
  id: 'phase-2',
  name: 'Scaling Team',
  monthsFrom: 7,
  monthsTo: 18,
  growth: [
    { function: 'engineering', label: 'Engineering', added: 6, total: 12 },
    { function: 'product', label: 'Product', added: 3, total: 5 },
    { function: 'sales', label: 'Sales', added: 5, total: 6 },
    { function: 'marketing', label: 'Marketing', added: 3, total: 4 },
    { function: 'customer-success', label: 'Customer Success', added: 3, total: 3 },
    { function: 'operations', label: 'Operations', added: 1, total: 2 },
  ],
  statedTotal: headcount(30, 35),
};

/** Phase 3 (Months 19-36): Mature Team — additions and end totals by function. */
export const phase3: GrowthPhase = {
  id: 'phase-3',
  name: 'Mature Team',
  monthsFrom: 19,
  monthsTo: 36,
  growth: [
    { function: 'engineering', label: 'Engineering', added: 14, total: 26 },
    { function: 'product', label: 'Product', added: 4, total: 9 },
    { function: 'sales', label: 'Sales', added: 10, total: 16 },
    { function: 'marketing', label: 'Marketing', added: 5, total: 9 },
    { function: 'customer-success', label: 'Customer Success', added: 6, total: 9 },
    { function: 'operations', label: 'Operations', added: 4, total: 6 },
  ],
  statedTotal: headcount(75),
};

/** Leadership development: the pipeline, programs and succession planning. */
export const leadershipPipeline = ['Individual Contributors', 'Team Leads', 'Managers', 'Directors', 'VPs'] as const;
