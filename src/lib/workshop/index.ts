/** The Day 29 workshop kit: worksheets, assessments, sums, agenda, timer, state and export/import. */
export * from './definition';
export * from './worksheets/index';
export * from './worksheets/values';
export * from './assessment/index';
export * from './links';
export * from './messages';
export * from './sums';
export * from './agenda';
export * from './timer';
export * from './state';
export * from './outputs';
export * from './export';
export { UNANSWERED, renderInput, renderComputed, ordinalSuffix } from './export-markdown';
export * from './facilitator';
