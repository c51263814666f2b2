// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { themeProviderScript } from './theme-script';

type Win = Window & { StarlightThemeProvider?: { updatePickers: (t?: string) => void } };

function run(storage: Partial<Storage> | 'blocked', prefersLight = false) {
  const win = window as Win;
  delete win.StarlightThemeProvider;
  delete document.documentElement.dataset.theme;
  vi.stubGlobal('matchMedia', () => ({ matches: prefersLight }));
  if (storage === 'blocked') {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
  } else {
    vi.spyOn(window, 'localStorage', 'get').mockReturnValue(storage as Storage);
  }
  new Function(themeProviderScript)();
  return win;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the inline theme script', () => {
  it('applies a stored theme', () => {
    run({ getItem: () => 'light' });
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('falls back to the system theme when storage is blocked, and still defines the provider', () => {
    const win = run('blocked', true);
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(() => win.StarlightThemeProvider!.updatePickers()).not.toThrow();
  });

  it('survives a storage whose reads throw (full or broken)', () => {
    const win = run({
      getItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(win.StarlightThemeProvider).toBeDefined();
  });

  it('ignores junk in storage', () => {
    run({ getItem: () => '<img src=x>' }, true);
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('sets the pickers to the stored choice', () => {
    document.body.innerHTML = '<starlight-theme-select><select><option>auto</option><option>dark</option></select></starlight-theme-select>';
    const win = run({ getItem: () => 'dark' });
    win.StarlightThemeProvider!.updatePickers();
    expect(document.querySelector('select')!.value).toBe('dark');
  });
});
