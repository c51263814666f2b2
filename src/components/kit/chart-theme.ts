/** Colours for charts taken from the page's theme, so charts follow light and dark mode. */
export interface ChartTheme {
  text: string;
  grid: string;
  background: string;
  series: string[];
  isDark: boolean;
}

/*
 * The series palette lives in src/styles/tokens.css (`--hb-series-dark-N`, `--hb-series-light-N`); these copies
 * are only what a chart falls back to where no stylesheet is loaded (server render, jsdom).
 */
const darkSeries = ['#7cb7ff', '#ffb86b', '#6fe3a5', '#ff8fa3', '#c9a7ff', '#ffe27a'];
const lightSeries = ['#1d4ed8', '#b45309', '#047857', '#be123c', '#6d28d9', '#854d0e'];

/** The series colours of one palette from the tokens, each falling back to the copy above. */
function readSeries(palette: 'dark' | 'light'): string[] {
  const fallback = palette === 'dark' ? darkSeries : lightSeries;
  if (typeof document === 'undefined' || typeof getComputedStyle !== 'function') return fallback;
  const css = getComputedStyle(document.documentElement);
  return fallback.map((colour, i) => css.getPropertyValue(`--hb-series-${palette}-${i}`).trim() || colour);
}

/** The theme a chart is drawn with before the page is known (server render and hydration): Starlight's default, dark. */
export const initialChartTheme: ChartTheme = { text: '#c0c2c7', grid: '#353841', background: '#17181c', series: darkSeries, isDark: true };

/** The palette for paper: always light, whichever theme is on screen. */
const printChartTheme: ChartTheme = { text: '#1f2937', grid: '#c8cbd2', background: '#ffffff', series: lightSeries, isDark: false };

/** True while the page is laid out for print (print preview, printing, or emulated print media). */
export function isPrinting(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('print').matches;
}

/** Read the current theme from the document (falls back to dark, Starlight's default); print is always light. */
export function readChartTheme(forPrint: boolean = isPrinting()): ChartTheme {
  if (forPrint) return { ...printChartTheme, series: readSeries('light') };
  if (typeof document === 'undefined') return initialChartTheme;
  const root = document.documentElement;
  const css = getComputedStyle(root);
  const isDark = root.dataset.theme !== 'light';
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--sl-color-gray-2', isDark ? '#c0c2c7' : '#353841'),
    grid: v('--sl-color-gray-5', isDark ? '#353841' : '#c0c2c7'),
    background: v('--sl-color-bg', isDark ? '#17181c' : '#ffffff'),
    series: readSeries(isDark ? 'dark' : 'light'),
    isDark,
  };
}
