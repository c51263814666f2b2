/** Automation ROI calculator: inputs schema, computation and messages. */
export * from './schema';
export * from './compute';
export { automationMessages, paybackText, roiNoteText, roiText } from './messages';
