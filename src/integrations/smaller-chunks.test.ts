import { describe, expect, it } from 'vitest';
import { wantsSecondPass } from './smaller-chunks';

const nm = (path: string) => `/work/handbook/node_modules/${path}`;

describe('which chunks get the terser pass', () => {
  it('takes the handbook’s own chunks and third-party libraries, React itself included', () => {
    expect(wantsSecondPass([nm('chart.js/dist/chart.js'), nm('@kurkle/color/dist/color.esm.js')])).toBe(true);
    expect(wantsSecondPass(['/work/handbook/src/lib/scale-model/model.ts', '\0vite/preload-helper.js'])).toBe(true);
    expect(wantsSecondPass([nm('react/cjs/react.production.js'), nm('react/index.js')])).toBe(true);
    expect(wantsSecondPass([nm('react-dom/cjs/react-dom.production.js'), nm('react-dom/index.js')])).toBe(true);
    expect(wantsSecondPass(['C:\\work\\handbook\\node_modules\\date-fns\\addDays.js'])).toBe(true);
  });

  it('leaves the chunk of React DOM’s prebuilt client runtime to the bundler', () => {
    expect(
      wantsSecondPass([
        nm('scheduler/cjs/scheduler.production.js'),
        nm('scheduler/index.js'),
        nm('react-dom/cjs/react-dom-client.production.js'),
        nm('react-dom/client.js'),
        nm('@astrojs/react/dist/static-html.js'),
        nm('@astrojs/react/dist/client.js'),
      ]),
    ).toBe(false);
    expect(wantsSecondPass(['C:\\work\\handbook\\node_modules\\react-dom\\client.js'])).toBe(false);
    expect(wantsSecondPass([nm('react-dom/cjs/react-dom-client.production.js'), '/work/handbook/src/components/islands/hydrate.ts'])).toBe(true);
  });
});
