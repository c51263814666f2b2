/** Exercise 29B: Team & Organizational Scaling — four worksheets, as printed in the seed. */
import { LINKS } from '../../../lib/workshop/links';
import { choice, group, MAX_PLAIN_NUMBER, month, num, numberedTexts, section, text, textSection } from '../../../lib/workshop/worksheets/build';
import type { InputField, LeadershipRole, RecruitingChannel, TeamFunction, WorksheetDefinition } from '../../../lib/workshop/worksheets/types';

const path = LINKS.workshop29b.href;

/**
 * The functions of the 12-month team plan, in seed order. The seed's "Current Team Structure" lists
 * only five of them (no Customer Success, no Executive), so those two have no current field.
 */
export const TEAM_FUNCTIONS: readonly TeamFunction[] = [
  { id: 'engineering', label: 'Engineering', hasCurrent: true },
  { id: 'product', label: 'Product', hasCurrent: true },
  { id: 'marketing', label: 'Marketing', hasCurrent: true },
  { id: 'sales', label: 'Sales', hasCurrent: true },
  { id: 'customer-success', label: 'Customer Success', hasCurrent: false },
  { id: 'operations', label: 'Operations', hasCurrent: true },
  { id: 'executive', label: 'Executive', hasCurrent: false },
];

/** The four leadership hires the seed plans, in seed order. */
export const LEADERSHIP_ROLES: readonly LeadershipRole[] = [
  { id: 'cto', heading: 'CTO/VP Engineering' },
  { id: 'vp-marketing', heading: 'VP Marketing' },
  { id: 'vp-sales', heading: 'VP Sales' },
  { id: 'coo', heading: 'COO/VP Operations' },
];

function teamPlanFields(): InputField[] {
  return TEAM_FUNCTIONS.flatMap((f) => [
    num(`target-${f.id}`, f.label, 'count', { partLabel: 'target' }),
    // "(+___)": the planned change; a function may also shrink, so negatives are allowed.
    num(`delta-${f.id}`, f.label, 'count', { partLabel: 'change', prefix: '+', min: -MAX_PLAIN_NUMBER }),
  ]);
}

/** Challenge 1: "Organizational Design" (TEAM SCALING ARCHITECTURE). */
export const teamScalingWorksheet: WorksheetDefinition = {
  id: 'team-scaling',
  title: 'TEAM SCALING ARCHITECTURE',
  heading: 'Organizational Design',
  exercise: '29b',
  segmentId: '29b-1',
  path,
  sections: [
    section('current-team', 'Current Team Structure', [
      num('current-total', 'Total team members', 'count'),
      ...TEAM_FUNCTIONS.filter((f) => f.hasCurrent).map((f) => num(`current-${f.id}`, f.label, 'count')),
    ]),
    section('team-plan', '12-Month Team Plan', [num('target-total', 'Total target', 'count', { suffix: 'people' }), ...teamPlanFields()]),
    section('leadership', 'Department Leadership', []),
    ...LEADERSHIP_ROLES.map((r) =>
      section(
        r.id,
        r.heading,
        [month(`${r.id}-hire-month`, 'Hire timeline'), text(`${r.id}-requirements`, 'Requirements'), num(`${r.id}-compensation-usd`, 'Compensation', 'usd')],
        2,
      ),
    ),
  ],
};

/** Challenge 1: "Culture & Management Systems" (ORGANIZATIONAL CULTURE SCALING). */
export const cultureWorksheet: WorksheetDefinition = {
  id: 'culture',
  title: 'ORGANIZATIONAL CULTURE SCALING',
  heading: 'Culture & Management Systems',
  exercise: '29b',
  segmentId: '29b-1',
  path,
  sections: [
    section('core-values', 'Core Values', numberedTexts('core-value', 5)),
    textSection('management-philosophy', 'Management Philosophy', [
      ['decision-making', 'Decision making'],
      ['communication-style', 'Communication style'],
      ['performance-management', 'Performance management'],
      ['career-development', 'Career development'],
      ['work-environment', 'Work environment'],
    ]),
    textSection('scaling-culture', 'Scaling Culture', [
      ['onboarding-program', 'Onboarding program'],
      ['regular-all-hands', 'Regular all-hands'],
      ['performance-reviews', 'Performance reviews'],
      ['team-building', 'Team building'],
      ['knowledge-sharing', 'Knowledge sharing'],
    ]),
    textSection('communication-systems', 'Communication Systems', [
      ['daily-standups', 'Daily standups'],
      ['weekly-team-meetings', 'Weekly team meetings'],
      ['monthly-all-hands', 'Monthly all-hands'],
      ['quarterly-planning', 'Quarterly planning'],
      ['annual-strategy', 'Annual strategy'],
    ]),
  ],
};

