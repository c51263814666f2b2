import { definePlan } from '../../../lib/onboarding';
import { metric } from '../metrics';
import { sharedTasks } from '../shared-tasks';

const PROCESSES = { label: 'Process scaling: product development', href: '/playbooks/scaling-strategy/processes/' };
const RHYTHM = { label: 'Operating rhythm', href: '/playbooks/scaling-strategy/operating-rhythm/' };
const glossary = (label: string, slug: string) => ({ label, href: `/reference/metrics-glossary/#${slug}` });

export default definePlan({
  id: 'product-design',
  order: 2,
  title: 'Product and design',
  summary:
    'From using the product like a new customer to shaping next quarter’s roadmap: the quarterly roadmap and OKRs, the prioritization framework, user story mapping, and the four metrics product is measured by.',
  audience:
    'Product managers, designers (Design & UX) and user researchers: the teams under the VP Product in the Stage 3 org chart. Choose your track for the tasks specific to your role.',
  tracks: [
    { id: 'product', label: 'Product management', description: 'Owns an area’s problems, priorities, roadmap items and results.' },
    { id: 'design', label: 'Design and UX', description: 'Designs how the product works and feels, from flows to the design system.' },
    { id: 'research', label: 'Research', description: 'Finds out what users need and whether what we built works for them.' },
  ],
  metrics: [
    metric('feature-adoption-rate'),
    metric('user-engagement-score'),
    metric('time-to-value'),
    metric('csat'),
  ],
  goals: {
    'pre-start': ['Arrive knowing the north-star metric and how product success is measured.'],
    'days-1-30': ['Know the users, the product and the roadmap, and how work flows from idea to release.'],
    'days-31-60': ['Own an area of the product and improve it with the team, guided by what customers tell us.'],
    'days-61-90': [
      'Shape next quarter: prioritized roadmap items tied to OKRs.',
      'Ship something you shaped and measure its adoption.',
    ],
  },
  tasks: [
    ...sharedTasks({
      planId: 'product-design',
      tools: 'product analytics, the issue tracker and backlog, the design tools and the research repository',
      team: 'the product team',
      checkIn30: 'do they know the users, the roadmap and the product metrics, and have they used the product like a customer?',
      checkIn60: 'do they own an area, and does customer feedback about it reach them every week?',
      checkIn90: 'are next quarter’s items prioritized and tied to OKRs, and has something they shaped shipped and been measured?',
    }),
    {
      id: 'read-north-star',
      title: 'Read the north-star metric and the product KPIs',
      detail:
        'The north-star metric is active capsule interactions per month. Product is measured by feature adoption rate, user engagement score, time to value and product satisfaction (CSAT). Read how they fit together on the operating rhythm page.',
      owner: 'new-hire',
      phase: 'pre-start',
      dueOffsetDays: -3,
      links: [RHYTHM, glossary('Active capsule interactions per month', 'north-star-metric')],
    },
    {
      id: 'use-the-product',
      title: 'Use the product as a new customer would',
      detail:
        'Sign up from scratch and get to first value without help. Time it and note every point of friction: that is time to value as a customer lives it.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 1,
      links: [glossary('Time to value', 'time-to-value')],
    },
    {
      id: 'roadmap-walkthrough',
      title: 'Walk through the quarterly roadmap and its OKRs',
      detail:
        'Go through this quarter’s roadmap, the OKR each item serves, and what was left out and why. Name the area the new hire will own.',
      owner: 'manager',
      phase: 'days-1-30',
      dueOffsetDays: 3,
      links: [PROCESSES],
    },
    {
      id: 'sprint-rituals',
      title: 'Join the sprint rituals',
      detail:
        'Product works with engineering in 2-week sprints. Join sprint planning, the daily standup and the retrospective, and learn how the backlog is groomed and who decides what goes in a sprint.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 5,
      links: [PROCESSES],
    },
    {
      id: 'customer-conversations',
      title: 'Listen to five customers',
      detail:
        'Join sales calls, onboarding sessions and a support shift, and read recent NPS comments. Write down the three problems you heard most, in the customers’ own words.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 10,
    },
    {
      id: 'prioritization-framework',
      title: 'Learn the prioritization framework',
      detail:
        'Learn how backlog items are scored and ranked. Score three items yourself, compare with the product manager’s scores and talk through the differences.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 12,
      links: [PROCESSES],
    },
    {
      id: 'product-metrics',
      title: 'Find the current product metrics',
      detail:
        'Find today’s value and trend for feature adoption rate, user engagement score, time to value and CSAT, and the dashboards behind them. Note which of them your area moves.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 15,
      links: [
        glossary('Feature adoption rate', 'feature-adoption-rate'),
        glossary('User engagement score', 'user-engagement-score'),
        glossary('Time to value', 'time-to-value'),
        glossary('CSAT', 'csat'),
      ],
    },
    {
      id: 'release-management',
      title: 'Learn how releases go out',
      detail:
        'Follow a feature through the release management process: how it is released, how product marketing announces it and how customer success gets ready to support it.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 20,
      links: [PROCESSES],
    },
    {
      id: 'story-map',
      title: 'Map one feature with user story mapping',
      detail:
        'Build a user story map for a feature in your area: the user’s journey across the top, the stories beneath it, and the slice that makes the first release. Review it with engineering and design.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 38,
      links: [PROCESSES],
    },
    {
      id: 'okr-review',
      title: 'Report on your area at the monthly OKR review',
      detail:
        'At the monthly OKR progress review, say how your area’s key results are tracking, what you learned this month and what you will change.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 46,
      links: [RHYTHM],
    },
    {
      id: 'feedback-loop',
      title: 'Set up a customer feedback loop for your area',
      detail:
        'Agree with customer success how requests, NPS comments and support themes about your area reach you every week, and how you tell customers what changed. Customer feedback loops are one of the playbook’s guards against quality slipping during growth.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 53,
      links: [{ label: 'Risks and mitigations', href: '/playbooks/scaling-strategy/risks/' }],
    },
    {
      id: 'quarterly-planning',
      title: 'Draft next quarter’s roadmap items and OKRs',
      detail:
        'For your area, propose roadmap items ranked with the prioritization framework, each tied to an OKR and to a metric that will show it worked. Present them at quarterly planning.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 68,
      links: [PROCESSES, RHYTHM],
    },
    {
      id: 'ship-and-measure',
      title: 'Ship a feature and report its adoption',
      detail:
        'Release something from your area, then report its adoption and its effect on time to value or CSAT a few weeks later. Say what you will do next because of it.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 82,
      links: [glossary('Feature adoption rate', 'feature-adoption-rate')],
    },
    {
      id: 'pm-first-spec',
      title: 'Write your first one-page spec',
      detail:
        'For a small item in your area: the problem, who has it, how we will know it is solved, and what is out of scope. Review it with engineering before sprint planning.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 24,
      track: 'product',
    },
    {
      id: 'pm-stakeholders',
      title: 'Ask sales, marketing and customer success what they need',
      detail:
        'Meet the heads of Sales, Marketing and Customer Success. Ask what they need from your area, what customers ask for most, and what they hear about competitors.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 40,
      track: 'product',
    },
    {
      id: 'design-system',
      title: 'Learn the design system and its limits',
      detail:
        'Learn the components, patterns and accessibility rules in use, and the performance budget designs must fit: pages load in under 2 seconds, so lazy loading and image optimization are part of the design.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 17,
      links: [{ label: 'Technical scaling', href: '/playbooks/scaling-strategy/technical-scaling/' }],
      track: 'design',
    },
    {
      id: 'design-usability-test',
      title: 'Test a flow that affects time to value',
      detail:
        'Run a usability test of the sign-up or first-use flow with five users. Write up what you saw and turn the biggest problem into a story for the backlog.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 50,
      links: [glossary('Time to value', 'time-to-value')],
      track: 'design',
    },
    {
      id: 'research-past-findings',
      title: 'Read what research already knows',
      detail:
        'Read past studies, interview notes and the research repository. List the open questions the current roadmap depends on.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 17,
      track: 'research',
    },
    {
      id: 'research-first-study',
      title: 'Run a study that answers a roadmap question',
      detail:
        'Pick one open question with a product manager, plan the study, run it and present what you found with a clear recommendation.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 50,
      links: [PROCESSES],
      track: 'research',
    },
  ],
});
