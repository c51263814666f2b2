export * from './compute';
export * from './bands';
export * from './presets';
export * from './schema';
