/**
 * Compat view against stackcollapse-perf.pl. The expected files test/golden/fold/<case>.compat*.folded
 * were produced by running Brendan Gregg's stackcollapse-perf.pl (FlameGraph repo, perl 5.36) with
 * the options named in the file name over test/fixtures/fold/<case>.txt; they are NOT written by
 * UPDATE_GOLDEN (this test reads them directly), so they stay the Perl tool's output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCompatFolder, type CompatOptions } from '../../src/core/fold-compat.js';
import { formatFoldedText } from '../../src/core/folded.js';
import { foldCaptures } from '../helpers/fold-captures.js';
import { fixturePath, goldenPath } from '../helpers/golden.js';

const CAPTURES = foldCaptures;

const OPTION_SETS: Array<{ suffix: string; options: CompatOptions }> = [
  { suffix: 'compat', options: {} },
  { suffix: 'compat-pid', options: { pid: true } },
  { suffix: 'compat-tid', options: { tid: true } },
  { suffix: 'compat-kernel', options: { kernel: true } },
  { suffix: 'compat-jit', options: { jit: true } },
  { suffix: 'compat-all', options: { all: true } },
  { suffix: 'compat-addrs', options: { addrs: true } },
];

const EXTRA_CASES: Array<{ capture: string; suffix: string; options: CompatOptions }> = [
  { capture: 'edge-cases', suffix: 'compat-event-page-faults', options: { eventFilter: 'page-faults' } },
  { capture: 'edge-cases', suffix: 'compat-event-sched-switch', options: { eventFilter: 'sched:sched_switch' } },
  { capture: 'edge-cases', suffix: 'compat-all-tid-addrs', options: { all: true, tid: true, addrs: true } },
  { capture: 'srcline', suffix: 'compat-srcline', options: { srcline: true } },
  { capture: 'srcline', suffix: 'compat-srcline-all', options: { srcline: true, all: true } },
];

function readLines(capture: string): string[] {
  const lines = readFileSync(fixturePath('fold', `${capture}.txt`), 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function foldCompat(lines: string[], options: CompatOptions): string {
  const folder = createCompatFolder(options);
  for (const line of lines) folder.pushLine(line);
  return formatFoldedText(folder.finish());
}

function readPerlOutput(capture: string, suffix: string): string {
  return readFileSync(goldenPath('fold', `${capture}.${suffix}.folded`), 'utf8');
}

describe('compat view equals stackcollapse-perf.pl byte for byte', () => {
  const cases = [
    ...CAPTURES.flatMap((capture) => OPTION_SETS.map((set) => ({ capture, ...set }))),
    ...EXTRA_CASES,
  ];
  it.each(cases)('$capture with $suffix', ({ capture, suffix, options }) => {
    const expected = readPerlOutput(capture, suffix);
    expect(expected.length).toBeGreaterThan(0);
    expect(foldCompat(readLines(capture), options)).toBe(expected);
  });
});

describe('compat view behaviour', () => {
  it('weights by period and keeps only the first event type', () => {
    const lines = [
      'prog 10/11 [000] 1.000000:     250 cpu-clock: ',
      '\t    400100 work+0x10 (/usr/bin/prog)',
      '\t    400000 main (/usr/bin/prog)',
      '',
      'prog 10/11 [000] 1.001000:     750 cpu-clock: ',
      '\t    400100 work+0x22 (/usr/bin/prog)',
      '\t    400000 main (/usr/bin/prog)',
      '',
      'prog 10/11 [000] 1.002000:       9 page-faults: ',
      '\t    400200 other (/usr/bin/prog)',
      '',
    ];
    expect(foldCompat(lines, {})).toBe('prog;main;work 1000\n');
    expect(foldCompat(lines, { eventFilter: 'page-faults', pid: true })).toBe('prog-10;other 9\n');
  });

  it('does not store a sample that lacks its terminating blank line (as the Perl tool)', () => {
    const lines = ['prog 10/11 1.0: 1 cpu-clock: ', '\t    400100 work (/usr/bin/prog)'];
    expect(foldCompat(lines, {})).toBe('');
  });
});
