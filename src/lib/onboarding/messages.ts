/** Messages specific to the onboarding tracker; the generic storage, share and import ones live in `src/lib/messages.ts`. */
export const onboardingMessages = {
  startDateInvalid: 'Enter the start date as a calendar date, e.g. 2025-03-03.',
  todayInvalid: 'The date to measure progress on is not a valid calendar date.',
  unknownRole: (roleId: string) =>
    `This is for a role the handbook has no onboarding plan for ("${roleId}"), so it was not opened. Nothing of yours changed.`,
  trackersDropped: (count: number) =>
    count === 1
      ? 'One saved onboarding plan could not be read and was left out. Everything else was kept.'
      : `${count} saved onboarding plans could not be read and were left out. Everything else was kept.`,
  importEmpty: 'That file holds no onboarding plans. Nothing was changed.',
} as const;
