/**
 * Lines of a text stream, as node:readline with `crlfDelay: Infinity` yields them — a line ends at
 * `\n`, `\r\n` or a lone `\r`; a last line without an end is still a line; no empty line after a
 * final line end — but split with indexOf on each decoded chunk instead of readline's regular
 * expression and event machinery, which cost about as much as parsing a large folded file.
 */
import { StringDecoder } from 'node:string_decoder';

/** Calls `onLine` with each line of `input` (UTF-8), in order; resolves at the end of the stream. */
export async function forEachStreamLine(input: NodeJS.ReadableStream, onLine: (line: string) => void): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    rest = splitLines(rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk)), onLine, { final: false });
  }
  rest = splitLines(rest + decoder.end(), onLine, { final: true });
  if (rest !== '') onLine(rest);
}

/** Emits the complete lines of `text` and returns what is left after the last line end. */
function splitLines(text: string, onLine: (line: string) => void, options: { final: boolean }): string {
  let start = 0;
  if (!text.includes('\r')) {
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
      onLine(text.slice(start, newline));
      start = newline + 1;
    }
    return text.slice(start);
  }
  // Carriage returns: `\r\n` is one line end, a lone `\r` another. A `\r` at the very end of a chunk
  // waits for the next one, which may start with its `\n`.
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== 10 && code !== 13) continue;
    if (code === 13 && index + 1 === text.length && !options.final) break;
    onLine(text.slice(start, index));
    if (code === 13 && text.charCodeAt(index + 1) === 10) index += 1;
    start = index + 1;
  }
  return text.slice(start);
}
