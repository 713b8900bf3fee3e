/**
 * Exec'd children under real perf (DWARF unwinding, CPython 3.13 perf-jit): perf 6.1 keeps the
 * parent's maps in a child that execs, and when ASLR loads the child's libpython above the
 * parent's, none of its samples unwind (about half the children, at random). recordRun rewrites
 * perf.data before inject/script (src/shell/perf-data-rewrite.ts); with it every exec'd child must
 * have Python frames, and multiprocessing fork children (no exec) must be as good as before.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFolder, type Folder } from '../../src/core/fold-python.js';
import type { FoldQuality } from '../../src/core/fold-quality.js';
import { parsePerfHeaderLine } from '../../src/core/perf-script.js';
import { planMode } from '../../src/core/profiling-modes.js';
import { recordRun, type LineSink, type RecordedRun } from '../../src/shell/recorder.js';
import { findPython, listLeftovers, projectRoot, requirePerf } from '../helpers/tools.js';

const programs = join(projectRoot, 'test', 'fixtures', 'programs');
const EXEC_CHILDREN = 6;
const FORK_CHILDREN = 2;

/** One folder per process: perf script's sample lines dispatched by their header's pid. */
class PerProcessSink implements LineSink {
  readonly folders = new Map<number, Folder>();
  private current: Folder | undefined;

  pushLine(line: string): void {
    if (line.length > 0 && line[0] !== ' ' && line[0] !== '\t') {
      const header = parsePerfHeaderLine(line);
      const pid = header?.pid ?? header?.tid;
      if (pid !== undefined) {
        let folder = this.folders.get(pid);
        if (!folder) this.folders.set(pid, (folder = createFolder({ view: 'python', workingDirectory: programs, homeDirectory: homedir() })));
        this.current = folder;
      }
    }
    this.current?.pushLine(line);
  }

  finish(): Map<number, FoldQuality> {
    return new Map([...this.folders].map(([pid, folder]) => [pid, folder.finish().quality]));
  }
}

describe('exec\'d children keep their DWARF unwinding (real perf, CPython 3.13 perf-jit)', () => {
  let scratch = '';
  let run: RecordedRun;
  let quality: Map<number, FoldQuality>;
  let roles: Map<string, number[]>;
  let logText = '';
  let finishedAt = 0;

  beforeAll(async () => {
    const perfPath = requirePerf();
    const python = findPython(13);
    scratch = mkdtempSync(join(tmpdir(), 'ppg-exec-fix-'));
    const sink = new PerProcessSink();
    const logPath = join(scratch, 'run.log');
    run = await recordRun({
      perfPath,
      python,
      plan: planMode('perf-jit'),
      event: 'cpu-clock',
      frequency: 999,
      target: { kind: 'script', script: join(programs, 'exec_children.py'), args: [String(EXEC_CHILDREN), '0.5', String(FORK_CHILDREN)] },
      workingDirectory: programs,
      scratchDirectory: scratch,
      logPath,
      sink,
      label: 'exec-children',
    });
    finishedAt = Date.now();
    expect(run.failure, run.logTail.join('\n')).toBeUndefined();
    quality = sink.finish();
    roles = new Map();
    logText = readFileSync(logPath, 'utf8');
    for (const match of logText.matchAll(/(parent|exec-child|fork-child) (\d+)/g)) {
      roles.set(match[1]!, [...(roles.get(match[1]!) ?? []), Number(match[2])]);
    }
  }, 90_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const share = (pid: number) => {
    const q = quality.get(pid);
    return q ? { samples: q.samples, python: q.pythonSamples / q.samples, rooted: q.rootedSamples / q.samples } : { samples: 0, python: 0, rooted: 0 };
  };

  it('rewrote the fork of each exec\'d child, and nothing of the fork children', () => {
    expect(roles.get('exec-child'), logText).toHaveLength(EXEC_CHILDREN);
    expect(roles.get('fork-child'), logText).toHaveLength(FORK_CHILDREN);
    expect(run.execFix?.outcome).toBe('rewritten');
    // Exactly these counts with a real interpreter binary; a launcher (e.g. a pyenv shim) adds its own
    // forks and execs, so at least: one fork per exec'd child, and perf's workload exec (the parent).
    expect(run.execFix!.forksRewritten).toBeGreaterThanOrEqual(EXEC_CHILDREN);
    expect(run.execFix!.processesFixed).toBeGreaterThanOrEqual(EXEC_CHILDREN);
    expect(run.execFix!.execs).toBeGreaterThanOrEqual(EXEC_CHILDREN + 1);
  });

  it('every exec\'d child has Python frames in ≥ 90% of its samples and reaches its root', () => {
    const children = (roles.get('exec-child') ?? []).map((pid) => ({ pid, ...share(pid) }));
    for (const child of children) {
      expect(child.samples, JSON.stringify(children)).toBeGreaterThan(100);
      expect(child.python, JSON.stringify(children)).toBeGreaterThanOrEqual(0.9);
      expect(child.rooted, JSON.stringify(children)).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('multiprocessing fork children (no exec) keep theirs', () => {
    const children = (roles.get('fork-child') ?? []).map((pid) => ({ pid, ...share(pid) }));
    for (const child of children) {
      expect(child.samples, JSON.stringify(children)).toBeGreaterThan(100);
      expect(child.python, JSON.stringify(children)).toBeGreaterThanOrEqual(0.9);
      expect(child.rooted, JSON.stringify(children)).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('leaves no map, jitdump or jitted-code file of its processes in /tmp', () => {
    const pids = [...roles.values()].flat();
    expect(pids.every((pid) => run.pids.includes(pid))).toBe(true);
    expect(listLeftovers(run.pids, { modifiedBy: finishedAt })).toEqual([]);
  });
});
