/**
 * Schema issues in plain words, in one place. Two registers: `reader` for people importing a file or a
 * link (a sentence, "Must be at least 0."; zod/mini ships no English messages, so it is all written here)
 * and `author` for people writing a data file (a clause after the field's name, "must be at least 0 (got -1)",
 * keeping the schema's own custom messages).
 */
import type * as core from 'zod/v4/core';
import { messages } from './messages';

/** Who reads the message: someone importing (`reader`) or someone writing the data (`author`). */
export type IssueRegister = 'reader' | 'author';

const READER_TYPE_TEXT: Partial<Record<string, string>> = {
  int: messages.mustBeWhole,
  number: 'not a number',
  string: 'not text',
  array: 'missing or not a list',
  object: 'missing or not a set of answers',
  boolean: 'not yes or no',
};

const quote = (v: unknown) => (typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v)));

/** What is wrong with a value, without where it is (the caller names the place its own way). */
export function describeIssue(issue: core.$ZodIssue | undefined, register: IssueRegister = 'reader'): string {
  if (!issue) return 'invalid';
  return register === 'reader' ? forReader(issue) : forAuthor(issue);
}

function forReader(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)}` : messages.belowMin(Number(issue.minimum));
    case 'too_big':
      return issue.origin === 'array' ? `has more than ${String(issue.maximum)}` : messages.aboveMax(Number(issue.maximum));
    case 'invalid_type':
      // zod/mini does not report the input, so "missing" and "the wrong kind" read the same here.
      return READER_TYPE_TEXT[issue.expected] ?? 'missing or the wrong kind of value';
    case 'invalid_format':
      return issue.format === 'datetime' ? 'not a date and time' : `not a valid ${issue.format}`;
    case 'invalid_value':
      return `not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'entry' : 'entries'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return 'invalid';
  }
}

function forAuthor(issue: core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  const primitive = input === null || ['string', 'number', 'boolean'].includes(typeof input);
  const got = primitive ? ` (got ${quote(input)})` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is missing';
      return issue.message.startsWith('Invalid input') ? `must be ${issue.expected}${got}` : `${issue.message}${got}`;
    case 'invalid_value':
      return issue.message === 'is missing' ? issue.message : `${issue.message}${got}`;
    case 'invalid_format':
      return `${issue.message}${got}`;
    case 'too_small':
      return issue.message.startsWith('Too small') ? `must be at least ${String(issue.minimum)}` : issue.message;
    case 'too_big':
      return issue.message.startsWith('Too big') ? `must be at most ${String(issue.maximum)}` : issue.message;
    default:
      return issue.message;
  }
}
