/** Messages of the automation ROI calculator (generic number messages come from `src/lib/messages.ts`). */
export const automationMessages = {
  savedMoreThanCurrent: (savedHoursPerWeek: number, currentHoursPerWeek: number) =>
    `Hours saved (${savedHoursPerWeek}/week) cannot be more than the current effort (${currentHoursPerWeek}/week).`,
  rateMissing: 'Enter the loaded hourly cost to turn hours saved into dollars.',
  savedMissing: 'Enter the hours saved per week.',
  costMissing: 'Enter the monthly cost (0 if it has none).',
} as const;
