import { definePlan } from '../../../lib/onboarding';
import { metric } from '../metrics';
import { sharedTasks } from '../shared-tasks';

const PROCESSES = { label: 'Process scaling: sales', href: '/playbooks/scaling-strategy/processes/' };
const RHYTHM = { label: 'Operating rhythm', href: '/playbooks/scaling-strategy/operating-rhythm/' };
const STAGE_4 = '/guides/stage-4-scale-readiness/';
const glossary = (label: string, slug: string) => ({ label, href: `/reference/metrics-glossary/#${slug}` });

export default definePlan({
  id: 'sales',
  order: 3,
  title: 'Sales',
  summary:
    'Ninety days to a clean, forecastable pipeline: who we sell to, the 7-stage sales process, BANT qualification and the CRM, then your own deals at ramp pace.',
  audience:
    'Sales development reps (SDRs), account executives (AEs) and account managers (AMs) in SMB or Enterprise Sales, and Sales Operations. Choose your track for the tasks specific to your role.',
  tracks: [
    { id: 'sdr', label: 'Sales development rep (SDR)', description: 'Turns leads into BANT-qualified meetings for account executives.' },
    { id: 'ae', label: 'Account executive (AE)', description: 'Runs deals from discovery to close and carries a new-business quota.' },
    { id: 'am', label: 'Account manager (AM)', description: 'Owns existing customers’ renewals and expansion.' },
  ],
  metrics: [metric('pipeline-coverage'), metric('win-rate'), metric('average-deal-size'), metric('sales-cycle-length')],
  goals: {
    'pre-start': ['Arrive knowing who we sell to, through which channels, and how the sales process is built.'],
    'days-1-30': [
      'Know the product, the ICP, the 7-stage process and BANT well enough to run a qualification call with your manager listening.',
    ],
    'days-31-60': ['Run your own pipeline in the CRM: every deal at the right stage with a dated next step.'],
    'days-61-90': ['Work at ramp pace for your role and forecast your own numbers with confidence.'],
  },
  tasks: [
    ...sharedTasks({
      planId: 'sales',
      tools: 'the CRM (HubSpot or Salesforce), the demo environment and the proposal templates',
      team: 'the sales team',
      checkIn30: 'can they explain the ICP, walk the 7 stages and qualify with BANT in a role-play?',
      checkIn60: 'is their pipeline in the CRM clean and real, and what did the first deal review show?',
      checkIn90: 'are they at ramp pace for their role, and does their forecast hold up?',
    }),
    {
      id: 'read-icp-and-channels',
      title: 'Read who we sell to and through which channels',
      detail:
        'Read the ICP strategy and channel strategy in the Stage 4 guide: which segment we focus on, and which channels are tier 1 (scale aggressively), tier 2 (maintain) and tier 3 (eliminate). Bring one question about our ICP to day one.',
      owner: 'new-hire',
      phase: 'pre-start',
      dueOffsetDays: -3,
      links: [
        { label: 'ICP strategy', href: `${STAGE_4}#icp-strategy` },
        { label: 'Channel strategy', href: `${STAGE_4}#channel-strategy` },
      ],
    },
    {
      id: 'crm-walkthrough',
      title: 'Walk through the CRM',
      detail:
        'Show how deals, contacts and activities are logged in HubSpot or Salesforce, the fields each stage requires, and the views and reports the team uses at the weekly metrics review.',
      owner: 'buddy',
      phase: 'days-1-30',
      dueOffsetDays: 2,
    },
    {
      id: 'sales-process',
      title: 'Learn the 7-stage sales process',
      detail:
        'For each of the seven stages, learn what must be true to enter and to leave it, and what must be in the CRM before a deal moves. Draw the stages from memory and check your drawing with your buddy.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 3,
      links: [PROCESSES],
    },
    {
      id: 'bant',
      title: 'Learn BANT qualification',
      detail:
        'Budget, Authority, Need, Timeline. Write the questions you would ask for each in your own words, and what answer would disqualify a lead. Your manager reviews them with you.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 4,
      links: [PROCESSES],
    },
    {
      id: 'shadow-calls',
      title: 'Shadow five customer conversations',
      detail:
        'Listen in on at least five calls at different stages: discovery, demo, proposal, negotiation, and a renewal if you can. After each, note what the customer needed and what moved the deal forward.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 9,
    },
    {
      id: 'sales-metrics',
      title: 'Learn the four sales metrics',
      detail:
        'Pipeline coverage (target 3x), win rate, average deal size and sales cycle length. Find each one’s current value for your segment and how your own numbers will be measured. The scale model shows how coverage and win rate set the pipeline you need.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 11,
      links: [
        glossary('Pipeline coverage', 'pipeline-coverage'),
        glossary('Win rate', 'win-rate'),
        glossary('Average deal size', 'average-deal-size'),
        glossary('Sales cycle length', 'sales-cycle-length'),
        { label: 'Scale model', href: '/tools/scale-model/' },
      ],
    },
    {
      id: 'standard-demo',
      title: 'Give the standard demo to your manager',
      detail:
        'Learn the standardized demo and give it to your manager as if they were a customer in our ICP. Tie each part to a problem the customer has, not to a feature list.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 15,
      links: [PROCESSES],
    },
    {
      id: 'proposal-templates',
      title: 'Learn the proposal templates and approvals',
      detail:
        'Find the proposal templates, the pricing you may offer on your own, and who approves anything outside it. Build one practice proposal for a deal you shadowed.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 18,
      links: [PROCESSES],
    },
    {
      id: 'qualification-roleplay',
      title: 'Role-play a BANT qualification call',
      detail:
        'Play a prospect from our ICP and let the new hire run a qualification call. Give specific feedback on each BANT element and on how they set the next step.',
      owner: 'manager',
      phase: 'days-1-30',
      dueOffsetDays: 22,
    },
    {
      id: 'own-pipeline',
      title: 'Own your pipeline in the CRM',
      detail:
        'Take over or build your book of deals. Every deal sits at the stage its exit criteria support and has a dated next step; nothing lives only in your head or your inbox.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 32,
    },
    {
      id: 'cs-handoff',
      title: 'Learn the hand-off to Customer Success',
      detail:
        'Find out what the onboarding program needs from a closed deal, and how customer health and expansion opportunities come back to sales. Sit in on one hand-off meeting.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 38,
      links: [PROCESSES],
    },
    {
      id: 'deal-review',
      title: 'Run a first deal review',
      detail:
        'Go through three of the new hire’s deals against the stage exit criteria and BANT. Agree what is real, what should move back a stage, and the next step for each.',
      owner: 'manager',
      phase: 'days-31-60',
      dueOffsetDays: 45,
    },
    {
      id: 'okr-review',
      title: 'Report your numbers at the monthly OKR review',
      detail:
        'At the monthly OKR progress review, know where your pipeline, win rate and activity stand against the team’s key results, and say what you will change next month.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 50,
      links: [RHYTHM],
    },
    {
      id: 'forecast',
      title: 'Forecast your own quarter',
      detail:
        'Using the team’s forecasting method, commit a number for the quarter from your pipeline, deal by deal. Compare it with your manager’s view and talk through every difference.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 65,
      links: [{ label: 'Stage 4: infrastructure and playbooks', href: `${STAGE_4}#phase-3-infrastructure--playbooks` }],
    },
    {
      id: 'quarterly-planning',
      title: 'Set your targets for next quarter',
      detail:
        'At quarterly OKR planning, agree your targets with your manager: the pipeline you will build, the deals you expect to close or renew, and one skill to improve.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 72,
      links: [RHYTHM],
    },
    {
      id: 'playbook-lesson',
      title: 'Add one lesson to the sales playbook',
      detail:
        'Write up one thing that worked with a customer (an objection answered, a question that qualified a deal fast) and add it to the playbook for that vertical or ICP.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 80,
      links: [PROCESSES],
    },
    {
      id: 'sdr-lead-handoff',
      title: 'Learn how leads reach you from marketing',
      detail:
        'Learn the lead scoring rules, what makes an MQL, and when an MQL becomes an SQL. Work ten MQLs with your buddy and qualify each with BANT.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 19,
      links: [glossary('MQL to SQL conversion', 'mql-to-sql-conversion')],
      track: 'sdr',
    },
    {
      id: 'sdr-first-meetings',
      title: 'Book your first qualified meetings for AEs',
      detail:
        'Book meetings that pass BANT and that an AE accepts. Track how many you book, how many are accepted and why any were rejected.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 42,
      track: 'sdr',
    },
    {
      id: 'ae-full-cycle',
      title: 'Run a deal from discovery to proposal yourself',
      detail:
        'Lead one deal through discovery, the demo and the proposal without a colleague on the call. Log each stage in the CRM as you go and debrief with your manager.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 55,
      track: 'ae',
    },
    {
      id: 'ae-coverage',
      title: 'Build 3x pipeline coverage for next quarter',
      detail:
        'Work out the pipeline you need for next quarter’s quota at the 3x coverage target, compare it with what you have, and plan where the gap will come from with your SDR and marketing.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 75,
      links: [glossary('Pipeline coverage', 'pipeline-coverage')],
      track: 'ae',
    },
    {
      id: 'am-book-review',
      title: 'Review your book of accounts',
      detail:
        'With Customer Success, go through each account: health score, renewal date, who the champion is, and room to expand. Flag every account at risk so it gets a plan this month.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 19,
      links: [glossary('Customer health score', 'customer-health-score')],
      track: 'am',
    },
    {
      id: 'am-expansion',
      title: 'Open an expansion opportunity',
      detail:
        'Run the expansion and upsell process on one account: find the need, qualify it with BANT and put it in the pipeline with a dated next step.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 53,
      links: [PROCESSES],
      track: 'am',
    },
  ],
});
