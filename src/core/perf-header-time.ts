/**
 * Where a `perf script` header line's time is (`start` to `end`, the `:` after it): the first
 * `DIGITS.DIGITS` after a space or a tab and before a `:`. The line interner keys header lines by
 * their bytes outside it (line-interner.wat `$headerKey`, the same rule on bytes), so that the
 * headers of one thread, which differ only there, are read once. undefined when there is none.
 */
export function findHeaderTime(line: string): { start: number; end: number } | undefined {
  const match = HEADER_TIME.exec(line);
  if (match === null) return undefined;
  return { start: match.index + 1, end: match.index + match[0].length - 1 };
}

const HEADER_TIME = /[ \t]\d+\.\d+:/;
