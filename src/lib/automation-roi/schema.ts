/** Zod schema for the automation ROI calculator's stored and shared inputs (zod/mini: it reaches the browser). */
import * as z from 'zod/mini';

/** A week has 168 hours; more is a typo. */
export const MAX_HOURS_PER_WEEK = 168;
/** Largest dollar amount accepted ($1 trillion): keeps every product of inputs finite. */
export const MAX_USD = 1e12;
/** Most processes one calculation holds (keeps share links and storage small). */
export const MAX_PROCESSES = 50;

const hours = z.nullable(z.number().check(z.minimum(0), z.maximum(MAX_HOURS_PER_WEEK)));
const usd = z.nullable(z.number().check(z.minimum(0), z.maximum(MAX_USD)));

/** One process to automate. */
export const automationProcessSchema = z.lazy(() =>
  z.object({
    name: z.string().check(z.maxLength(200)),
    currentHoursPerWeek: hours,
    hoursSavedPerWeek: hours,
    monthlyCostUsd: usd,
    /** Optional set-up cost; null means none. */
    oneTimeCostUsd: usd,
  }),
);

/** The calculator's inputs: the loaded hourly cost of the people whose time is saved, and the processes. */
export const automationRoiInputsSchema = z.lazy(() =>
  z.object({
    loadedHourlyCostUsd: usd,
    processes: z.array(automationProcessSchema).check(z.maxLength(MAX_PROCESSES)),
  }),
);

/** One process's inputs. */
export type AutomationProcessInput = z.infer<typeof automationProcessSchema>;
/** The calculator's inputs. */
export type AutomationRoiInputs = z.infer<typeof automationRoiInputsSchema>;

/** A process with nothing filled in. */
export function emptyAutomationProcess(name = ''): AutomationProcessInput {
  return { name, currentHoursPerWeek: null, hoursSavedPerWeek: null, monthlyCostUsd: null, oneTimeCostUsd: null };
}
