import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPerfLineReader, createPerfScriptParser, parsePerfFrameLine, parsePerfHeaderLine, readFrameAddress, type PerfSample } from '../../src/core/perf-script.js';
import { fixturePath } from '../helpers/golden.js';

function parseAll(lines: string[]): PerfSample[] {
  const samples: PerfSample[] = [];
  const parser = createPerfScriptParser((sample) => samples.push(sample));
  for (const line of lines) parser.pushLine(line);
  parser.finish();
  return samples;
}

describe('parsePerfHeaderLine', () => {
  it('reads our recorder format (pid/tid, no cpu)', () => {
    const sample = parsePerfHeaderLine('python3.13  6667/6668    378.518100:    1001001 cpu-clock: ');
    expect(sample).toEqual({ comm: 'python3.13', pid: 6667, tid: 6668, time: 378.5181, period: 1001001, event: 'cpu-clock', frames: [] });
  });

  it('reads default perf script output (tid only, cpu, event modifiers)', () => {
    const sample = parsePerfHeaderLine('V8 WorkerThread 25607 [002] 94564.109216:     250000 cpu-clock:ppp: ');
    expect(sample).toEqual({ comm: 'V8 WorkerThread', tid: 25607, cpu: 2, time: 94564.109216, period: 250000, event: 'cpu-clock:ppp', frames: [] });
  });

  it('reads a header without period and a tracepoint with arguments', () => {
    expect(parsePerfHeaderLine('python3.13 4242/4242 [001] 100.007000: cpu-clock:ppp: ')?.period).toBeUndefined();
    const tracepoint = parsePerfHeaderLine('perf 5000/5000 [001] 100.008000:          1 sched:sched_switch: prev_comm=perf prev_pid=5000');
    expect(tracepoint?.event).toBe('sched:sched_switch');
    expect(tracepoint?.frames).toEqual([]);
  });

  it('takes the frame of a sample printed without callchain', () => {
    const sample = parsePerfHeaderLine('python3 12/12 1.000000:    1001001 cpu-clock:      7f00aa10 deflate_slow+0x12 (/usr/lib/libz.so.1)');
    expect(sample?.frames).toEqual([{ address: '7f00aa10', symbol: 'deflate_slow', offset: '0x12', dso: '/usr/lib/libz.so.1' }]);
  });

  it('rejects frame lines and noise', () => {
    expect(parsePerfHeaderLine('this line is odd and matches nothing')).toBeUndefined();
  });
});

describe('parsePerfFrameLine', () => {
  it.each([
    ['\t    7f0000001000 compute value (with spaces)+0x1a (/usr/lib/libfancy.so.1)', { address: '7f0000001000', symbol: 'compute value (with spaces)', offset: '0x1a', dso: '/usr/lib/libfancy.so.1' }],
    ['\tffffffff81000c82 asm_exc_page_fault+0x22 ([kernel.kallsyms])', { address: 'ffffffff81000c82', symbol: 'asm_exc_page_fault', offset: '0x22', dso: '[kernel.kallsyms]' }],
    ['\t    ffffffffffffffff [unknown] ([unknown])', { address: 'ffffffffffffffff', symbol: '[unknown]', dso: '[unknown]' }],
    ['\t              85 py::ABCMeta.register:<frozen abc> (/tmp/jitted-2657-49.so)', { address: '85', symbol: 'py::ABCMeta.register:<frozen abc>', dso: '/tmp/jitted-2657-49.so' }],
    ['\t    7fcd118b628e py::<module>:<frozen _collections_abc> (/tmp/perf-6784.map)', { address: '7fcd118b628e', symbol: 'py::<module>:<frozen _collections_abc>', dso: '/tmp/perf-6784.map' }],
    ['\t    7f0000006000 ns::Widget<int; long>::run(int) const+0x2b (/usr/lib/libfancy.so.1)', { address: '7f0000006000', symbol: 'ns::Widget<int; long>::run(int) const', offset: '0x2b', dso: '/usr/lib/libfancy.so.1' }],
    ['\t    7f0000006000 py::Résumé.ünïcode_→:/w/módulo.py (/tmp/perf-1.map)', { address: '7f0000006000', symbol: 'py::Résumé.ünïcode_→:/w/módulo.py', dso: '/tmp/perf-1.map' }],
  ])('%s', (line, expected) => {
    expect(parsePerfFrameLine(line)).toEqual(expected);
  });

  it('rejects lines that do not start with an address', () => {
    expect(parsePerfFrameLine('   ')).toBeUndefined();
    expect(parsePerfFrameLine('  uniform_int_dist.h:300')).toBeUndefined();
  });
});

