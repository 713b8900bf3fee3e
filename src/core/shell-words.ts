/**
 * Splits a line into words exactly as a POSIX shell's token recognition and quote removal do,
 * without running a shell and without any expansion (no `$`, backquote, tilde, glob or brace
 * expansion; such characters are kept as they are):
 *  - blanks (space, tab) separate words — and so does a newline, where a shell would end the
 *    command: the one deliberate difference, so a YAML block of arguments works;
 *  - outside quotes a backslash keeps the next character literally, and backslash-newline joins lines;
 *  - single quotes keep everything up to the next single quote;
 *  - inside double quotes a backslash escapes only `$`, backquote, `"`, `\` and newline; before
 *    anything else it stays a backslash (`"a\d+"` is `a\d+`, as in bash);
 *  - `#` at the start of a word begins a comment that runs to the end of the line.
 * Unquoted `;`, `|`, `&`, `<`, `>`, `(` and `)` are shell operators: they are refused rather than
 * passed on as text, since a shell would not pass them either.
 */
export type ShellWords = { words: string[] } | { error: string };

const BLANK = new Set([' ', '\t', '\n']);
const OPERATORS = new Set([';', '|', '&', '<', '>', '(', ')']);
const ESCAPABLE_IN_DOUBLE_QUOTES = new Set(['$', '`', '"', '\\', '\n']);

export function splitShellWords(text: string): ShellWords {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (char === '\\') {
      const next = text[index + 1];
      index += 1;
      if (next === undefined) {
        current += '\\';
        inWord = true;
      } else if (next !== '\n') {
        current += next;
        inWord = true;
      }
    } else if (char === "'") {
      const end = text.indexOf("'", index + 1);
      if (end === -1) return { error: 'a single quote is not closed' };
      current += text.slice(index + 1, end);
      index = end;
      inWord = true;
    } else if (char === '"') {
      index += 1;
      for (; index < text.length && text[index] !== '"'; index += 1) {
        const inner = text[index] as string;
        if (inner === '\\' && ESCAPABLE_IN_DOUBLE_QUOTES.has(text[index + 1] ?? '')) {
          index += 1;
          if (text[index] !== '\n') current += text[index];
        } else current += inner;
      }
      if (index >= text.length) return { error: 'a double quote is not closed' };
      inWord = true;
    } else if (BLANK.has(char)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else if (char === '#' && !inWord) {
      const newline = text.indexOf('\n', index);
      if (newline === -1) break;
      index = newline - 1;
    } else if (OPERATORS.has(char)) {
      return { error: `'${char}' outside quotes is a shell operator; quote it ('${char}') to pass it as text` };
    } else {
      current += char;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return { words };
}

/**
 * The inverse, for display: an argv as one line a POSIX shell reads back into the same words
 * (words of only safe characters as they are, others in single quotes). Used to print the perf
 * command lines a user can paste; never used to run anything.
 */
export function formatShellCommand(argv: readonly string[]): string {
  return argv.map(quoteShellWord).join(' ');
}

function quoteShellWord(word: string): string {
  if (word !== '' && /^[\w@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}
