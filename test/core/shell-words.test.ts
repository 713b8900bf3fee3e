/** splitShellWords against bash itself as the oracle, on generated lines (fast-check). */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatShellCommand, splitShellWords } from '../../src/core/shell-words.js';

/** How bash splits `text` into words, with globbing off and nothing in it to expand. */
function splitWithBash(text: string): string[] | 'error' {
  const result = spawnSync('bash', ['-c', 'set -f; eval "set -- $1" || exit 97; printf "%s\\0" "$#" "$@"', '_', text], { encoding: 'utf8' });
  if (result.status !== 0) return 'error';
  const [count, ...words] = result.stdout.slice(0, -1).split('\0');
  return Number(count) === 0 ? [] : words;
}

// The characters that matter to word splitting and quoting, plus plain ones; none that bash would
// expand. No newline: a shell ends a command there, while `args` (often a YAML block) treats it as a
// blank — the one deliberate difference, tested on its own below.
const alphabet = ['a', 'b', 'Z', '1', '-', '=', '.', '/', ' ', ' ', '\t', "'", '"', '"', '\\', '\\', '#', ';', 'é'];
const lines = fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((chars) => chars.join(''));

describe('splitShellWords', () => {
  it('splits generated lines exactly as bash does, and refuses what bash refuses', () => {
    let compared = 0;
    fc.assert(
      fc.property(lines, (text) => {
        const ours = splitShellWords(text);
        const bash = splitWithBash(text);
        if ('error' in ours && /shell operator/.test(ours.error)) return; // bash would run it as a command list
        compared += 1;
        if (bash === 'error') expect('error' in ours, JSON.stringify(text)).toBe(true);
        else expect(ours, JSON.stringify(text)).toEqual({ words: bash });
      }),
      { numRuns: 400, seed: 20261202 },
    );
    expect(compared).toBeGreaterThan(200);
  });

  it('keeps a backslash inside double quotes unless it escapes $ ` " \\ or a newline', () => {
    expect(splitShellWords('--re "a\\d+" x')).toEqual({ words: ['--re', 'a\\d+', 'x'] });
    expect(splitShellWords('"a\\"b" \'c\\d\' e\\ f')).toEqual({ words: ['a"b', 'c\\d', 'e f'] });
    expect(splitShellWords('a # comment\nb')).toEqual({ words: ['a', 'b'] });
    // A newline separates words like a blank (a shell would end the command there), so a YAML block works.
    expect(splitShellWords('--n 3\n--name "x y"\n')).toEqual({ words: ['--n', '3', '--name', 'x y'] });
    expect(splitShellWords('"open')).toEqual({ error: 'a double quote is not closed' });
    expect(splitShellWords('a; b')).toMatchObject({ error: expect.stringMatching(/shell operator/) });
  });

  it('formats an argv that bash reads back into the same words (formatShellCommand)', () => {
    const words = fc.array(fc.array(fc.constantFrom(...alphabet, '$', '*', '`', '(', '~'), { maxLength: 8 }).map((chars) => chars.join('')), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(words, (argv) => {
        expect(splitWithBash(formatShellCommand(argv))).toEqual(argv);
      }),
      { numRuns: 200, seed: 20261203 },
    );
    expect(formatShellCommand(['perf', '--buildid-dir', '/out/perf-data/run-1.buildid', 'report', '-i', "it's here"])).toBe(
      "perf --buildid-dir /out/perf-data/run-1.buildid report -i 'it'\\''s here'",
    );
  });
});
