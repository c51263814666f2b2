// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseNumber } from '../../lib/parse';
import { useParsedText, type ParseOutcome, type ParsedTextOptions } from './useParsedText';

const toText = (v: number | null) => (v === null ? '' : String(v));
const parse = (text: string): ParseOutcome<number | null> => {
  if (text.trim() === '') return { ok: true, value: null };
  const n = parseNumber(text);
  if (n === null) return { ok: false, message: 'Not a number' };
  return n < 0 ? { ok: false, message: 'Too small' } : { ok: true, value: n };
};

function setup(initial: number | null, extra: Partial<ParsedTextOptions<number | null>> = {}) {
  const onValue = vi.fn();
  const onValidity = vi.fn();
  const hook = renderHook((props: { value: number | null }) => useParsedText({ value: props.value, toText, parse, onValue, onValidity, ...extra }), {
    initialProps: { value: initial },
  });
  return { ...hook, onValue, onValidity, type: (text: string) => act(() => hook.result.current.change(text)) };
}

describe('useParsedText', () => {
  it('starts from the stored value’s text', () => {
    expect(setup(12).result.current).toMatchObject({ text: '12', message: null });
    expect(setup(null).result.current.text).toBe('');
  });

  it('passes valid typed values on and keeps the text as typed', () => {
    const { result, type, onValue, onValidity } = setup(1);
    type('1,000');
    expect(result.current).toMatchObject({ text: '1,000', message: null });
    expect(onValue).toHaveBeenLastCalledWith(1000);
    expect(onValidity).toHaveBeenLastCalledWith(true);
    type('');
    expect(onValue).toHaveBeenLastCalledWith(null);
  });

  it('keeps junk and negative text with its message, and passes nothing on', () => {
    const { result, type, onValue, onValidity } = setup(5);
    type('abc');
    expect(result.current).toMatchObject({ text: 'abc', message: 'Not a number' });
    type('-3');
    expect(result.current).toMatchObject({ text: '-3', message: 'Too small' });
    expect(onValue).not.toHaveBeenCalled();
    expect(onValidity).toHaveBeenLastCalledWith(false);
  });

  it('re-syncs when the stored value changes from outside (reset, preset, another tab), clearing the message', () => {
    const { result, type, rerender, onValidity } = setup(5);
    type('abc');
    rerender({ value: 7 });
    expect(result.current).toMatchObject({ text: '7', message: null });
    expect(onValidity).toHaveBeenLastCalledWith(true);
    rerender({ value: null });
    expect(result.current.text).toBe('');
  });

  it('leaves the text alone when it already means the new value', () => {
    const { result, type, rerender } = setup(5);
    type('1,000');
    rerender({ value: 1000 });
    expect(result.current.text).toBe('1,000');
  });

  it('takes its own idea of when text means a value', () => {
    const { result, type, rerender } = setup(5, { means: (text, value) => text.startsWith(String(value)) });
    type('9 units');
    rerender({ value: 9 });
    expect(result.current.text).toBe('9 units');
    rerender({ value: 8 });
    expect(result.current.text).toBe('8');
  });

  it('with onlyChanges, passes on only values that differ from the stored one', () => {
    const { type, onValue } = setup(5, { onlyChanges: true });
    type('5.0');
    expect(onValue).not.toHaveBeenCalled();
    type('6');
    expect(onValue).toHaveBeenCalledWith(6);
  });

  it('handles huge numbers as numbers', () => {
    const { result, type, onValue } = setup(0);
    type('1e300');
    expect(onValue).toHaveBeenLastCalledWith(1e300);
    expect(result.current.message).toBeNull();
  });
});