describe('createPerfScriptParser', () => {
  it('gives (inlined) frames the DSO of the real frame at the same address', () => {
    const [sample] = parseAll([
      'python3.13  6667 [000] 378.499214:    1001001 cpu-clock:ppp: ',
      '\t            e4ed elf_machine_rela+0x8cd (inlined)',
      '\t            e4ed _dl_relocate_object+0x8cd (/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2)',
      '',
    ]);
    expect(sample?.frames[0]).toEqual({ address: 'e4ed', symbol: 'elf_machine_rela', offset: '0x8cd', dso: '/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', inlined: true });
  });

  it('delivers each sample at its blank line, before the next lines arrive', () => {
    const seen: string[] = [];
    const parser = createPerfScriptParser((sample) => seen.push(sample.frames[0]?.symbol ?? ''));
    parser.pushLine('p 1/1 1.0: 1 cpu-clock: ');
    parser.pushLine('\t  400100 first (/bin/p)');
    expect(seen).toEqual([]);
    parser.pushLine('');
    expect(seen).toEqual(['first']);
    parser.pushLine('p 1/1 1.1: 1 cpu-clock: ');
    parser.pushLine('\t  400200 second (/bin/p)');
    parser.finish();
    expect(seen).toEqual(['first', 'second']);
  });

  it('parses every sample and frame of a real capture', () => {
    const text = readFileSync(fixturePath('fold', 'py313-jit-bench-default-format.txt'), 'utf8');
    const samples = parseAll(text.split('\n'));
    const headerLines = text.split('\n').filter((line) => /^\S/.test(line));
    const frameLines = text.split('\n').filter((line) => line.startsWith('\t'));
    expect(samples).toHaveLength(headerLines.length);
    expect(samples.reduce((sum, sample) => sum + sample.frames.length, 0)).toBe(frameLines.length);
    expect(samples.every((sample) => sample.comm === 'python3.13' && sample.event === 'cpu-clock' && sample.cpu === undefined && sample.tid !== undefined)).toBe(true);
    expect(samples.flatMap((sample) => sample.frames).every((frame) => frame.dso !== 'inlined' && !frame.symbol.includes('+0x'))).toBe(true);
  });
});

describe('createPerfLineReader', () => {
  it('reports headers, frame texts after the address and sample ends, in order', () => {
    const events: string[] = [];
    const reader = createPerfLineReader({
      onHeader: (header) => events.push(`header ${header.comm} ${header.event ?? ''} frames=${header.frames.length}`),
      onFrame: (line, tailStart) => events.push(`frame ${readFrameAddress(line, tailStart)} | ${line.slice(tailStart)}`),
      onSampleEnd: () => events.push('end'),
    });
    for (const line of [
      '\t  400100 before_any_header (/bin/p)',
      '# comment',
      'python3 12/12 1.000000:    1001001 cpu-clock:      7f00aa10 deflate_slow+0x12 (/usr/lib/libz.so.1)',
      'p 1/1 1.1: 1 cpu-clock: ',
      '\t    7f0000001000 compute value (with spaces)+0x1a (/usr/lib/libfancy.so.1)\r',
      '  uniform_int_dist.h:300',
      '\t  400100 last (/bin/p)',
      '   ',
      '\t  400100 after_blank (/bin/p)',
    ]) {
      reader.pushLine(line);
    }
    reader.finish();
    expect(events).toEqual([
      'header python3 cpu-clock frames=0',
      'frame 7f00aa10 | deflate_slow+0x12 (/usr/lib/libz.so.1)',
      'end',
      'header p cpu-clock frames=0',
      'frame 7f0000001000 | compute value (with spaces)+0x1a (/usr/lib/libfancy.so.1)',
      'frame 400100 | last (/bin/p)',
      'end',
    ]);
  });
});
