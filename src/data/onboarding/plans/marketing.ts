import { definePlan } from '../../../lib/onboarding';
import { metric } from '../metrics';
import { sharedTasks } from '../shared-tasks';

const PROCESSES = { label: 'Process scaling: marketing operations', href: '/playbooks/scaling-strategy/processes/' };
const RHYTHM = { label: 'Operating rhythm', href: '/playbooks/scaling-strategy/operating-rhythm/' };
const STAGE_4 = '/guides/stage-4-scale-readiness/';
const glossary = (label: string, slug: string) => ({ label, href: `/reference/metrics-glossary/#${slug}` });

export default definePlan({
  id: 'marketing',
  order: 4,
  title: 'Marketing',
  summary:
    'From the ICP and channel tiers to your first measured campaign: the content calendar, marketing automation (HubSpot or Marketo), lead scoring and the MQL to SQL hand-off to sales.',
  audience:
    'Marketers in Demand Generation, Content & Brand or Product Marketing: the teams under the VP Marketing in the Stage 3 org chart. Choose your track for the tasks specific to your team.',
  tracks: [
    { id: 'demand-gen', label: 'Demand generation', description: 'Campaigns, nurture flows and programs that fill the pipeline.' },
    { id: 'content-brand', label: 'Content and brand', description: 'The content calendar, the website, search and the brand.' },
    { id: 'product-marketing', label: 'Product marketing', description: 'Positioning, launches and the material sales uses.' },
  ],
  metrics: [
    metric('mql-to-sql-conversion'),
    metric('cost-per-lead'),
    metric('marketing-sourced-revenue'),
    metric('brand-awareness'),
  ],
  goals: {
    'pre-start': ['Arrive knowing our ICP and which channels we scale, keep or cut.'],
    'days-1-30': [
      'Know the content calendar, the automation platform and the funnel from first touch to SQL.',
      'Know where each marketing metric stands today.',
    ],
    'days-31-60': ['Launch a campaign whose tracking shows what it produced.'],
    'days-61-90': ['Plan your part of next quarter from evidence, and run a first experiment.'],
  },
  tasks: [
    ...sharedTasks({
      planId: 'marketing',
      tools: 'marketing automation (HubSpot or Marketo), the CRM, web analytics and the content calendar',
      team: 'the marketing team',
      checkIn30: 'do they know the funnel from first touch to SQL and where each marketing metric stands?',
      checkIn60: 'did the first campaign launch with working tracking, and what did it produce?',
      checkIn90: 'is their part of next quarter’s plan built on evidence, and has an experiment run?',
    }),
    {
      id: 'read-icp-and-channels',
      title: 'Read who we market to and through which channels',
      detail:
        'Read the ICP strategy and channel strategy in the Stage 4 guide: the segment we focus on, and which channels are tier 1 (scale aggressively), tier 2 (maintain opportunistically) and tier 3 (eliminate).',
      owner: 'new-hire',
      phase: 'pre-start',
      dueOffsetDays: -3,
      links: [
        { label: 'ICP strategy', href: `${STAGE_4}#icp-strategy` },
        { label: 'Channel strategy', href: `${STAGE_4}#channel-strategy` },
      ],
    },
    {
      id: 'automation-tour',
      title: 'Tour the marketing automation platform',
      detail:
        'Walk through HubSpot or Marketo together: forms, lists, nurture flows, the lead scoring rules, and how leads sync to the CRM.',
      owner: 'buddy',
      phase: 'days-1-30',
      dueOffsetDays: 2,
      links: [PROCESSES],
    },
    {
      id: 'content-calendar',
      title: 'Learn the content calendar and strategy',
      detail:
        'Read the content strategy and this quarter’s calendar: themes, channels, owners and deadlines. Find where your work goes on it and who reviews it.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 3,
      links: [PROCESSES],
    },
    {
      id: 'brand-and-messaging',
      title: 'Learn the brand and messaging',
      detail:
        'Read the brand guidelines and the messaging for each ICP. Rewrite one recent piece in your own words to check you have the voice, and ask a colleague whether it sounds like us.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 7,
    },
    {
      id: 'lead-scoring',
      title: 'Learn lead scoring and the MQL to SQL hand-off',
      detail:
        'Learn what makes a lead an MQL, how sales accepts it as an SQL after BANT qualification, and what MQL to SQL conversion is today. Read ten recently rejected MQLs and note why each failed.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 10,
      links: [glossary('MQL to SQL conversion', 'mql-to-sql-conversion'), PROCESSES],
    },
    {
      id: 'channel-results',
      title: 'Review last quarter’s results by channel',
      detail:
        'For each channel: spend, leads, cost per lead, MQLs and marketing-sourced revenue. Check that spend goes to the tier 1 channels, and find out how brand awareness is measured.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 14,
      links: [
        glossary('Cost per lead', 'cost-per-lead'),
        glossary('Marketing-sourced revenue', 'marketing-sourced-revenue'),
        glossary('Brand awareness', 'brand-awareness'),
        { label: 'Channel strategy', href: `${STAGE_4}#channel-strategy` },
      ],
    },
    {
      id: 'sales-shadow',
      title: 'Sit in on three sales calls',
      detail:
        'Hear how customers describe their problem, which objections come up and which of our words they repeat back. Bring one insight to your team.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 17,
    },
    {
      id: 'marketing-budget',
      title: 'Learn the marketing budget',
      detail:
        'The playbook gives marketing 13% of the Stage 1 budget ($575K), 23% at Stage 2 ($3.9M) and 28% at Stage 3 ($16M). Find this year’s marketing budget, how it splits across channels and programs, and which part you control.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 21,
      links: [{ label: 'Financial scaling', href: '/playbooks/scaling-strategy/financial-scaling/' }],
    },
    {
      id: 'first-campaign',
      title: 'Launch your first multi-channel campaign',
      detail:
        'Plan and launch a campaign across at least two channels. Agree the tracking, the lead scoring and the sales follow-up before launch, not after.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 44,
      links: [PROCESSES],
    },
    {
      id: 'okr-review',
      title: 'Report at the monthly OKR review',
      detail:
        'At the monthly OKR progress review, say how your programs are tracking against the team’s key results and what you will change next month.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 48,
      links: [RHYTHM],
    },
    {
      id: 'attribution-check',
      title: 'Check your campaign’s attribution',
      detail:
        'Follow your campaign’s leads through the CRM: are they attributed to the right source, and is marketing-sourced revenue credited correctly? Fix what is broken in the tracking.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 55,
      links: [glossary('Marketing-sourced revenue', 'marketing-sourced-revenue')],
    },
    {
      id: 'quarterly-planning',
      title: 'Plan next quarter’s calendar and channels',
      detail:
        'At quarterly planning, propose your part of next quarter’s content calendar and channel plan, with targets for MQLs, cost per lead and MQL to SQL conversion.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 68,
      links: [RHYTHM],
    },
    {
      id: 'experiment',
      title: 'Run one experiment with a written hypothesis',
      detail:
        'Pick one thing to test: a subject line, a landing page, an audience or an offer. Write the hypothesis and the result that would prove it wrong before you start, then share the outcome either way.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 76,
    },
    {
      id: 'metrics-review',
      title: 'Present your results at the weekly metrics review',
      detail:
        'Show your campaign’s leads, cost per lead, MQL to SQL conversion and the pipeline it created, and what you would do differently.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 82,
      links: [RHYTHM],
    },
    {
      id: 'dg-nurture',
      title: 'Build or improve a nurture flow',
      detail:
        'Pick a segment whose leads stall before becoming MQLs. Build or improve its nurture flow in the automation platform and set a target for its MQL to SQL conversion.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 38,
      links: [glossary('MQL to SQL conversion', 'mql-to-sql-conversion')],
      track: 'demand-gen',
    },
    {
      id: 'dg-abm-pilot',
      title: 'Pilot an account-based play with sales',
      detail:
        'Choose ten target accounts with sales, coordinate ads, content and outreach to them, and review the pipeline it creates. Account-based marketing is part of the playbook’s Stage 3 growth machine.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 80,
      links: [PROCESSES],
      track: 'demand-gen',
    },
    {
      id: 'cb-first-piece',
      title: 'Publish your first piece from the calendar',
      detail:
        'Take one item from the content calendar from brief to published, through the normal review. Note how long each step took.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 24,
      track: 'content-brand',
    },
    {
      id: 'cb-search-audit',
      title: 'Audit search performance of the top pages',
      detail:
        'Check rankings, traffic and conversions for the ten most visited pages of the website, then fix the three with the biggest gap between traffic and leads.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 50,
      track: 'content-brand',
    },
    {
      id: 'pmm-positioning',
      title: 'Write the positioning for one ICP',
      detail:
        'Who it is for, the problem, what they use today and why we win. Test it on a sales rep and a product manager, and rewrite what they push back on.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 24,
      links: [{ label: 'ICP strategy', href: `${STAGE_4}#icp-strategy` }],
      track: 'product-marketing',
    },
    {
      id: 'pmm-launch',
      title: 'Run the launch of a release',
      detail:
        'With product, use the release management process to plan the announcement, the material sales needs and the help content for an upcoming release.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 50,
      links: [PROCESSES],
      track: 'product-marketing',
    },
  ],
});
