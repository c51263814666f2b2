/** The readiness and strategy assessments: definitions, scoring, bands, snapshots and schemas. */
export * from './definitions';
export * from './bands';
export * from './score';
export * from './schema';
export * from './snapshots';
