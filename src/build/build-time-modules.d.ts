/** The scale model's starting inputs, computed at build time from the playbook's Phase 2 hiring plan. */
declare module 'build-time:scale-model-defaults' {
  const defaults: import('../lib/scale-model/types').ScaleModelInputs;
  export default defaults;
}
