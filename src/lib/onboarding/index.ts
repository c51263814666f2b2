/** The onboarding tracker's pure logic: plan schema and validation, due dates, progress, sharing and export. */
export * from './schema';
export * from './known-paths';
export * from './validate';
export * from './dates';
export * from './schedule';
export * from './progress';
export * from './tracker';
export * from './share';
export * from './export';
export * from './messages';
