/**
 * Record-stage pieces that need no profiling: parsing perf's messages (texts captured from perf 6.1
 * on the project machine), classifying failed `perf record` calls, reading log tails, and
 * `recordRun` when perf itself cannot be started.
 */
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planMode } from '../../src/core/profiling-modes.js';
import { readLogTail } from '../../src/shell/process.js';
import { addTaskEventPids, classifyRecordFailure, parseLostChunks } from '../../src/shell/recorder.js';
import { recordFolded } from '../helpers/record-folded.js';

const scratch = mkdtempSync(join(tmpdir(), 'ppg-recorder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** stderr of `perf record -F 20000 -m 2 --call-graph dwarf,65528` on a busy loop (ring buffer overflow). */
const overflowStderr = `[ perf record: Woken up 2 times to write data ]
Warning:
Processed 85 events and lost 24 chunks!

Check IO/CPU overload!

Warning:
Processed 6675 samples and lost 100.00%!

[ perf record: Captured and wrote 0.007 MB l.data ]
`;

/** stderr of `perf record … -- sh -c 'echo hi >&2; exit 3'` (the workload's line first). */
const workloadExit3Stderr = `hi
[ perf record: Woken up 1 times to write data ]
[ perf record: Captured and wrote 0.001 MB e.data ]
`;

/** stderr of `perf record -e nosuchevent …` (exit 129, no perf.data). */
const badEventStderr = `event syntax error: 'nosuchevent'
                     \\___ parser error
Run 'perf list' for a list of valid events

 Usage: perf record [<options>] [<command>]
    or: perf record [<options>] -- <command> [<options>]

    -e, --event <event>   event selector. use 'perf list' to list available events
`;

/** stderr of `perf record … -- /nonexistent/prog` (perf 6.1, exit 255). */
const missingWorkloadStderr = `Failed to collect 'cpu-clock' for the '/nonexistent/prog' workload: No such file or directory\n`;

/** `perf script --show-task-events -F comm,pid,tid,time,period,event,ip,sym,dso` of python running a subprocess. */
const taskEventLines = [
  'perf-exec     0/0         0.000000: PERF_RECORD_COMM: perf-exec:14376/14376',
  'python3.13 14376/14376  1685.902241: PERF_RECORD_COMM exec: python3.13:14376/14376',
  'python3.13 14376/14376  1685.923213: PERF_RECORD_FORK(14378:14378):(14376:14376)',
  'python3.13 14378/14378  1685.923304: PERF_RECORD_COMM exec: python3.13:14378/14378',
  'python3.13 14378/14378  1685.935631: PERF_RECORD_EXIT(14378:14378):(14376:14376)',
  'python3.13 14376/14376  1685.940015: PERF_RECORD_EXIT(14376:14376):(14375:14375)',
];

/** The same events with `-F pid` (what the recorder asks for after a failed run). */
const taskEventPidOnlyLines = [
  '    0 PERF_RECORD_COMM: perf-exec:14376/14376',
  '14376 PERF_RECORD_COMM exec: python3.13:14376/14376',
  '14376 PERF_RECORD_FORK(14378:14378):(14376:14376)',
  '14378 PERF_RECORD_COMM exec: python3.13:14378/14378',
  '14378 PERF_RECORD_EXIT(14378:14378):(14376:14376)',
  '14376 PERF_RECORD_EXIT(14376:14376):(14375:14375)',
];

describe('parseLostChunks', () => {
  it('reads the ring-buffer overflow warning', () => {
    expect(parseLostChunks(overflowStderr)).toBe(24);
  });

  it('adds up repeated warnings and is 0 without one', () => {
    expect(parseLostChunks(`${overflowStderr}${overflowStderr}`)).toBe(48);
    expect(parseLostChunks(workloadExit3Stderr)).toBe(0);
  });
});

describe('addTaskEventPids', () => {
  it('collects the workload and its children, not perf (the EXIT event names perf as parent)', () => {
    for (const lines of [taskEventLines, taskEventPidOnlyLines]) {
      const pids = new Set<number>();
      for (const line of lines) addTaskEventPids(line, pids);
      expect([...pids].sort()).toEqual([14376, 14378]);
    }
  });
});

describe('classifyRecordFailure', () => {
  const context = { perfPath: '/usr/bin/perf', timeoutMs: 3000 };
  const ok = { exitCode: 0, signal: null, timedOut: false, stderr: workloadExit3Stderr };

  it('accepts a finished recording', () => {
    expect(classifyRecordFailure(ok, context)).toBeUndefined();
  });

  it("names the benchmark's exit code when perf finished writing", () => {
    expect(classifyRecordFailure({ ...ok, exitCode: 3 }, context)).toBe('The benchmark failed with exit code 3.');
    expect(classifyRecordFailure({ ...ok, exitCode: null, signal: 'SIGSEGV' }, context)).toBe('The benchmark failed with signal SIGSEGV.');
  });

  it('blames perf, with its message, when perf never finished a recording', () => {
    const message = classifyRecordFailure({ ...ok, exitCode: 129, stderr: badEventStderr }, context);
    expect(message).toMatch(/^perf record failed \(exit code 129\)/);
    expect(message).toContain("event syntax error: 'nosuchevent'");
    expect(message).not.toContain('Usage');
  });

  it('says the benchmark could not be started when perf could not exec it', () => {
    expect(classifyRecordFailure({ ...ok, exitCode: 255, stderr: missingWorkloadStderr }, context)).toBe(
      `The benchmark could not be started: ${missingWorkloadStderr.trim()}`,
    );
  });

  it('says a run timed out, with the limit, and that everything was killed', () => {
    const message = classifyRecordFailure({ ...ok, exitCode: null, signal: 'SIGTERM', timedOut: true }, context);
    expect(message).toBe('The benchmark timed out after 3 s (timeout-minutes); perf and every process it started were killed.');
  });

  it('turns spawn errors into a message naming the path', () => {
    const spawnError = Object.assign(new Error('spawn /opt/perf EACCES'), { code: 'EACCES' });
    const message = classifyRecordFailure({ ...ok, exitCode: null, stderr: '', spawnError }, { perfPath: '/opt/perf' });
    expect(message).toMatch(/^perf could not be started at \/opt\/perf \(permission denied\)/);
  });
});

describe('readLogTail', () => {
  it('returns the last lines of a small log', () => {
    const path = join(scratch, 'small.log');
    writeFileSync(path, 'a\nb\nc\n');
    expect(readLogTail(path, 2)).toEqual(['b', 'c']);
    expect(readLogTail(path, 50)).toEqual(['a', 'b', 'c']);
  });

  it('reads only the end of a large log and never returns a partial first line', () => {
    const path = join(scratch, 'large.log');
    const lines = Array.from({ length: 100_000 }, (_, i) => `line ${i} ${'x'.repeat(i % 37)}`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    const tail = readLogTail(path, 50);
    expect(tail).toEqual(lines.slice(-50));
    const longTail = readLogTail(path, 100_000);
    expect(longTail.length).toBeLessThan(lines.length);
    expect(lines.slice(-longTail.length)).toEqual(longTail);
  });

  it('is empty for a missing log', () => {
    expect(readLogTail(join(scratch, 'missing.log'), 5)).toEqual([]);
  });
});

describe('recordRun when perf cannot start', () => {
  const base = {
    python: 'python3',
    plan: planMode('perf-jit'),
    event: 'cpu-clock',
    frequency: 999,
    target: { kind: 'script' as const, script: 'x.py', args: [] },
    workingDirectory: scratch,
    fold: { view: 'python' as const, workingDirectory: scratch },
  };

  it('gives a message for a missing perf binary and leaves no scratch files', async () => {
    const runScratch = join(scratch, 'missing');
    const run = await recordFolded({ ...base, perfPath: join(scratch, 'no-perf-here'), scratchDirectory: runScratch, logPath: join(scratch, 'missing.log'), label: 'run-1' });
    expect(run.failure).toBe(`perf could not be started at ${join(scratch, 'no-perf-here')} (no such file). Run \`python-perf-gate check\` to see what this runner needs.`);
    expect(run.fold).toBeUndefined();
    expect(readdirSync(runScratch)).toEqual([]);
  });

  it('gives a message for a perf that is not executable', async () => {
    const perfPath = join(scratch, 'perf-not-executable');
    writeFileSync(perfPath, '#!/bin/sh\nexit 0\n');
    chmodSync(perfPath, 0o644);
    const run = await recordFolded({ ...base, perfPath, scratchDirectory: join(scratch, 'noexec'), logPath: join(scratch, 'noexec.log'), label: 'run-1' });
    expect(run.failure).toMatch(/^perf could not be started at .*perf-not-executable \(permission denied\)/);
    expect(existsSync(join(scratch, 'noexec.log'))).toBe(true);
  });
});
