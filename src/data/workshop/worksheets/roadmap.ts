/** Assessment & Scaling Planning: the "12-Month Scaling Roadmap" (SCALING EXECUTION PLAN). */
import { LINKS } from '../../../lib/workshop/links';
import { num, section, text, textSection } from '../../../lib/workshop/worksheets/build';
import type { SuccessMetric, WorksheetDefinition } from '../../../lib/workshop/worksheets/types';

/** The success metrics with a start and an end figure, in seed order. */
export const SUCCESS_METRICS: readonly SuccessMetric[] = [
  { id: 'team-size', label: 'Team size', unit: 'count' },
  { id: 'revenue', label: 'Revenue', unit: 'usd' },
  { id: 'customers', label: 'Customers', unit: 'count' },
];

/** The seed gives the roadmap no minutes, so it has no agenda segment. */
export const roadmapWorksheet: WorksheetDefinition = {
  id: 'roadmap',
  title: 'SCALING EXECUTION PLAN',
  heading: '12-Month Scaling Roadmap',
  exercise: 'assessment',
  segmentId: null,
  path: LINKS.workshopAssessment.href,
  sections: [
    textSection('months-1-3', 'Months 1-3: Foundation', [
      ['infrastructure-upgrades', 'Infrastructure upgrades'],
      ['key-leadership-hires', 'Key leadership hires'],
      ['process-documentation', 'Process documentation'],
      ['automation-implementation', 'Automation implementation'],
    ]),
    textSection('months-4-6', 'Months 4-6: Growth', [
      ['team-expansion', 'Team expansion'],
      ['system-optimization', 'System optimization'],
      ['compliance-achievement', 'Compliance achievement'],
      ['performance-enhancement', 'Performance enhancement'],
    ]),
    textSection('months-7-9', 'Months 7-9: Optimization', [
      ['efficiency-improvements', 'Efficiency improvements'],
      ['advanced-automation', 'Advanced automation'],
      ['quality-enhancements', 'Quality enhancements'],
      ['culture-reinforcement', 'Culture reinforcement'],
    ]),
    textSection('months-10-12', 'Months 10-12: Scale', [
      ['advanced-capabilities', 'Advanced capabilities'],
      ['market-expansion', 'Market expansion'],
      ['strategic-partnerships', 'Strategic partnerships'],
      ['exit-preparation', 'Exit preparation'],
    ]),
    section('success-metrics', 'Success Metrics', [
      ...SUCCESS_METRICS.flatMap((m) => [
        num(`${m.id}-from`, m.label, m.unit, { partLabel: 'from' }),
        num(`${m.id}-to`, m.label, m.unit, { partLabel: 'to' }),
      ]),
      text('market-position', 'Market position'),
    ]),
  ],
};