/** The seed's priority levels for a position. */
export const PRIORITY_LEVELS = ['Critical', 'High', 'Medium'] as const;

/** The recruiting channels, in seed order; their shares should add up to 100%. */
export const RECRUITING_CHANNELS: readonly RecruitingChannel[] = [
  { id: 'network-referrals-pct', label: 'Network referrals' },
  { id: 'professional-recruiters-pct', label: 'Professional recruiters' },
  { id: 'job-boards-pct', label: 'Job boards' },
  { id: 'university-recruiting-pct', label: 'University recruiting' },
  { id: 'social-media-pct', label: 'Social media' },
];

/** Challenge 2: "Talent Acquisition Strategy" (STRATEGIC HIRING PLAN). */
export const hiringWorksheet: WorksheetDefinition = {
  id: 'hiring',
  title: 'STRATEGIC HIRING PLAN',
  heading: 'Talent Acquisition Strategy',
  exercise: '29b',
  segmentId: '29b-2',
  path,
  sections: [
    section('recruitment-priorities', 'Recruitment Priorities (Next 6 months)', [
      group(
        'positions',
        'Position {n}',
        [
          text('name', 'Position {n}'),
          choice('priority', 'Priority level', PRIORITY_LEVELS),
          text('skills', 'Skills required'),
          text('experience', 'Experience level'),
          num('salary-min-usd', 'Salary range', 'usd', { partLabel: 'minimum' }),
          num('salary-max-usd', 'Salary range', 'usd', { partLabel: 'maximum' }),
          month('start-month', 'Start date'),
        ],
        { headingLine: false, minCount: 1 },
      ),
    ]),
    section('recruiting-channels', 'Recruiting Channels', RECRUITING_CHANNELS.map((c) => num(c.id, c.label, 'pct'))),
    section('hiring-process', 'Hiring Process', numberedTexts('hiring-step', 5)),
  ],
};

/** Challenge 2: "Talent Retention Strategy" (EMPLOYEE RETENTION FRAMEWORK). */
export const retentionWorksheet: WorksheetDefinition = {
  id: 'retention',
  title: 'EMPLOYEE RETENTION FRAMEWORK',
  heading: 'Talent Retention Strategy',
  exercise: '29b',
  segmentId: '29b-2',
  path,
  sections: [
    section('compensation-philosophy', 'Compensation Philosophy', [
      num('base-salary-percentile', 'Base salary', 'percentile', { prefix: 'Market' }),
      num('equity-pct', 'Equity participation', 'pct', { suffix: '% of company' }),
      // Bonuses above 100% of base exist (sales commissions), so allow up to 10× base.
      num('bonus-pct', 'Performance bonuses', 'pct', { suffix: '% of salary', max: 1000 }),
      text('benefits-package', 'Benefits package'),
    ]),
    section('career-development', 'Career Development', [
      text('individual-development-plans', 'Individual development plans'),
      num('training-budget-usd', 'Training budget', 'usd-per-person-year'),
      text('conference-attendance', 'Conference attendance'),
      text('internal-mobility', 'Internal mobility'),
      text('mentorship-programs', 'Mentorship programs'),
    ]),
    textSection('employee-experience', 'Employee Experience', [
      ['work-life-balance', 'Work-life balance'],
      ['remote-work-policy', 'Remote work policy'],
      ['office-environment', 'Office environment'],
      ['team-activities', 'Team activities'],
      ['recognition-programs', 'Recognition programs'],
    ]),
    textSection('performance-management', 'Performance Management', [
      ['goal-setting', 'Goal setting'],
      ['regular-feedback', 'Regular feedback'],
      ['performance-reviews', 'Performance reviews'],
      ['promotion-criteria', 'Promotion criteria'],
      ['improvement-plans', 'Improvement plans'],
    ]),
  ],
};
