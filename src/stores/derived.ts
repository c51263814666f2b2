/**
 * A tool's compute function that returns `defaultResult` itself, the results the server rendered, while the
 * inputs are the starting ones (nothing saved, or just reset). Nothing is computed twice on load, and
 * hydration finds the very value it rendered, so React has nothing to redo.
 */
export function reuseDefaultResult<I, R>(defaults: I, defaultResult: R, compute: (inputs: I) => R): (inputs: I) => R {
  return (inputs) => (inputs === defaults ? defaultResult : compute(inputs));
}
