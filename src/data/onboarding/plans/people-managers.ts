import { definePlan } from '../../../lib/onboarding';
import { metric } from '../metrics';
import { sharedTasks } from '../shared-tasks';

const ORG = { label: 'Organization', href: '/playbooks/scaling-strategy/organization/' };
const RHYTHM = { label: 'Operating rhythm', href: '/playbooks/scaling-strategy/operating-rhythm/' };
const ORG_DESIGN = { label: 'Stage 4: organizational design', href: '/guides/stage-4-scale-readiness/#phase-2-organizational-design' };
const GUIDE = { label: 'Manager’s guide to onboarding', href: '/onboarding/managers/' };

export default definePlan({
  id: 'people-managers',
  order: 7,
  title: 'People managers',
  summary:
    'The management side of your first 90 days: your team and its rhythm, span of control, hiring 3–6 months ahead of need, and a leadership pipeline for the next stage.',
  audience:
    'Anyone who now manages people (team leads, managers and heads of function), whether hired in or promoted. Follow it alongside your function’s plan: this one covers the management work.',
  metrics: [metric('north-star-metric')],
  goals: {
    'pre-start': ['Arrive knowing how the organization is meant to grow and where your team fits in it.'],
    'days-1-30': ['Know every person on your team, their work and the team’s KPIs, and run the team’s rhythm.'],
    'days-31-60': ['Hire ahead of need, and make performance conversations and recognition routine.'],
    'days-61-90': ['Build the team’s leadership pipeline and lead its quarterly planning.'],
  },
  tasks: [
    ...sharedTasks({
      planId: 'people-managers',
      tools: 'the HR system, the applicant tracking system, the team’s dashboards and the onboarding tracker',
      team: 'their new team',
      checkIn30: 'have they met every report one to one, and do they know the team’s KPIs and span of control?',
      checkIn60: 'are the next reqs open on time, and are performance conversations and recognition happening?',
      checkIn90: 'does every report have a development plan, and does the team’s quarterly plan fit its capacity?',
    }),
    {
      id: 'team-handover',
      title: 'Prepare the team handover',
      detail:
        'Write down for the new manager each report’s role, strengths and current goals, the open reqs, known risks and the team’s KPIs. Tell the team who is joining and when.',
      owner: 'manager',
      phase: 'pre-start',
      dueOffsetDays: -4,
      links: [GUIDE],
    },
    {
      id: 'read-organization',
      title: 'Read how the organization scales',
      detail:
        'Read the organization page: the org chart at each stage, the hiring principles and timeline, and the leadership pipeline from individual contributor to VP. Find your team on the chart.',
      owner: 'new-hire',
      phase: 'pre-start',
      dueOffsetDays: -3,
      links: [ORG],
    },
    {
      id: 'take-over-rhythm',
      title: 'Take over the team’s rhythm',
      detail:
        'Run or join the daily standup (15 minutes), the weekly department meeting and the weekly metrics review. Change nothing yet: watch how the team works first.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 3,
      links: [RHYTHM],
    },
    {
      id: 'first-one-to-ones',
      title: 'Hold a first 1:1 with every report',
      detail:
        'Ask what is working, what is in their way, what they want to grow into and how they like to get feedback. Book a weekly 1:1 with each.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 5,
    },
    {
      id: 'team-kpis',
      title: 'Learn your team’s KPIs',
      detail:
        'Find the metrics your function owns in the playbook’s KPIs by function, today’s value and trend for each, and how they roll up to the north-star metric, active capsule interactions per month.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 10,
      links: [RHYTHM, { label: 'Metrics glossary', href: '/reference/metrics-glossary/' }],
    },
    {
      id: 'span-of-control',
      title: 'Check your span of control',
      detail:
        'Count your direct reports against the span-of-control assumption in the org design. If the hiring plan will take the team past it, raise it now: a new team lead takes months to develop.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 12,
      links: [ORG_DESIGN],
    },
    {
      id: 'hiring-plan',
      title: 'Review your team’s hiring plan',
      detail:
        'Hire ahead of need: recruit 3–6 months before the critical need. Check each planned hire’s start month against recruiting lead time and ramp time in the scale model, and note which reqs must open now.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 17,
      links: [ORG, { label: 'Scale model', href: '/tools/scale-model/' }],
    },
    {
      id: 'onboarding-your-hires',
      title: 'Learn how you onboard your hires',
      detail:
        'Read the manager’s guide to onboarding and pick the plan for each upcoming hire. Choose their buddies early: it is the first task on every plan.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 20,
      links: [GUIDE, { label: 'Onboarding plans', href: '/onboarding/' }, { label: 'Onboarding tracker', href: '/tools/onboarding-tracker/' }],
    },
    {
      id: 'skip-level',
      title: 'Hold a skip-level conversation with the team',
      detail:
        'Meet the new manager’s team without them to hear how the transition is going. Share themes, not names, with the new manager.',
      owner: 'manager',
      phase: 'days-1-30',
      dueOffsetDays: 24,
      links: [GUIDE],
    },
    {
      id: 'recognition',
      title: 'Start recognizing wins in the open',
      detail:
        'Decide how your team will celebrate wins and share information: a weekly shout-out, a note at all-hands, a demo. Recognition and transparent communication are among the playbook’s cultural practices.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 33,
      links: [RHYTHM],
    },
    {
      id: 'open-req',
      title: 'Open your next req ahead of need',
      detail:
        'For the next hire on the plan, write the hiring profile from the org design and open the req 3–6 months before you need them at full output. Assess values alignment and growth mindset as well as skills.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 38,
      links: [ORG, ORG_DESIGN],
    },
    {
      id: 'okr-review',
      title: 'Run your team’s part of the monthly OKR review',
      detail:
        'Bring your team’s key results to the monthly OKR progress review: where they stand, what moved them and what you will change. Share the same view with the team.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 45,
      links: [RHYTHM],
    },
    {
      id: 'performance-conversations',
      title: 'Set up regular performance reviews',
      detail:
        'Agree with each report what good looks like in their role, how performance will be reviewed, and when you will next sit down formally.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 50,
      links: [ORG],
    },
    {
      id: 'leadership-pipeline',
      title: 'Map your team on the leadership pipeline',
      detail:
        'For each report, note where they are (individual contributor, team lead, manager) and who shows high potential. Succession planning starts with this map.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 64,
      links: [ORG],
    },
    {
      id: 'quarterly-planning',
      title: 'Lead your team’s quarterly OKR planning',
      detail:
        'Turn the company’s objectives into your team’s OKRs with the team, check them against capacity and the hiring plan, and present them at quarterly planning.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 68,
      links: [RHYTHM],
    },
    {
      id: 'development-plans',
      title: 'Write a development plan with each report',
      detail:
        'One goal each for next quarter, with the stretch assignment, cross-functional exposure, mentoring or course that gets them there.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 72,
      links: [ORG],
    },
    {
      id: 'team-risks',
      title: 'Name your team’s biggest scaling risk',
      detail:
        'Pick the risk most likely to hurt your team as it grows (communication breakdowns, misalignment, leadership gaps, losing people) and the mitigation you will run next quarter.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 80,
      links: [{ label: 'Risks and mitigations', href: '/playbooks/scaling-strategy/risks/' }],
    },
    {
      id: 'own-development',
      title: 'Choose your own leadership development',
      detail:
        'Pick what will help you most next: leadership training or coaching, a mentor, an external course, a conference or a peer learning group. Agree it with your manager.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 86,
      links: [ORG],
    },
  ],
});
