/**
 * The scale plan's sections, one per tool, in document order. A section reads only its tool's saved
 * inputs and results from the context; null means the tool has nothing saved in this browser.
 */
import type { AssessmentResult } from '../workshop/assessment';
import type { ScalePlanContext } from './build';
import type { PlanFigure, ScalePlanSection, SectionSummary } from './types';
import { STAGE4_SECTIONS } from './sections-stage4';

const metric = (m: { value: number | null }) => m.value;

function assessmentSummary(result: AssessmentResult | null): SectionSummary | null {
  if (!result) return null;
  const figures: PlanFigure[] = [
    { label: 'Overall', value: result.overall.score, unit: 'score', max: result.overall.max, note: result.overall.band?.label ?? (result.overall.pending ? 'not all categories answered' : undefined) },
    { label: 'Items answered', value: result.answeredItems, unit: 'count', max: result.totalItems },
  ];
  return {
    figures,
    lists: [
      { label: 'Critical gaps', items: result.gaps.map((g) => `${g.label} (${g.score}/10)`) },
      { label: 'Strengths', items: result.strengths.map((g) => `${g.label} (${g.score}/10)`) },
    ].filter((l) => l.items.length > 0),
  };
}

/** Built-in sections: the Stage 4 decisions, hiring plan, unit economics, budget and infrastructure, both assessments. */
export const SCALE_PLAN_SECTIONS: readonly ScalePlanSection<ScalePlanContext>[] = [
  ...STAGE4_SECTIONS,
  {
    id: 'hiring-plan',
    title: 'Hiring plan',
    toolPath: '/tools/scale-model/',
    toolName: 'Scale model',
    summarize: ({ scaleModel, scaleModelResult: r, sensitivityTop }) => {
      if (!scaleModel || !r) return null;
      const ce = r.capitalEfficiency;
      return {
        figures: [
          { label: 'Headcount, month 12', value: r.totals.endingHeadcount, unit: 'fte' },
          { label: 'Hires over 12 months', value: r.totals.hires12, unit: 'fte' },
          { label: 'Ramped capacity, month 12', value: r.totals.endingCapacity, unit: 'fte' },
          { label: 'Cost over 12 months', value: r.totals.costUsd12, unit: 'usd' },
          { label: 'Cost in month 12', value: r.months[11]?.costUsd ?? null, unit: 'usd' },
          { label: 'Burn multiple', value: metric(ce.burnMultiple), unit: 'multiple', note: ce.burnMultipleBand ?? undefined },
          { label: 'Runway', value: metric(ce.runwayMonths), unit: 'months', note: ce.runwayMonths.value === null ? 'cash does not run out' : undefined },
          { label: 'CAC payback', value: metric(ce.cacPaybackMonths), unit: 'months' },
        ],
        lists: sensitivityTop.length ? [{ label: 'Most sensitive assumptions (12-month output, ±20%)', items: sensitivityTop }] : [],
      };
    },
  },
  {
    id: 'unit-economics',
    title: 'Unit economics',
    toolPath: '/tools/unit-economics/',
    toolName: 'Unit economics',
    summarize: ({ unitEconomics, unitEconomicsResult: r }) => {
      if (!unitEconomics || !r) return null;
      return {
        figures: [
          { label: 'CAC', value: r.cacUsd, unit: 'usd' },
          { label: 'LTV', value: r.ltvUsd, unit: 'usd', note: r.ltvUsd === null ? 'unbounded (zero churn)' : undefined },
          { label: 'LTV:CAC', value: r.ltvToCac, unit: 'ratio' },
          { label: 'CAC payback', value: r.paybackMonths, unit: 'months', note: r.paybackMonths === null ? 'never' : undefined },
          { label: 'Gross margin', value: unitEconomics.grossMarginPct, unit: 'pct' },
        ],
      };
    },
  },
  {
    id: 'budget-infrastructure',
    title: 'Budget and infrastructure',
    toolPath: '/tools/stage-planner/',
    toolName: 'Stage planner',
    summarize: ({ stagePlan, stagePlanResult: r }) => {
      if (!stagePlan || !r) return null;
      const lines = r.budget.ok ? r.budget.lines : [];
      return {
        figures: [
          { label: 'Budget for the year', value: stagePlan.budgetTotalUsd, unit: 'usd' },
          { label: 'Shares total', value: r.budget.ok ? r.budget.total.sumPct : null, unit: 'pct' },
          { label: 'Infrastructure a month', value: r.infrastructureCostMonthlyUsd, unit: 'usd' },
          { label: 'Cost per user a month', value: r.costPerUserMonthlyUsd, unit: 'usd' },
          { label: 'Cost per 1,000 interactions', value: r.costPer1000InteractionsUsd, unit: 'usd' },
          { label: 'First capacity limit', value: r.firstLimit?.limit.month ?? null, unit: 'month', note: r.firstLimit ? r.firstLimit.resource : 'not reached' },
          ...lines.map((l): PlanFigure => ({ label: `${l.category || 'Unnamed line'}, a year`, value: l.yearlyUsd, unit: 'usd' })),
        ],
      };
    },
  },
  {
    id: 'readiness',
    title: 'Scaling readiness assessment',
    toolPath: '/tools/readiness-assessment/',
    toolName: 'Readiness assessment',
    summarize: ({ readinessResult }) => assessmentSummary(readinessResult),
  },
  {
    id: 'strategy',
    title: 'Scaling strategy assessment',
    toolPath: '/tools/strategy-assessment/',
    toolName: 'Strategy assessment',
    summarize: ({ strategyResult }) => assessmentSummary(strategyResult),
  },
];
