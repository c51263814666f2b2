/**
 * Tasks every plan has, so the welcome, the buddy, the values, the operating rhythm and the
 * 30/60/90 check-ins read the same for every role. Each plan passes in what differs: its own
 * tools and what its check-ins look at. Ids are the same in every plan on purpose.
 */
import { onboardingPlanPath, type TaskInput } from '../../lib/onboarding';
import { rampSentence } from './ramp';

const RHYTHM = '/playbooks/scaling-strategy/operating-rhythm/';
const MANAGERS = '/onboarding/managers/';

/** What changes from one role family to another in the shared tasks. */
export interface SharedTaskOptions {
  /** The plan's id (for links to its page and the ramp sentence). */
  planId: string;
  /** The role's tools, as a phrase: "the CRM (HubSpot or Salesforce) and the demo environment". */
  tools: string;
  /** The team whose daily standup the new hire joins, as a phrase: "your sprint team". */
  team: string;
  /** What the 30-, 60- and 90-day check-ins look at for this role. */
  checkIn30: string;
  checkIn60: string;
  checkIn90: string;
}

/** The tasks every plan shares, written for the role through `options`. */
export function sharedTasks(o: SharedTaskOptions): TaskInput[] {
  const planPage = { label: 'This onboarding plan', href: onboardingPlanPath(o.planId) };
  const guide = { label: 'Manager’s guide to onboarding', href: MANAGERS };
  const rhythm = { label: 'Operating rhythm', href: RHYTHM };
  return [
    {
      id: 'welcome-note',
      title: 'Send the welcome note and first-week schedule',
      detail:
        'Confirm the start date, time and place, who they will meet in week one, and a link to this plan. Say what you would like them to read before day one and that nothing else is expected of them.',
      owner: 'manager',
      phase: 'pre-start',
      dueOffsetDays: -10,
      links: [guide, planPage],
    },
    {
      id: 'choose-buddy',
      title: 'Choose a buddy',
      detail:
        'Pick someone who knows how work really gets done here and is not the new hire’s manager. Ask them for about an hour a week for the first 90 days and share this plan with them: the buddy tasks are theirs.',
      owner: 'manager',
      phase: 'pre-start',
      dueOffsetDays: -10,
      links: [guide],
    },
    {
      id: 'accounts-and-equipment',
      title: 'Set up accounts, equipment and calendar',
      detail: `Laptop, email, Slack and calendar working on day one, plus access to ${o.tools}. Send invites for the standing meetings: the daily standup, the weekly department meeting and all-hands, and the weekly metrics review.`,
      owner: 'manager',
      phase: 'pre-start',
      dueOffsetDays: -5,
      links: [rhythm],
    },
    {
      id: 'buddy-hello',
      title: 'Say hello before day one',
      detail:
        'Send a short note: who you are, what you work on, and that you will meet on their first day. Offer to answer any questions before they start.',
      owner: 'buddy',
      phase: 'pre-start',
      dueOffsetDays: -3,
      links: [planPage],
    },
    {
      id: 'day-one-plan-review',
      title: 'Walk through this plan together',
      detail:
        'On day one, go through the goals for each phase and the tasks, change what does not fit, and agree when your weekly 1:1 is. Add the plan to the onboarding tracker with the real start date so the due dates are right.',
      owner: 'manager',
      phase: 'days-1-30',
      dueOffsetDays: 0,
      links: [planPage, { label: 'Onboarding tracker', href: '/tools/onboarding-tracker/' }],
    },
    {
      id: 'buddy-tour',
      title: 'Show how work gets done',
      detail: `Join ${o.team}’s daily standup (15 minutes) together, then walk through the Slack channels that matter, where async updates go, where documents live and who to ask for what.`,
      owner: 'buddy',
      phase: 'days-1-30',
      dueOffsetDays: 1,
      links: [rhythm],
    },
    {
      id: 'core-values',
      title: 'Learn the six core values',
      detail:
        'Customer Obsession, Innovation, Excellence, Collaboration, Integrity and Growth Mindset. For each, note one thing you saw someone do this week that shows it, and bring the list to your first 1:1.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 2,
      links: [rhythm],
    },
    {
      id: 'operating-rhythm',
      title: 'Learn the operating rhythm',
      detail:
        'Attend your first weekly all-hands (30 minutes) and department meeting. Learn what happens when: daily standups, weekly metrics review, the monthly OKR progress review and quarterly OKR planning. Ask your buddy what last quarter’s planning decided.',
      owner: 'new-hire',
      phase: 'days-1-30',
      dueOffsetDays: 4,
      links: [rhythm],
    },
    {
      id: 'check-in-30',
      title: '30-day check-in',
      detail: `Review the first month against the days 1–30 goals: ${o.checkIn30} Ask what has been confusing or slow, and agree the focus for days 31–60.`,
      owner: 'manager',
      phase: 'days-1-30',
      dueOffsetDays: 29,
      links: [guide],
    },
    {
      id: 'check-in-60',
      title: '60-day check-in',
      detail: `Review days 31–60 against their goals: ${o.checkIn60} Name one strength to build on and one gap to close by day 90.`,
      owner: 'manager',
      phase: 'days-31-60',
      dueOffsetDays: 59,
      links: [guide],
    },
    {
      id: 'onboarding-feedback',
      title: 'Tell us how onboarding went',
      detail:
        'Write down what helped, what was missing and what was out of date in this plan, and send it to your manager. Strong onboarding is how the company keeps its culture as it grows; your notes improve the next person’s plan.',
      owner: 'new-hire',
      phase: 'days-61-90',
      dueOffsetDays: 84,
      links: [planPage, { label: 'Risks and mitigations', href: '/playbooks/scaling-strategy/risks/' }],
    },
    {
      id: 'check-in-90',
      title: '90-day check-in and ramp review',
      detail: `Review the 90 days against the plan’s goals: ${o.checkIn90} ${rampSentence(o.planId)} Agree goals for the next quarter.`,
      owner: 'manager',
      phase: 'days-61-90',
      dueOffsetDays: 89,
      links: [guide],
    },
  ];
}
