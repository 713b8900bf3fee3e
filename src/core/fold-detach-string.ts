/**
 * Returns a copy of `text` that does not share memory with the line it was cut from. V8 keeps
 * the whole input chunk alive behind a substring; long-lived map keys must not do that, or memory
 * would grow with the input instead of with the number of distinct names.
 */
export function detachString(text: string): string {
  return ` ${text}`.slice(1);
}
