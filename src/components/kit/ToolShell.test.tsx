// @vitest-environment jsdom
import { act, useEffect, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ToolShell } from './ToolShell';

// Hydration is driven with React's act() here, without Testing Library's render.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A tool body that counts its clicks and records when its effects have run (it has hydrated). */
function Body({ onEffect }: { onEffect: () => void }) {
  const [clicks, setClicks] = useState(0);
  useEffect(onEffect, [onEffect]);
  return (
    <button type="button" onClick={() => setClicks((n) => n + 1)}>
      Clicked {clicks}
    </button>
  );
}

function Tool({ onEffect }: { onEffect: () => void }) {
  return (
    <ToolShell label="Test tool" print={false}>
      <Body onEffect={onEffect} />
    </ToolShell>
  );
}

describe('ToolShell hydration', () => {
  it('serves the body inside a Suspense boundary, so React hydrates it apart from the shell', () => {
    const html = renderToString(<Tool onEffect={() => {}} />);
    expect(html).toMatch(/<!--\$-->.*Clicked.*<!--\/\$-->/s);
    expect(html).not.toContain('data-hydrated');
  });

  it('marks itself hydrated only once the body has hydrated, and the body then works', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Tool onEffect={() => {}} />);
    document.body.append(container);
    const effects: boolean[] = [];
    const section = container.querySelector('section')!;
    // What the shell says about itself each time the body's effects run.
    const onEffect = () => void effects.push(section.hasAttribute('data-hydrated'));
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <Tool onEffect={onEffect} />, { onRecoverableError: (e) => errors.push(e) });
    });
    expect(errors).toEqual([]);
    expect(effects).toEqual([false]);
    expect(section.hasAttribute('data-hydrated')).toBe(true);
    const button = container.querySelector('button')!;
    await act(async () => button.click());
    expect(button.textContent).toBe('Clicked 1');
    container.remove();
  });
});
