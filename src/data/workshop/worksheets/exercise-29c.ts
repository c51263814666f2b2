/** Exercise 29C: Operational Systems & Processes — two worksheets, as printed in the seed. */
import { LINKS } from '../../../lib/workshop/links';
import { computed, group, num, section, text, textSection } from '../../../lib/workshop/worksheets/build';
import type { WorksheetDefinition } from '../../../lib/workshop/worksheets/types';

const path = LINKS.workshop29c.href;

/** Challenge 1: "Process Documentation Framework" (OPERATIONAL PROCESS DESIGN). */
export const processDesignWorksheet: WorksheetDefinition = {
  id: 'process-design',
  title: 'OPERATIONAL PROCESS DESIGN',
  heading: 'Process Documentation Framework',
  exercise: '29c',
  segmentId: '29c-1',
  path,
  sections: [
    section('core-business-processes', 'Core Business Processes', []),
    textSection(
      'customer-acquisition',
      'Customer Acquisition',
      [
        ['lead-generation', 'Lead generation'],
        ['lead-qualification', 'Lead qualification'],
        ['sales-process', 'Sales process'],
        ['onboarding', 'Onboarding'],
        ['success-tracking', 'Success tracking'],
      ],
      2,
    ),
    textSection(
      'product-development',
      'Product Development',
      [
        ['feature-planning', 'Feature planning'],
        ['development-workflow', 'Development workflow'],
        ['testing-procedures', 'Testing procedures'],
        ['release-management', 'Release management'],
        ['feedback-integration', 'Feedback integration'],
      ],
      2,
    ),
    textSection(
      'customer-success',
      'Customer Success',
      [
        ['health-monitoring', 'Health monitoring'],
        ['intervention-protocols', 'Intervention protocols'],
        ['expansion-opportunities', 'Expansion opportunities'],
        ['renewal-processes', 'Renewal processes'],
        ['churn-prevention', 'Churn prevention'],
      ],
      2,
    ),
    textSection(
      'support-operations',
      'Support Operations',
      [
        ['ticket-management', 'Ticket management'],
        ['escalation-procedures', 'Escalation procedures'],
        ['knowledge-base', 'Knowledge base'],
        ['training-programs', 'Training programs'],
        ['quality-assurance', 'Quality assurance'],
      ],
      2,
    ),
  ],
};

/**
 * Challenge 2: "Automation Strategy" (OPERATIONAL AUTOMATION). The ROI Calculation lines are computed
 * from the automation rows and the loaded hourly cost (see `computeWorkshopAutomation`).
 */
export const automationWorksheet: WorksheetDefinition = {
  id: 'automation',
  title: 'OPERATIONAL AUTOMATION',
  heading: 'Automation Strategy',
  exercise: '29c',
  segmentId: '29c-2',
  path,
  sections: [
    section('automation-opportunities', 'Automation Opportunities', [
      group(
        'automations',
        'High Impact Automation {n}',
        [
          text('process', 'Process'),
          num('current-hours-per-week', 'Current effort', 'hours-per-week'),
          text('solution', 'Automation solution'),
          num('hours-saved-per-week', 'Time saved', 'hours-per-week'),
          num('monthly-cost-usd', 'Cost', 'usd-per-month'),
        ],
        { headingLine: true, minCount: 1 },
      ),
    ]),
    textSection('tool-integration', 'Tool Integration', [
      ['crm-system', 'CRM system'],
      ['marketing-automation', 'Marketing automation'],
      ['customer-support', 'Customer support'],
      ['financial-management', 'Financial management'],
      ['analytics-platform', 'Analytics platform'],
    ]),
    section('roi-calculation', 'ROI Calculation', [
      computed('total-time-saved', 'Total time saved', { kind: 'automation', metric: 'totalHoursSavedPerWeek' }, { suffix: 'hours/week' }),
      computed('cost-of-automation', 'Cost of automation', { kind: 'automation', metric: 'monthlyCostUsd' }, { prefix: '$', suffix: '/month' }),
      computed('human-cost-savings', 'Human cost savings', { kind: 'automation', metric: 'monthlySavingsUsd' }, { prefix: '$', suffix: '/month' }),
      computed('roi', 'ROI', { kind: 'automation', metric: 'roiRatio' }, { suffix: ':1' }),
      computed('payback-period', 'Payback period', { kind: 'automation', metric: 'paybackMonths' }, { suffix: 'months' }),
    ]),
  ],
};
