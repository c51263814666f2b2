import { describe, expect, it } from 'vitest';
import { escapeMarkdownText } from './markdown';

describe('escapeMarkdownText', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['**bold** and [link](javascript:x)', '\\*\\*bold\\*\\* and \\[link\\](javascript:x)'],
    ['# heading', '\\# heading'],
    ['1. first', '1\\. first'],
    ['- item', '\\- item'],
    ['&lt;script&gt;', '\\&lt;script\\&gt;'],
    ['Plain words, 3.5 and 40%.', 'Plain words, 3.5 and 40%.'],
  ])('%s', (raw, escaped) => {
    expect(escapeMarkdownText(raw)).toBe(escaped);
  });

  it('leaves no raw tag opener behind', () => {
    expect(escapeMarkdownText('a <b> c </script>')).not.toMatch(/(^|[^\\])</);
  });
});
