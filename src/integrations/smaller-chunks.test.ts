import { describe, expect, it } from 'vitest';
import { wantsSecondPass } from './smaller-chunks';

const nm = (path: string) => `/work/handbook/node_modules/${path}`;

describe('which chunks get the terser pass', () => {
  it('takes chunks holding third-party libraries, scoped packages included', () => {
    expect(wantsSecondPass([nm('chart.js/dist/chart.js'), nm('@kurkle/color/dist/color.esm.js'), '/work/handbook/src/components/charts/setup.ts'])).toBe(true);
    expect(wantsSecondPass([nm('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs')])).toBe(true);
    expect(wantsSecondPass(['C:\\work\\handbook\\node_modules\\date-fns\\addDays.js'])).toBe(true);
  });

  it('leaves the handbook’s own modules and React’s prebuilt runtime to the bundler', () => {
    expect(wantsSecondPass(['/work/handbook/src/lib/scale-model/model.ts', '\0vite/preload-helper.js'])).toBe(false);
    expect(wantsSecondPass([nm('react-dom/cjs/react-dom-client.production.js'), nm('scheduler/index.js'), nm('@astrojs/react/dist/client.js')])).toBe(false);
    expect(wantsSecondPass([])).toBe(false);
  });
});
