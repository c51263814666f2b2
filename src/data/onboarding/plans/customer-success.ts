import { definePlan } from '../../../lib/onboarding';
import { metric } from '../metrics';
import { sharedTasks } from '../shared-tasks';

const PROCESSES = { label: 'Process scaling: customer success', href: '/playbooks/scaling-strategy/processes/' };
const RHYTHM = { label: 'Operating rhythm', href: '/playbooks/scaling-strategy/operating-rhythm/' };
const glossary = (label: string, slug: string) => ({ label, href: `/reference/metrics-glossary/#${slug}` });

export default definePlan({
  id: 'customer-success',
  order: 5,
  title: 'Customer success',
  summary:
    'From support shifts to owning customers: the onboarding program, health score monitoring, QBRs and the expansion process, and the metrics customer success is measured by.',
  audience:
    'Onboarding specialists, support specialists and account managers: the teams under the VP Customer Success in the Stage 3 org chart. Choose your track for the tasks specific to your team.',
  tracks: [
    { id: 'onboarding', label: 'Onboarding', description: 'Takes new customers from signed contract to first value.' },
    { id: 'support', label: 'Support', description: 'Answers customers by email and chat and keeps the help documentation right.' },
    {
      id: 'account-management',
      label: 'Account management',
      description: 'Owns the relationship with existing customers: health, QBRs, renewals and expansion.',
    },
  ],
  metrics: [
    metric('nrr'),
    metric('customer-health-score'),
    metric('nps'),
    metric('time-to-value', 'customer-success'),
  ],
  goals: {
    'pre-start': ['Arrive knowing how customer success works here, from reactive support to proactive success.'],
    'days-1-30': ['Know the onboarding program, the health score, the support tools and where each customer success metric stands.'],
    'days-31-60': ['Own your accounts or queue and act early on the warning signs.'],
    'days-61-90': ['Work at full load, find expansion, and add what you learned to the playbook.'],
  },
  tasks: [
    ...sharedTasks({
      planId: 'customer-success',
      tools: 'the customer success platform, the support inbox and chat, the help documentation and the CRM',
      team: 'the customer success team',
      checkIn30: 'do they know the onboarding program and the health score, and where NRR, NPS and time to value stand?',
      checkIn60: 'are their accounts or queue in good shape, and are at-risk customers caught early?',
      checkIn90: 'are they at full load, and have they found an expansion opportunity?',
    }),
    {
      id: 'read-cs-process',
      title: 'Read how customer success grows up',
      detail:
        'Read the customer success part of process scaling: reactive support at Stage 1, proactive success with an onboarding program, health scores and QBRs at Stage 2, and segmented, strategic partnership at Stage 3. Note which of these we run today.',
      owner: 'new-hire',
      phase: 'pre-start',
      dueOffsetDays: -3,
      links: [PROCESSES],
    },
    {
      id: 'cs-tools-tour',
      title: 'Tour the customer success and support tools',
      detail:
        'Walk through the customer success platform, the support inbox and chat, the help documentation, and how customer records link to the CRM.',
      owner: 'buddy',
      phase: 'days-1-30',
      dueOffsetDays: 2,
    },
    {
      id: 'onboarding-program',
      title: 'Learn the onboarding program',
      detail:
        'Learn each step from signed contract to first value, who owns it and how long it takes today. That elapsed time is time to value.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 5,
      links: [PROCESSES, glossary('Time to value', 'time-to-value')],
    },
    {
      id: 'health-score',
      title: 'Learn how the customer health score works',
      detail:
        'Learn what goes into the score, the thresholds for healthy, at risk and critical, and what each should trigger. Check five accounts’ scores against what those customers actually say.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 7,
      links: [glossary('Customer health score', 'customer-health-score')],
    },
    {
      id: 'support-shifts',
      title: 'Work support shifts for a week',
      detail:
        'Answer email and chat with a colleague reviewing your replies. Nothing teaches the product and its rough edges faster, whatever your track.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 9,
    },
    {
      id: 'shadow-customer-calls',
      title: 'Shadow an onboarding call, a QBR and an escalation',
      detail:
        'Note what the customer wanted in each and how the call ended. A QBR is a quarterly business review: ask to see the template.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 12,
      links: [PROCESSES],
    },
    {
      id: 'escalation-path',
      title: 'Learn the escalation path',
      detail:
        'Learn how an issue reaches engineering, how incidents are explained to customers, and when to bring in your manager. Escalations no longer go to the founders by default.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 14,
    },
    {
      id: 'cs-metrics',
      title: 'Find where the customer success metrics stand',
      detail:
        'Find today’s net retention rate, the spread of health scores, the latest NPS and the average time to value, and how each is reported at the weekly metrics review.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 18,
      links: [
        glossary('Net retention rate', 'nrr'),
        glossary('Customer health score', 'customer-health-score'),
        glossary('NPS', 'nps'),
        glossary('Time to value', 'time-to-value'),
      ],
    },
    {
      id: 'own-accounts',
      title: 'Take on your first accounts or queue',
      detail:
        'Take ownership of the accounts or the share of the queue your manager assigns, with your buddy as backup for the first two weeks.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 33,
    },
    {
      id: 'health-review',
      title: 'Run a weekly health review of your customers',
      detail:
        'Every week, list the customers whose health score dropped, with the reason and your next action. Bring the list to your 1:1.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 42,
      links: [glossary('Customer health score', 'customer-health-score')],
    },
    {
      id: 'nps-follow-up',
      title: 'Follow up on NPS responses',
      detail:
        'Reply to the detractors and passives among your customers, find the cause, and pass product issues to product in the customer’s own words.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 47,
      links: [glossary('NPS', 'nps')],
    },
    {
      id: 'okr-review',
      title: 'Report at the monthly OKR review',
      detail:
        'At the monthly OKR progress review, say how retention, health and NPS are tracking for your customers against the team’s key results.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 52,
      links: [RHYTHM],
    },
    {
      id: 'expansion',
      title: 'Find one expansion opportunity',
      detail:
        'Learn the expansion and upsell process and pass one qualified opportunity to account management or sales, with the customer’s need written down.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 66,
      links: [PROCESSES],
    },
    {
      id: 'quarterly-planning',
      title: 'Set your targets for next quarter',
      detail:
        'At quarterly OKR planning, agree your targets for retention, health and NPS, and one improvement to the onboarding program or support you will own.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 72,
      links: [RHYTHM],
    },
    {
      id: 'segment-playbook',
      title: 'Add to the success playbook for your segment',
      detail:
        'Write down one play that worked, such as how you turned an at-risk account around or sped up an onboarding. Success playbooks by segment are part of the playbook’s Stage 3 customer success.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 80,
      links: [PROCESSES],
    },
    {
      id: 'ob-solo-onboarding',
      title: 'Run a customer onboarding on your own',
      detail: 'Take one new customer from kickoff to first value on your own, and record their time to value.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 40,
      links: [glossary('Time to value', 'time-to-value')],
      track: 'onboarding',
    },
    {
      id: 'ob-time-to-value',
      title: 'Propose one change that shortens time to value',
      detail:
        'From the onboardings you have run, find the step where customers wait longest and propose a fix: a template, an automation or a change to the product.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 78,
      links: [glossary('Time to value', 'time-to-value')],
      track: 'onboarding',
    },
    {
      id: 'sup-queue-targets',
      title: 'Work the queue at target response times',
      detail:
        'Handle your share of email and chat at the team’s response-time targets for two weeks, escalating only what needs it. Update a help article each time you answer the same question twice.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 40,
      track: 'support',
    },
    {
      id: 'sup-top-issues',
      title: 'Report the top five reasons customers contact us',
      detail:
        'From last month’s tickets, list the five causes behind the most contacts, with counts, and take them to product with a proposed fix for each.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 78,
      track: 'support',
    },
    {
      id: 'am-first-qbr',
      title: 'Run your first QBR',
      detail:
        'Prepare and run a quarterly business review for one account: the results they got, usage and health, and what comes next on both sides. Send the summary within a day.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 50,
      links: [PROCESSES],
      track: 'account-management',
    },
    {
      id: 'am-renewal-plan',
      title: 'Plan the renewals due in the next two quarters',
      detail:
        'For each account renewing in the next six months, note its health score, risks, champion and expansion potential, and agree a plan for each with your manager.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 74,
      links: [glossary('Customer health score', 'customer-health-score')],
      track: 'account-management',
    },
  ],
});
