import { atom } from 'nanostores';
import { $undo, clearUndo, undo, withUndo } from './undo';

const tool = (initial: { n: number }) => ({ $value: atom(initial), spec: { tool: 'demo', version: 1, schema: { safeParse: () => ({ success: true }) } as never, defaults: { n: 0 } } });

describe('one-step undo', () => {
  beforeEach(() => clearUndo());

  it('puts back the inputs from before a reset, once', () => {
    const t = tool({ n: 5 });
    withUndo(t, 'Reset', () => t.$value.set({ n: 0 }));
    expect($undo.get()?.label).toBe('Reset');
    undo('demo');
    expect(t.$value.get()).toEqual({ n: 5 });
    expect($undo.get()).toBeNull();
  });

  it('offers nothing when the change changed nothing, or for another tool', () => {
    const t = tool({ n: 0 });
    withUndo(t, 'Reset', () => t.$value.set({ n: 0 }));
    expect($undo.get()).toBeNull();
    withUndo(t, 'Preset', () => t.$value.set({ n: 3 }));
    undo('other');
    expect(t.$value.get()).toEqual({ n: 3 });
  });

  it('withdraws the offer after a later edit, so the edit is never thrown away', () => {
    const t = tool({ n: 5 });
    withUndo(t, 'Preset', () => t.$value.set({ n: 9 }));
    t.$value.set({ n: 10 });
    expect($undo.get()).toBeNull();
    undo('demo');
    expect(t.$value.get()).toEqual({ n: 10 });
  });
});
