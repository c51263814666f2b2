import { definePlan } from '../../../lib/onboarding';
import { metric } from '../metrics';
import { sharedTasks } from '../shared-tasks';

const FINANCE = { label: 'Financial scaling', href: '/playbooks/scaling-strategy/financial-scaling/' };
const RHYTHM = { label: 'Operating rhythm', href: '/playbooks/scaling-strategy/operating-rhythm/' };
const TECH = { label: 'Security and compliance', href: '/playbooks/scaling-strategy/technical-scaling/' };
const ORG = { label: 'Organization', href: '/playbooks/scaling-strategy/organization/' };
const SCALE_MODEL = { label: 'Scale model', href: '/tools/scale-model/' };
const glossary = (label: string, slug: string) => ({ label, href: `/reference/metrics-glossary/#${slug}` });

export default definePlan({
  id: 'operations',
  order: 6,
  title: 'Operations',
  summary:
    'The monthly operating cycle from the inside: monthly financial reviews and budget vs. actuals, SOC 2 and GDPR/CCPA, the hiring plan and onboarding, and the unit economics the company scales on.',
  audience:
    'Finance, HR & People and Legal & Compliance under the COO in the Stage 3 org chart, and the operations manager who covers all three at earlier stages. Choose your track for the tasks specific to your area.',
  tracks: [
    { id: 'finance', label: 'Finance', description: 'Budgets, the monthly financial review, unit economics, burn and runway.' },
    { id: 'people', label: 'HR and people', description: 'Hiring, onboarding, performance and leadership development.' },
    { id: 'legal', label: 'Legal and compliance', description: 'Contracts, SOC 2, GDPR/CCPA and audits.' },
  ],
  metrics: [metric('cac'), metric('ltv'), metric('ltv-cac'), metric('cac-payback')],
  goals: {
    'pre-start': ['Arrive knowing the unit economics and the budget shape of each scaling stage.'],
    'days-1-30': ['Know the monthly operating cycle, the budget, the compliance commitments and the processes your area owns.'],
    'days-31-60': ['Run your part of the monthly cycle and make the case for automating one process.'],
    'days-61-90': ['Make your area audit-ready, and contribute to scenario planning and next quarter’s OKRs.'],
  },
  tasks: [
    ...sharedTasks({
      planId: 'operations',
      tools: 'the accounting system, the HR system, the contract repository and read access to the CRM',
      team: 'the operations team',
      checkIn30: 'do they know the monthly cycle, the budget and the compliance commitments their area owns?',
      checkIn60: 'did they run their part of the monthly cycle, and does the automation case hold up?',
      checkIn90: 'is their area audit-ready, and are they running it without handholding?',
    }),
    {
      id: 'read-financial-scaling',
      title: 'Read the unit economics and budgets by stage',
      detail:
        'Read the financial scaling page: CAC, LTV, LTV:CAC and payback at each stage, and how each stage’s budget splits between personnel, infrastructure, marketing and operations. Note which stage we are in.',
      owner: 'new-hire',
      phase: 'pre-start',
      dueOffsetDays: -3,
      links: [FINANCE],
    },
    {
      id: 'budget-walkthrough',
      title: 'Walk through this year’s budget',
      detail:
        'Go through the budget by category and the latest budget vs. actuals. The playbook’s Stage 1 and Stage 2 splits add up to 101%, so check that ours adds up to 100%.',
      owner: 'manager',
      phase: 'days-1-30',
      dueOffsetDays: 3,
      links: [FINANCE],
    },
    {
      id: 'process-map',
      title: 'Find where your area’s processes are documented',
      detail:
        'List the processes your area owns, where each is written down, and its level on the process maturity model: ad hoc, repeatable or defined. Undocumented ones go on a list to fix.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 6,
      links: [{ label: 'Process scaling', href: '/playbooks/scaling-strategy/processes/' }],
    },
    {
      id: 'monthly-cycle',
      title: 'Learn the monthly operating cycle',
      detail:
        'Learn the monthly financial review, the monthly executive team meeting, board update preparation and the quarterly board meeting: what each needs from your area, and by when.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 10,
      links: [RHYTHM],
    },
    {
      id: 'unit-economics',
      title: 'Check the unit economics with the calculator',
      detail:
        'Enter each stage’s figures into the unit economics tool and compare its ratios with the stated 1.4:1, 7.2:1 and 9:1. Then find our actual CAC, LTV and payback today and who reports them.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 13,
      links: [
        { label: 'Unit economics tool', href: '/tools/unit-economics/' },
        glossary('CAC', 'cac'),
        glossary('LTV:CAC', 'ltv-cac'),
        glossary('Payback', 'cac-payback'),
      ],
    },
    {
      id: 'compliance-baseline',
      title: 'Learn the compliance commitments',
      detail:
        'SOC 2 Type I at Stage 2 and Type II at Stage 3, GDPR and CCPA compliance, penetration tests and regular third-party audits. Learn which controls and records your area owns.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 17,
      links: [TECH],
    },
    {
      id: 'risk-register',
      title: 'Read the scaling risks and mitigations',
      detail:
        'Read the organizational, operational and financial risks and their mitigations. Mark the ones your area carries, such as monthly financial reviews, budget vs. actuals tracking, or onboarding and culture.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 21,
      links: [{ label: 'Risks and mitigations', href: '/playbooks/scaling-strategy/risks/' }],
    },
    {
      id: 'automation-case',
      title: 'Make the case for automating one process',
      detail:
        'Pick a manual process that takes hours every week. Use the automation ROI calculator to estimate the hours saved, the monthly savings and the payback, and bring the case to your manager.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 45,
      links: [
        { label: 'Automation ROI calculator', href: '/tools/automation-roi/' },
        { label: 'Day 29: operational systems', href: '/workshops/day-29/operational-systems/' },
      ],
    },
    {
      id: 'okr-review',
      title: 'Prepare your part of the monthly OKR review',
      detail:
        'Bring your area’s key results to the monthly OKR progress review with the numbers checked, and say what you will change next month.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 48,
      links: [RHYTHM],
    },
    {
      id: 'stage-transition',
      title: 'Check the next stage-transition checklist',
      detail:
        'Go through the checklist for our next stage transition and mark the items operations owns, such as SOC 2 certification, the OKR framework or a clear path to profitability. Report where each stands.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 55,
      links: [{ label: 'Stage transitions', href: '/playbooks/scaling-strategy/stage-transitions/' }],
    },
    {
      id: 'scenario-planning',
      title: 'Contribute to scenario planning',
      detail:
        'With the scale model, test what happens to burn and runway if hiring runs ahead of plan or revenue lags. Scenario planning is one of the playbook’s mitigations for financial risk.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 66,
      links: [SCALE_MODEL],
    },
    {
      id: 'quarterly-planning',
      title: 'Set your area’s OKRs for next quarter',
      detail:
        'At quarterly OKR planning, propose your area’s objectives and key results, and the processes you will document or automate next.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 72,
      links: [RHYTHM],
    },
    {
      id: 'audit-readiness',
      title: 'Make your area audit-ready',
      detail:
        'Gather the evidence an auditor would ask for in your area: documented processes, approvals, access reviews. Fix the gaps before someone else finds them.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 80,
      links: [TECH],
    },
    {
      id: 'fin-budget-vs-actuals',
      title: 'Build last month’s budget vs. actuals',
      detail:
        'Build the budget vs. actuals report for last month by category, and explain every variance above the team’s threshold.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 24,
      links: [FINANCE],
      track: 'finance',
    },
    {
      id: 'fin-monthly-review',
      title: 'Run the monthly financial review',
      detail:
        'Prepare and present the monthly financial review: budget vs. actuals, burn, runway and unit economics, with what changed and why.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 40,
      links: [FINANCE],
      track: 'finance',
    },
    {
      id: 'fin-runway',
      title: 'Model burn and runway for the next year',
      detail:
        'Use the scale model to project net burn, burn multiple and runway under the current hiring plan, and flag when fundraising preparation should start.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 78,
      links: [SCALE_MODEL],
      track: 'finance',
    },
    {
      id: 'ppl-hiring-plan',
      title: 'Learn the hiring plan',
      detail:
        'Learn each department’s hiring plan and the principle of hiring 3–6 months ahead of need. List the open roles, their recruiting lead time and when each must open.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 24,
      links: [ORG, SCALE_MODEL],
      track: 'people',
    },
    {
      id: 'ppl-onboarding-program',
      title: 'Own the onboarding program',
      detail:
        'Check that every new hire has a plan in the onboarding tracker, a buddy, and check-ins booked at 30, 60 and 90 days. Collect their feedback and keep these plans current.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 40,
      links: [
        { label: 'Onboarding plans', href: '/onboarding/' },
        { label: 'Manager’s guide to onboarding', href: '/onboarding/managers/' },
      ],
      track: 'people',
    },
    {
      id: 'ppl-leadership-development',
      title: 'Map the leadership development programs',
      detail:
        'List what exists for leadership training and coaching, mentorship, external courses and certifications, conferences and peer learning groups, and who uses each.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 78,
      links: [ORG],
      track: 'people',
    },
    {
      id: 'legal-soc2',
      title: 'Learn the SOC 2 controls and evidence',
      detail:
        'Learn the controls in scope, who owns each and where the evidence lives. Note what changes between Type I and Type II.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 24,
      links: [TECH],
      track: 'legal',
    },
    {
      id: 'legal-privacy-request',
      title: 'Walk a GDPR/CCPA request end to end',
      detail:
        'Take one access or deletion request, real or a test, through every system that holds personal data. Time it and write down the gaps.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 40,
      links: [TECH],
      track: 'legal',
    },
    {
      id: 'legal-contract-templates',
      title: 'Review the contract and proposal templates',
      detail:
        'Check the proposal templates sales uses and the customer contract against our commitments on security, audits and data residency, and agree which terms sales may change without legal review.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 78,
      track: 'legal',
    },
  ],
});
