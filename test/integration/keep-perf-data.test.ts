/**
 * `keep-perf-data` keeps what perf needs to read the recording later, after the run's /tmp files
 * are gone: in perf-jit mode the jitted code's ELF files (in a kept build-id cache), in dwarf mode
 * the perf-PID.map files. The log prints the command that reads it; running exactly that command
 * must show Python frames.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitShellWords } from '../../src/core/shell-words.js';
import { findPython, listLeftovers, projectRoot, requirePerf, runCli } from '../helpers/tools.js';

const scratch = mkdtempSync(join(tmpdir(), 'ppg-keep-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const program = join(projectRoot, 'test', 'fixtures', 'programs', 'recursion.py');

/** Profiles with keep-perf-data; returns the read command the log printed and the run's pids. */
function profileKeeping(python: string): { line: string; out: string; pids: number[] } {
  const out = mkdtempSync(join(scratch, 'out-'));
  const result = runCli(['profile', '--python', python, '--repeat', '1', '--keep-perf-data', '--out', out, '--script', program, '--', '10', '1']);
  expect(result.code, result.stderr).toBe(0);
  const line = /perf\.data kept; read it with: (.*)$/m.exec(result.stderr)?.[1];
  expect(line, result.stderr).toBeDefined();
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { runs: { quality: { processes: { pid: number }[] } }[] };
  return { line: line!, out, pids: report.runs[0]!.quality.processes.map((entry) => entry.pid) };
}

/** Runs `perf … report -i …` with --stdio (and a cp first when the line had one); returns its output. */
function runReadCommand(line: string): string {
  const commands = line.split(' && ').map((part) => {
    const words = splitShellWords(part);
    if ('error' in words) throw new Error(words.error);
    return words.words;
  });
  let output = '';
  for (const argv of commands) {
    const args = argv[0]!.endsWith('perf') ? [...argv.slice(1), '--stdio', '--no-children', '--sort', 'sym'] : argv.slice(1);
    const result = spawnSync(argv[0]!, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(result.status, result.stderr).toBe(0);
    output += result.stdout;
  }
  return output;
}

describe('keep-perf-data (real perf)', () => {
  requirePerf();

  it('perf-jit (CPython 3.13): the kept perf.data shows Python frames after the jitted files in /tmp are gone', () => {
    const { line, out, pids } = profileKeeping(findPython(13));
    expect(line).toContain('--buildid-dir');
    expect(existsSync(join(out, 'perf-data', 'run-1.buildid'))).toBe(true);
    expect(pids.length).toBeGreaterThan(0);
    expect(listLeftovers(pids)).toEqual([]);
    expect(runReadCommand(line)).toMatch(/py::leaf_work:/);
  });

  it('dwarf (CPython 3.12): the read command copies the kept map files back to /tmp first', () => {
    const { line, pids } = profileKeeping(findPython(12));
    expect(line).toMatch(/^cp \S*perf-\d+\.map.* \/tmp\/ && /);
    expect(listLeftovers(pids)).toEqual([]);
    const maps = [...line.matchAll(/(\S*perf-(\d+)\.map)/g)].map((match) => join('/tmp', basename(match[1]!)));
    try {
      expect(runReadCommand(line)).toMatch(/py::leaf_work:/);
    } finally {
      for (const map of maps) rmSync(map, { force: true });
    }
  });
});
