/** Messages specific to the onboarding tracker; the generic storage, share and import ones live in `src/lib/messages.ts`. */
export const onboardingMessages = {
  startDateRequired: 'Enter the start date: the first day of the job.',
  startDateInvalid: 'Enter the start date as a calendar date, e.g. 2025-03-03.',
  startDateOutOfRange: 'That start date is too far in the past or the future to plan from. Check the year.',
  startDateFarAway: 'That start date is more than a year from today. Check the year if that is not what you meant.',
  startDateWeekend: 'That start date is a weekend day. Due dates still count from it, moved off weekends.',
  roleRequired: 'Choose a role.',
  trackRequired: 'Choose a track: it decides which tasks are in the plan.',
  progressLinkInvalid:
    'This progress link is damaged or was changed after it was made, so it is not shown. Ask for a fresh link. Nothing saved in this browser changed.',
  trackersFull: (max: number) => `This browser already tracks ${max} plans, the most it can keep. Remove one to add another.`,
  progressLinkDates: 'This progress link’s start date cannot be used to work out due dates, so it is left out.',
  todayInvalid: 'The date to measure progress on is not a valid calendar date.',
  unknownRole: (roleId: string) =>
    `This is for a role the handbook has no onboarding plan for ("${roleId}"), so it was not opened. Nothing of yours changed.`,
  trackersDropped: (count: number) =>
    count === 1
      ? 'One saved onboarding plan could not be read and was left out. Everything else was kept.'
      : `${count} saved onboarding plans could not be read and were left out. Everything else was kept.`,
  importEmpty: 'That file holds no onboarding plans. Nothing was changed.',
} as const;
