import { useEffect, useState } from 'react';

/** What reading typed text gives: the value it stands for, or the message to show next to the field. */
export type ParseOutcome<V> = { ok: true; value: V } | { ok: false; message: string };

/** How a field turns its stored value into text and typed text back into a value. */
export interface ParsedTextOptions<V> {
  /** The stored value; when it changes from outside (reset, preset, another tab) the text follows it. */
  value: V;
  toText: (value: V) => string;
  parse: (text: string) => ParseOutcome<V>;
  /** Called with every valid value typed; never with bad input. */
  onValue: (value: V) => void;
  /** Reports whether the text is valid, so a form can count the fields that need attention. */
  onValidity?: (valid: boolean) => void;
  /** Whether `text` already stands for `value`, so a change from outside leaves it as typed; by default, when it parses to the value. */
  means?: (text: string, value: V) => boolean;
  /** Pass on only values that differ from the stored one. */
  onlyChanges?: boolean;
}

/** The text in the box, the message for bad input (or null), and the handler for typed text. */
export interface ParsedText {
  text: string;
  message: string | null;
  change: (next: string) => void;
}

/**
 * The sync between a field's typed text and its stored value, for every text box that holds a value:
 * what is typed stays as typed while it is being edited (a half-typed "1." or "abc" is kept, with its
 * message), valid values are passed on, and a stored value changed from elsewhere replaces the text
 * unless the text already means it.
 */
export function useParsedText<V>({ value, toText, parse, onValue, onValidity, means, onlyChanges = false }: ParsedTextOptions<V>): ParsedText {
  const [text, setText] = useState(() => toText(value));
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const already = means ? means(text, value) : meansByParsing(parse(text), value);
    if (already) return;
    setText(toText(value));
    setMessage(null);
    onValidity?.(true);
    // Only a change of the stored value re-syncs; typing changes the text, not the value, when it is bad.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const change = (next: string) => {
    setText(next);
    const result = parse(next);
    if (result.ok) {
      setMessage(null);
      onValidity?.(true);
      if (!onlyChanges || result.value !== value) onValue(result.value);
    } else {
      setMessage(result.message);
      onValidity?.(false);
    }
  };

  return { text, message, change };
}

function meansByParsing<V>(parsed: ParseOutcome<V>, value: V): boolean {
  return parsed.ok && parsed.value === value;
}
