import type { Plugin } from 'vite';
import { defaultScaleModelInputs } from '../presets/scale-model/defaults';

/** Modules whose values are computed when the site is built, so browsers get the result rather than the code. */
const MODULES: Record<string, () => string> = {
  // The scale model's starting inputs come from the playbook's Phase 2 hiring plan through the preset builder;
  // shipping the computed inputs keeps the builder and the seed data out of the page, and its work out of load.
  'build-time:scale-model-defaults': () => `export default ${JSON.stringify(defaultScaleModelInputs())};`,
};

/** A Vite plugin serving the build-time modules (for the site and for the unit tests alike). */
export function buildTimeValues(): Plugin {
  return {
    name: 'handbook:build-time-values',
    resolveId: (id) => (id in MODULES ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') && id.slice(1) in MODULES ? MODULES[id.slice(1)]!() : undefined),
  };
}
