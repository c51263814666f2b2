// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { NumberField } from './NumberField';

function Harness({ onValue }: { onValue: (v: number | null) => void }) {
  const [value, setValue] = useState<number | null>(10);
  return (
    <NumberField
      label="Monthly churn"
      suffix="%"
      value={value}
      rule={{ min: 0, max: 100, unit: '%' }}
      onValue={(v) => {
        setValue(v);
        onValue(v);
      }}
    />
  );
}

describe('NumberField', () => {
  it('passes a parsed number up as you type', async () => {
    const seen: Array<number | null> = [];
    render(<Harness onValue={(v) => seen.push(v)} />);
    const input = screen.getByLabelText('Monthly churn');
    await userEvent.clear(input);
    await userEvent.type(input, '2.5');
    expect(seen.at(-1)).toBe(2.5);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it.each([
    ['abc', 'This is not a number. Use digits, e.g. 1200 or 3.5.'],
    ['150', 'Must be at most 100%.'],
    ['-1', 'Must be at least 0%.'],
    ['', 'Enter a number.'],
  ])('shows a message next to the field for %j and keeps the last valid value', async (typed, message) => {
    const seen: Array<number | null> = [];
    render(<Harness onValue={(v) => seen.push(v)} />);
    const input = screen.getByLabelText('Monthly churn');
    await userEvent.clear(input);
    if (typed) await userEvent.type(input, typed);
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    expect(seen.every((v) => v === null || Number.isFinite(v))).toBe(true);
    expect(seen).not.toContain(150);
  });

  it('accepts an empty optional field as null', async () => {
    const seen: Array<number | null> = [];
    function Optional() {
      const [value, setValue] = useState<number | null>(12);
      return <NumberField label="Cap" value={value} rule={{ required: false, min: 1 }} onValue={(v) => { setValue(v); seen.push(v); }} />;
    }
    render(<Optional />);
    await userEvent.clear(screen.getByLabelText('Cap'));
    expect(seen.at(-1)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
