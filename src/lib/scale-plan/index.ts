/** The scale plan: every tool's saved result, cross-checked, against the Stage 4 exit criteria. */
export * from './types';
export * from './checks';
export * from './exit-criteria';
export * from './build';
export * from './sections';
export * from './registry-checks';
export * from './schema';
export * from './carry';
