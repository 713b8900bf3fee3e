/**
 * perf-jit mode with the jitted code on tmpfs (real perf, CPython 3.13): the recorder renames the
 * jitdump in perf.data and runs perf inject and perf script in a private /dev/shm directory, so
 * the jitted-PID-N.so land there instead of /tmp. The samples perf script prints must be the ones
 * perf's default (the jitted code in /tmp) prints for the same recording, but for that directory.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planMode } from '../../src/core/profiling-modes.js';
import { listPerfTmpFiles } from '../../src/shell/perf-files.js';
import { relocateJitdumps } from '../../src/shell/perf-data-rewrite.js';
import { runPipedStreamingLines } from '../../src/shell/process.js';
import { captureRun, perfScriptFields, processCapture, scriptMaxStackFrames, type RecordedRun } from '../../src/shell/recorder.js';
import { findPython, listLeftovers, projectRoot, requirePerf } from '../helpers/tools.js';

describe('jitted code written to tmpfs (real perf, CPython 3.13 perf-jit)', () => {
  let scratch = '';
  let relocated: RecordedRun;
  const relocatedLines: string[] = [];
  const defaultLines: string[] = [];
  let jittedInTmp: string[] = [];
  let finishedAt = 0;

  const capture = (label: string, sink: (line: string) => void) =>
    captureRun({
      perfPath: requirePerf(),
      python: findPython(13),
      plan: planMode('perf-jit'),
      event: 'cpu-clock',
      frequency: 999,
      target: { kind: 'script', script: join(projectRoot, 'examples', 'bench.py'), args: ['--seconds', '0.5'] },
      workingDirectory: projectRoot,
      scratchDirectory: scratch,
      logPath: join(scratch, `${label}.log`),
      sink: { pushLine: sink },
      label,
    });

  beforeAll(async () => {
    const perfPath = requirePerf();
    scratch = mkdtempSync(join(tmpdir(), 'ppg-jit-relocation-'));
    const recorded = await capture('relocation', (line) => relocatedLines.push(line));
    expect(recorded.run.failure, recorded.run.logTail.join('\n')).toBeUndefined();
    // perf's default on a copy of the same recording first: the jitted code goes next to the dump in /tmp.
    const copy = join(scratch, 'default.perf.data');
    copyFileSync(recorded.dataPath, copy);
    const script = ['script', '-i', '-', '--no-inline', '--max-stack', String(scriptMaxStackFrames), '-F', perfScriptFields];
    const piped = await runPipedStreamingLines([perfPath, '--buildid-dir', join(scratch, 'buildid'), 'inject', '-i', copy, '--jit', '-o', '-'], [perfPath, '--buildid-dir', join(scratch, 'buildid'), ...script], (line) => defaultLines.push(line), { cwd: scratch });
    expect(piped.consumer.exitCode, piped.consumer.stderr).toBe(0);
    jittedInTmp = [...listPerfTmpFiles()].filter((name) => name.startsWith('jitted-') && !recorded.before.has(name));
    // Then the recorder's own processing (which also removes what the default left in /tmp for these pids).
    relocated = await processCapture(recorded);
    finishedAt = Date.now();
  }, 120_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('writes the jitted code to a private tmpfs directory, removed with the run', () => {
    expect(relocated.failure).toBeUndefined();
    expect(relocated.jitDirectory).toMatch(/^\/dev\/shm\/python-perf-gate-jit-/);
    expect(existsSync(relocated.jitDirectory!)).toBe(false);
    expect(jittedInTmp.length).toBeGreaterThan(50);
    expect(listLeftovers(relocated.pids, { modifiedBy: finishedAt })).toEqual([]);
  });

  it('fails the run, naming the directory, when perf inject writes no jitted code for the renamed jitdump', async () => {
    const recorded = await capture('unreadable', () => undefined);
    expect(recorded.run.failure).toBeUndefined();
    // A jitdump whose first record closes it (JIT_CODE_CLOSE, the rest zeros, same size) stands in
    // for a perf that does not follow the rename: perf inject succeeds and writes no jitted code.
    // This recording's own dumps (tests running beside this one have theirs): as a copy of its perf.data names them.
    const copy = join(scratch, 'unreadable-copy.perf.data');
    copyFileSync(recorded.dataPath, copy);
    const dumps = relocateJitdumps(copy).jitdumps.map((jitdump) => jitdump.path);
    expect(dumps.length).toBeGreaterThan(0);
    for (const path of dumps) {
      const closed = Buffer.alloc(statSync(path).size);
      readFileSync(path).copy(closed, 0, 0, 40); // the header
      closed.writeUInt32LE(3, 40); // JIT_CODE_CLOSE
      closed.writeUInt32LE(16, 44); // its total size
      writeFileSync(path, closed);
    }
    const run = await processCapture(recorded);
    expect(run.failure).toMatch(/^perf inject --jit wrote no jitted code into \/dev\/shm\/python-perf-gate-jit-\S+ for the recording's jitdumps \([\d,]+ bytes\)/);
    expect(existsSync(run.jitDirectory!)).toBe(false);
    expect(listLeftovers(run.pids, { modifiedBy: Date.now() })).toEqual([]);
  }, 60_000);

  it('prints the same samples as perf inject writing to /tmp, jitted frames included', () => {
    const samples = (lines: string[]) => lines.filter((line) => !line.includes('PERF_RECORD_')).map((line) => line.replace(/\(\/tmp\/(jitted-\d+-\d+\.so)\)$/, '(./$1)'));
    const expected = samples(defaultLines);
    const jittedFrames = expected.filter((line) => /\(\.\/jitted-\d+-\d+\.so\)$/.test(line));
    expect(jittedFrames.length).toBeGreaterThan(500);
    expect(jittedFrames.some((line) => line.includes('py::'))).toBe(true);
    expect(samples(relocatedLines)).toEqual(expected);
  });
});
