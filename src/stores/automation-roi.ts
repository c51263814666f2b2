import { createPersistentTool, derivedResults } from './persistent';
import {
  automationRoiInputsSchema,
  computeAutomationRoi,
  emptyAutomationProcess,
  MAX_PROCESSES,
  type AutomationProcessInput,
  type AutomationRoiInputs,
} from '../lib/automation-roi/index';

/** Version of the stored automation ROI inputs. */
export const AUTOMATION_ROI_VERSION = 1;

/** What a new visitor starts with: the worksheet's three blank automations and no hourly cost. */
export const automationRoiDefaults: AutomationRoiInputs = {
  loadedHourlyCostUsd: null,
  processes: [emptyAutomationProcess(), emptyAutomationProcess(), emptyAutomationProcess()],
};

/** Saved inputs of the automation ROI calculator. */
export const automationRoi = createPersistentTool<AutomationRoiInputs>({
  tool: 'automation-roi',
  version: AUTOMATION_ROI_VERSION,
  schema: automationRoiInputsSchema,
  defaults: automationRoiDefaults,
});

/** Results derived from the saved inputs, and those of the starting inputs (what the server renders). */
export const { $result: $automationRoiResult, defaultResult: automationRoiDefaultResult } = /* @__PURE__ */ derivedResults(automationRoi, computeAutomationRoi);

const update = (change: (inputs: AutomationRoiInputs) => AutomationRoiInputs) => automationRoi.$value.set(change(automationRoi.$value.get()));

/** Set the loaded hourly cost (null for blank). */
export function setHourlyCost(value: number | null): void {
  update((i) => ({ ...i, loadedHourlyCostUsd: value }));
}

/** Change some fields of process `index`. */
export function updateProcess(index: number, patch: Partial<AutomationProcessInput>): void {
  update((i) => ({ ...i, processes: i.processes.map((p, n) => (n === index ? { ...p, ...patch } : p)) }));
}

/** Add a blank process at the end; false when the list is full. */
export function addProcess(): boolean {
  if (automationRoi.$value.get().processes.length >= MAX_PROCESSES) return false;
  update((i) => ({ ...i, processes: [...i.processes, emptyAutomationProcess()] }));
  return true;
}

/** Remove process `index`. */
export function removeProcess(index: number): void {
  update((i) => ({ ...i, processes: i.processes.filter((_, n) => n !== index) }));
}

/** Replace every input (a preset). */
export function loadInputs(inputs: AutomationRoiInputs): void {
  automationRoi.$value.set(structuredClone(inputs));
}
