/**
 * The theme script inlined before first paint. Storage access can throw (blocked cookies, Safari
 * private mode) or hold junk, so every read is guarded and junk falls back to the system theme;
 * `StarlightThemeProvider` is always defined because Starlight's theme pickers call it.
 * Kept as a string so the page and the Content-Security-Policy hash share one source.
 */
export const themeProviderScript = `window.StarlightThemeProvider = (() => {
  let stored = null;
  try {
    const raw = localStorage.getItem('starlight-theme');
    stored = raw === 'light' || raw === 'dark' || raw === 'auto' ? raw : null;
  } catch {}
  let prefersLight = false;
  try {
    prefersLight = matchMedia('(prefers-color-scheme: light)').matches;
  } catch {}
  const theme = stored && stored !== 'auto' ? stored : prefersLight ? 'light' : 'dark';
  document.documentElement.dataset.theme = theme;
  return {
    updatePickers(picked = stored || 'auto') {
      document.querySelectorAll('starlight-theme-select').forEach((picker) => {
        const select = picker.querySelector('select');
        if (select) select.value = picked;
        const tmpl = document.querySelector('#theme-icons');
        const icon = tmpl && tmpl.content.querySelector('.' + picked);
        const old = picker.querySelector('svg.label-icon');
        if (icon && old) old.replaceChildren(...icon.cloneNode(true).childNodes);
      });
    },
  };
})();`;
