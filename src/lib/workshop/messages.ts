/** Messages specific to the Day 29 workshop (generic ones live in `src/lib/messages.ts`). */
export const workshopMessages = {
  chooseOption: (options: readonly string[]) => `Choose one of: ${options.join(', ')}.`,
  notText: 'Enter text.',
  textTooLong: (max: number) => `Keep this under ${max} characters.`,
  salaryRangeReversed: 'The minimum salary is above the maximum.',
  groupFull: (max: number) => `At most ${max} can be added.`,
  groupAtMinimum: (min: number) => `At least ${min} must stay.`,
  teamTargetMismatch: (sum: number, total: number) =>
    `The functions add up to ${sum} people, but the total target says ${total}.`,
  teamDeltaMismatch: (entered: number, computed: number) =>
    `The change entered (${entered}) differs from target − current (${computed}).`,
  channelsNot100: (sum: number) => `The recruiting channels add up to ${sum}%, not 100%.`,
  startTimeInvalid: 'Enter a start time as HH:MM, e.g. 09:30.',
  agendaTotalDiffers: (sum: number, stated: number) =>
    `The parts add up to ${sum} minutes, but the workshop states ${stated} minutes total.`,
  importNotJson: 'That file is not valid JSON, so nothing was imported. Nothing was changed.',
  importWrongFormat: 'That file is not a Day 29 workshop export from this handbook. Nothing was changed.',
  importWrongVersion: (version: unknown) =>
    `That export is version ${String(version)}, which this handbook cannot read (it reads version 1). Nothing was changed.`,
  importBadValues: (where: string, detail: string) =>
    `That export has a value this handbook cannot use (${where}: ${detail}). Nothing was changed.`,
} as const;
