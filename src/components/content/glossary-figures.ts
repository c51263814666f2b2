/** Figures the glossary shows beside a definition, worked out from the playbook's data at build time. */
import { infrastructureStages } from '../../data/playbook/infrastructure';
import { infrastructureFigures } from '../../lib/stage-planner/infrastructure';
import { formatNumber, formatPct, formatUsd } from '../../lib/format';

/** Worked figures for a metric, one line per stage; empty when the metric has none. */
export function workedFigures(metricId: string): string[] {
  const stages = infrastructureStages.map((s) => ({ stage: s.stage, capacity: s.capacity, figures: infrastructureFigures(s.capacity) }));
  switch (metricId) {
    case 'uptime':
      return stages.map(
        (s) =>
          `Stage ${s.stage}: ${formatPct(s.capacity.uptimePct, 1)} allows ${formatNumber(s.figures.downtimePerMonth?.minutes, 1)} minutes (${formatNumber(s.figures.downtimePerMonth?.hours, 2)} hours) of downtime in a 30-day month.`,
      );
    case 'infrastructure-cost-per-user':
      return stages.map(
        (s) =>
          `Stage ${s.stage}: ${formatUsd(s.figures.monthlyCostUsd)} a month for ${formatNumber(s.capacity.users, 0)} users is ${formatUsd(s.figures.costPerUserMonthlyUsd, { cents: true })} per user per month.`,
      );
    case 'cost-per-1000-interactions':
      return stages.map(
        (s) =>
          `Stage ${s.stage}: ${formatUsd(s.figures.monthlyCostUsd)} a month for ${formatNumber(s.capacity.interactionsPerMonth, 0)} interactions is ${formatUsd(s.figures.costPer1000InteractionsUsd, { cents: true })} per 1,000.`,
      );
    default:
      return [];
  }
}
