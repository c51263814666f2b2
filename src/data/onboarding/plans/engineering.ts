import { definePlan } from '../../../lib/onboarding';
import { metric } from '../metrics';
import { sharedTasks } from '../shared-tasks';

const TECH = { label: 'Technical scaling', href: '/playbooks/scaling-strategy/technical-scaling/' };
const PROCESSES = { label: 'Process scaling', href: '/playbooks/scaling-strategy/processes/' };
const RHYTHM = { label: 'Operating rhythm', href: '/playbooks/scaling-strategy/operating-rhythm/' };
const glossary = (label: string, slug: string) => ({ label, href: `/reference/metrics-glossary/#${slug}` });

export default definePlan({
  id: 'engineering',
  order: 1,
  title: 'Engineering',
  summary:
    'From a working laptop to owning roadmap work in 90 days: the sprint rhythm, the release process, the security baseline, and the four delivery metrics engineering is measured by.',
  audience:
    'Engineers joining Platform Engineering, the AI/ML team, DevOps & Infrastructure or QA & Testing, the four teams under the CTO in the Stage 3 org chart. Choose your track for the tasks specific to your team.',
  tracks: [
    { id: 'platform', label: 'Platform engineering', description: 'The core application and its services, databases and APIs.' },
    { id: 'ai-ml', label: 'AI/ML', description: 'The models and AI services behind capsule interactions: quality, response time and cost.' },
    { id: 'devops', label: 'DevOps and infrastructure', description: 'Cloud infrastructure, CI/CD, monitoring, scaling and recovery.' },
    { id: 'qa', label: 'QA and testing', description: 'Test strategy, automated suites and the quality gate for releases.' },
  ],
  metrics: [
    metric('deployment-frequency'),
    metric('lead-time-for-changes'),
    metric('mttr'),
    metric('change-failure-rate'),
  ],
  goals: {
    'pre-start': ['Arrive with working access and a picture of where the platform is on its scaling path.'],
    'days-1-30': [
      'Ship a first change to production through the normal release process.',
      'Know the sprint rhythm, the security baseline and the four delivery metrics.',
    ],
    'days-31-60': ['Own a sprint commitment end to end and understand how incidents are handled and measured.'],
    'days-61-90': ['Deliver a roadmap item with little guidance, help plan the next quarter, and leave one improvement behind.'],
  },
  tasks: [
    ...sharedTasks({
      planId: 'engineering',
      tools: 'the code repository, the CI/CD pipeline, the issue tracker, Datadog, and read-only access to the cloud console',
      team: 'their sprint team',
      checkIn30: 'is the first change in production, is the local setup solid, and are the sprint rituals clear?',
      checkIn60: 'did the sprint commitment land as planned, and what did on-call shadowing teach?',
      checkIn90: 'is the roadmap item delivered, and are code review and incident work happening without prompting?',
    }),
    {
      id: 'read-technical-scaling',
      title: 'Read how the platform scales',
      detail:
        'Read the technical scaling page: how the architecture grows from a monolith in one region to distributed microservices across regions, and the capacity and uptime target at each stage. Note which stage we are in; it frames every architecture discussion.',
      owner: 'new-hire',
      phase: 'pre-start',
      dueOffsetDays: -3,
      links: [TECH, { label: 'Scaling Strategy overview', href: '/playbooks/scaling-strategy/' }],
    },
    {
      id: 'dev-environment',
      title: 'Run the product locally and pass the test suite',
      detail:
        'Get the app and its tests running on your machine. Write down every step that was missing or wrong in the setup guide: fixing that guide makes a good first pull request.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 1,
    },
    {
      id: 'architecture-walkthrough',
      title: 'Walk through the architecture',
      detail:
        'An hour at a whiteboard: the services and how they talk, the managed databases and read replicas, the Redis cache, the message queues (SQS/Pub-Sub), where the AI/ML services sit, and the Datadog dashboards to open when something is slow.',
      owner: 'buddy',
      phase: 'days-1-30',
      dueOffsetDays: 2,
      links: [TECH],
    },
    {
      id: 'security-basics',
      title: 'Learn the security baseline',
      detail:
        'Every change keeps HTTPS everywhere, secure authentication, encryption at rest and in transit, and least-privilege access. Learn what SOC 2 and GDPR/CCPA ask of code (access reviews, audit logs, how personal data is stored and deleted) and where the incident response plan is.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 3,
      links: [TECH],
    },
    {
      id: 'sprint-planning',
      title: 'Join sprint planning and take a first ticket',
      detail:
        'We work in 2-week sprints. At your first sprint planning, take one small, well-defined ticket that touches the main code path. Until then, pair with your buddy on theirs.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 5,
      links: [PROCESSES],
    },
    {
      id: 'release-process',
      title: 'Learn how a change reaches production',
      detail:
        'Follow a change from merge through CI and review to release. Find out who approves a release, how to roll one back, and how a failed change is recorded, because it counts toward the change failure rate.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 7,
      links: [PROCESSES, glossary('Change failure rate', 'change-failure-rate')],
    },
    {
      id: 'first-change',
      title: 'Ship your first change to production',
      detail:
        'Get your first ticket reviewed, merged and released through the normal process, then check it in production and in monitoring. Small is fine: the point is to have walked the whole path once.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 10,
    },
    {
      id: 'first-retro',
      title: 'Speak up in your first retrospective',
      detail:
        'At the end of your first sprint, bring one thing that slowed you down and one thing that worked. New people see the friction the team has stopped noticing.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 13,
      links: [PROCESSES],
    },
    {
      id: 'delivery-metrics',
      title: 'Learn the four delivery metrics',
      detail:
        'Deployment frequency, lead time for changes, mean time to recovery (MTTR) and change failure rate. For each, find how it is measured here, its current value and its trend: these are the numbers engineering reports at the weekly metrics review.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 16,
      links: [
        glossary('Deployment frequency', 'deployment-frequency'),
        glossary('Lead time for changes', 'lead-time-for-changes'),
        glossary('MTTR', 'mttr'),
        glossary('Change failure rate', 'change-failure-rate'),
      ],
    },
    {
      id: 'performance-targets',
      title: 'Know the performance targets',
      detail:
        'Response time under 3 seconds (target under 2), AI response under 5 seconds (target under 3), page load under 2 seconds, API latency under 100 ms at p95, uptime 99.9%. Find the dashboard for each and note which is closest to its limit.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 22,
      links: [TECH],
    },
    {
      id: 'sprint-commitment',
      title: 'Own a sprint commitment end to end',
      detail:
        'Take a story from sprint planning to production yourself: break it down, estimate it, build it with tests, release it and confirm in monitoring that it works. Ask for help when you have been stuck for half a day.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 41,
      links: [PROCESSES],
    },
    {
      id: 'incident-shadow',
      title: 'Shadow on-call and read the incident reviews',
      detail:
        'Shadow the on-call engineer for one rotation. Read the last few incident reviews: what broke, how it was detected, how long recovery took and what changed afterwards. That recovery time is MTTR.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 45,
      links: [glossary('MTTR', 'mttr'), TECH],
    },
    {
      id: 'okr-review',
      title: 'Follow your team’s OKRs at the monthly review',
      detail:
        'At the monthly OKR progress review, see how the team’s key results are tracking and which of your work moves them. Ask your manager which key result you own a piece of.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 48,
      links: [RHYTHM],
    },
    {
      id: 'tech-debt',
      title: 'Log one piece of technical debt, with its cost',
      detail:
        'Pick something that slowed you down: a flaky test, a slow pipeline step, a confusing module. Write down what it costs the team each sprint and a fix, and bring it to backlog grooming. Managing technical debt is one of the playbook’s answers to scaling risk.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 55,
      links: [{ label: 'Risks and mitigations', href: '/playbooks/scaling-strategy/risks/' }],
    },
    {
      id: 'quarterly-planning',
      title: 'Contribute to quarterly planning',
      detail:
        'Help shape next quarter’s roadmap and OKRs: estimate the items you know, flag risks and dependencies, and say what you would like to own.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 67,
      links: [PROCESSES, RHYTHM],
    },
    {
      id: 'roadmap-item',
      title: 'Deliver a roadmap item',
      detail:
        'Lead one item of the quarterly roadmap with product: agree the scope, split it into stories, ship it across sprints, and report progress at standup without being asked.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 80,
      links: [PROCESSES],
    },
    {
      id: 'platform-scaling-limit',
      title: 'Find the platform’s next scaling limit',
      detail:
        'From the capacity of each stage (users, capsule interactions a month, storage) and current growth, work out which limit we hit first and the next stage’s answer: horizontal scaling, read replicas, caching, queues or sharding. The Day 29 infrastructure worksheet walks through it.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 52,
      links: [TECH, { label: 'Day 29: infrastructure and technology', href: '/workshops/day-29/infrastructure-and-technology/' }],
      track: 'platform',
    },
    {
      id: 'platform-on-call',
      title: 'Join the on-call rotation',
      detail:
        'Take on-call shifts with a backup. Know the runbooks for the top alerts on your services and how to reach whoever leads incident response.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 74,
      links: [glossary('MTTR', 'mttr')],
      track: 'platform',
    },
    {
      id: 'ai-response-budget',
      title: 'Learn the AI response-time and cost budget',
      detail:
        'AI responses must come back in under 5 seconds (target under 3). AI/ML services cost $2.5K a month at Stage 1, $7.5K at Stage 2 and $20K at Stage 3. Find today’s AI response time and monthly AI spend, and where each is tracked.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 18,
      links: [TECH],
      track: 'ai-ml',
    },
    {
      id: 'ai-optimization',
      title: 'Propose one model optimization or cache',
      detail:
        'Find a request path where model optimization or caching would cut AI response time or cost. Measure the current figure, estimate the gain, and write it up for the team.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 52,
      links: [TECH],
      track: 'ai-ml',
    },
    {
      id: 'devops-monitoring',
      title: 'Learn monitoring, alerting and auto-scaling',
      detail:
        'Walk through the Datadog dashboards and alert rules, the auto-scaling groups and load balancers, and the runbook for each paging alert. Fix one alert that is noisy or unclear.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 18,
      links: [TECH],
      track: 'devops',
    },
    {
      id: 'devops-recovery-drill',
      title: 'Run a backup restore and recovery drill',
      detail:
        'Restore a backup into a test environment and time it. Hold the result against the uptime target: 99.9% leaves about 43 minutes of downtime in a 30-day month. Write down what would make recovery faster, and so lower MTTR.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 50,
      links: [TECH, glossary('MTTR', 'mttr')],
      track: 'devops',
    },
    {
      id: 'qa-test-strategy',
      title: 'Learn the test strategy and its gaps',
      detail:
        'Find which tests run where (unit, integration, end to end, performance), how long the suite takes and which tests are flaky. Compare recent failed changes with the tests that should have caught them.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 18,
      links: [glossary('Change failure rate', 'change-failure-rate')],
      track: 'qa',
    },
    {
      id: 'qa-release-gate',
      title: 'Own the quality gate for one release',
      detail:
        'Define the checks a release must pass, run them for one release and report what you found. Every defect that escapes to production feeds the change failure rate.',
      owner: 'new-hire',
      phase: 'days-31-60',
      dueOffsetDays: 50,
      links: [PROCESSES, glossary('Change failure rate', 'change-failure-rate')],
      track: 'qa',
    },
  ],
});
