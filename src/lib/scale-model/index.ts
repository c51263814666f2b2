/**
 * Scale model: a 12-month hiring plan per role → capacity, output, cost, managers, pipeline,
 * requisitions, capital efficiency and sensitivity. Pure functions; see README.md for the method.
 */
export * from './types';
export * from './rules';
export * from './math';
export { computeScaleModel, computeRoleSeries, computeScaleCore } from './compute';
export type { RoleSeries, ScaleCore } from './compute';
export { computeCapitalEfficiency, burnMultipleOf, quarterlyMagicNumbers, cacPaybackMonths } from './capital';
export type { MonthlyMoney } from './capital';
export { buildRequisitions, requisitionOpenMonth } from './requisitions';
export { sanitizeScaleModelInputs, isComputableInputs } from './sanitize';
export type { SanitizedInputs } from './sanitize';
export * from './schema';
export * from './validate';
export * from './sensitivity';
export * from './scenarios';
export * from './messages';
export * from './seed-types';
export type { PresetValueSource, ValueBasis } from './value-source';
export * from './draft';
export * from './provenance';
