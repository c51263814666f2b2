/**
 * User text in Markdown exports is text, never markup: characters Markdown or HTML could read as
 * syntax (`<`, `&`, `*`, `[`, and `#`, `-`, `1.` at a line start …) are backslash-escaped, which
 * CommonMark renders as the character itself. Parentheses stay: with `[` escaped they link nothing.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|~&]/g, '\\$&')
    .replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3')
    .replace(/^(\s*)([-+=#])/gm, '$1\\$2');
}
