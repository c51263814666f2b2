import { formatKb, totalBytes } from './size-text';

describe('formatKb', () => {
  it('reads bytes as kilobytes with one decimal', () => {
    expect(formatKb(1536)).toBe('1.5 KB');
    expect(formatKb(0)).toBe('0 KB');
  });
});

describe('totalBytes', () => {
  it('adds the sizes up, 0 for none', () => {
    expect(totalBytes([{ bytes: 10 }, { bytes: 32 }])).toBe(42);
    expect(totalBytes([])).toBe(0);
  });
});
