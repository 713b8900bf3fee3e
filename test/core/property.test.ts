/**
 * Property tests (fast-check, fixed seeds): the parsers and escapers hold for arbitrary input, and
 * the folder ends every mutated real capture in a result — never a crash (a hang would fail the
 * test by vitest's timeout).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { createCompatFolder } from '../../src/core/fold-compat.js';
import { foldLines } from '../../src/core/fold-python.js';
import { compareBytes, formatFoldedText, parseFoldedText, sortedStackKeys } from '../../src/core/folded.js';
import { parsePerfFrameLine, parsePerfHeaderLine } from '../../src/core/perf-script.js';
import { escapeXml, stripInvalidXmlChars } from '../../src/core/xml-escape.js';
import { fixturePath } from '../helpers/golden.js';

const seed = 20261202;
/** Frame names: anything but the separators of the folded format (';' between frames, newlines). */
const frameName = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }).filter((name) => !/[;\n\r]/.test(name) && name.trim() === name && name !== '');

describe('properties', () => {
  it('folded text round-trips: parse(format(stacks)) is the same stacks', () => {
    const stacks = fc.array(fc.tuple(fc.array(frameName, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 1_000_000_000 })), { maxLength: 20 });
    fc.assert(
      fc.property(stacks, (entries) => {
        const map = new Map<string, number>();
        for (const [frames, weight] of entries) {
          const key = frames.join(';');
          map.set(key, (map.get(key) ?? 0) + weight);
        }
        const again = parseFoldedText(formatFoldedText(map));
        expect([...again].sort()).toEqual([...map].sort());
      }),
      { seed, numRuns: 300 },
    );
  });

  it('stacks are sorted in code-unit order, as compareBytes orders them (astral characters and separators included)', () => {
    // Code units, not code points: the mix of surrogate pairs, U+E000–U+FFFF, ';', ' ' and prefixes.
    const unit = fc.constantFrom('a', 'b', 'Z', ';', ' ', '(', '\u00e9', '\ue000', '\uffff', '\ud83d\ude00', '\ud83e\udd80');
    fc.assert(
      fc.property(fc.uniqueArray(fc.array(unit, { maxLength: 6 }).map((units) => units.join('')), { maxLength: 40 }), (keys) => {
        const stacks = new Map(keys.map((key) => [key, 1]));
        const expected = [...keys].sort(compareBytes);
        expect(sortedStackKeys(stacks)).toEqual(expected);
        expect(formatFoldedText(stacks)).toBe(expected.map((key) => `${key} 1\n`).join(''));
      }),
      { seed, numRuns: 300 },
    );
  });

  it('a malformed folded line is an error that names its line, never a silent pass', () => {
    fc.assert(
      fc.property(fc.array(frameName, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' x', ' -1', ' 1e999', ' NaN'), (frames, tail) => {
        const text = `a;b 1\n${frames.join(';')}${tail}\n`;
        let outcome: string;
        try {
          outcome = `ok ${parseFoldedText(text).size}`;
        } catch (error) {
          outcome = (error as Error).message;
        }
        expect(outcome).toMatch(/^ok 2$|line 2/);
      }),
      { seed, numRuns: 200 },
    );
  });

  it('escaped text is always well-formed XML, whatever the characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'binary' }), (text) => {
        const escaped = escapeXml(stripInvalidXmlChars(text));
        expect(XMLValidator.validate(`<a b="${escaped}">${escaped}</a>`)).toBe(true);
      }),
      { seed, numRuns: 1000 },
    );
  });

  it('the perf script line parsers return a value or undefined for any line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120, unit: 'binary' }), (line) => {
        expect(() => parsePerfHeaderLine(line)).not.toThrow();
        expect(() => parsePerfFrameLine(line)).not.toThrow();
      }),
      { seed, numRuns: 2000 },
    );
  });

  it('the folders end every mutated real capture in a result: truncated lines, binary bytes, huge counts, a 10,000-frame stack', () => {
    const lines = readFileSync(fixturePath('fold', 'py313-jit-bench.txt'), 'utf8').split('\n');
    const deepStack = ['python3.13 100/100 1.000000:     1001001 cpu-clock:u: ', ...Array.from({ length: 10_000 }, (_, i) => `\t    7f00${String(i).padStart(8, '0')} frame_${i}+0x1 (/usr/lib/libx.so)`), ''];
    const mutation = fc.record({
      cut: fc.integer({ min: 0, max: lines.length }),
      at: fc.integer({ min: 0, max: lines.length - 1 }),
      junk: fc.string({ maxLength: 30, unit: 'binary' }),
      period: fc.constantFrom('1', '18446744073709551615', '99999999999999999999', '-5', 'x'),
      deep: fc.boolean(),
    });
    fc.assert(
      fc.property(mutation, ({ cut, at, junk, period, deep }) => {
        const mutated = lines.slice(0, cut);
        if (mutated.length > at) mutated[at] = `${mutated[at]!.slice(0, Math.floor(mutated[at]!.length / 2))}${junk}`;
        mutated.push(`python3.13 9/9 2.000000: ${period} cpu-clock:u: `, '\t    7f0000000001 main+0x1 (/usr/bin/python3.13)', '');
        if (deep) mutated.push(...deepStack);
        const python = foldLines(mutated, { view: 'python', workingDirectory: '/work', homeDirectory: '/root' });
        const compat = createCompatFolder({});
        for (const line of mutated) compat.pushLine(line);
        const folded = compat.finish();
        for (const weight of [...python.stacks.values(), ...folded.values()]) expect(Number.isFinite(weight)).toBe(true);
      }),
      { seed, numRuns: 60 },
    );
  });
});
