/**
 * A pytest run, profiled as users run their test-suite benchmarks (`run: python -m pytest …`):
 * the tests' own functions under pytest's frames, and a child interpreter that a test starts with
 * an empty environment. pytest's own call machinery is ~30 Python frames deep, more than the
 * default 16 KiB DWARF stack dump keeps; the report must say so and name the setting that fixes it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPython, preparePytestPath, projectRoot, requirePerf, runCli } from '../helpers/tools.js';

interface ProcessEntry {
  pid: number;
  argv?: string[];
  samples: number;
  pythonShare: number;
  rootedShare: number;
}

const suite = join(projectRoot, 'test', 'fixtures', 'programs', 'pytest_suite');
const scratch = mkdtempSync(join(tmpdir(), 'ppg-pytest-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function profileSuite(python: string, extra: string[]) {
  const out = mkdtempSync(join(scratch, 'out-'));
  const env = { ...process.env, PYTHONPATH: preparePytestPath(join(scratch, 'pytest-lib')) };
  const result = runCli(['profile', '--python', python, '--repeat', '1', '--out', out, ...extra, '--run', `python -m pytest -q -p no:cacheprovider ${suite}`], { cwd: projectRoot, env });
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { runs: { quality: { processes: ProcessEntry[] } }[] };
  return { ...result, processes: report.runs[0]!.quality.processes, folded: readFileSync(join(out, 'profile.folded'), 'utf8') };
}

describe('a pytest run (real perf, CPython 3.13 perf-jit, Debian python3-pytest)', () => {
  requirePerf();
  const python = findPython(13);

  it('profiles the tests under pytest and the child a test starts with env={}, each mostly Python and rooted', () => {
    const { code, stderr, processes, folded } = profileSuite(python, ['--dwarf-stack-size', '32768']);
    expect(code, stderr).toBe(0);
    const pytest = processes.find((entry) => entry.argv?.includes('pytest'));
    const child = processes.find((entry) => entry.argv?.[1] === '-c');
    expect(pytest, JSON.stringify(processes)).toBeDefined();
    expect(child, JSON.stringify(processes)).toBeDefined();
    process.stderr.write(`pytest: ${JSON.stringify({ ...pytest, argv: undefined })}\nchild: ${JSON.stringify({ ...child, argv: undefined })}\n`);
    expect(pytest!.pythonShare).toBeGreaterThanOrEqual(0.85);
    expect(pytest!.rootedShare).toBeGreaterThanOrEqual(0.8);
    expect(child!.pythonShare).toBeGreaterThanOrEqual(0.85);
    expect(child!.rootedShare).toBeGreaterThanOrEqual(0.85);
    // The test's function sits under pytest's own call chain, from the module pytest runs as __main__.
    const lines = folded.split('\n').filter(Boolean);
    const digest = lines.filter((line) => /py::suite_digest:/.test(line));
    const rootedDigest = digest.filter((line) => !line.startsWith('[truncated]') && /_run_module_as_main.*pytest_pyfunc_call.*py::test_digest:.*py::suite_digest:/.test(line));
    expect(digest.length).toBeGreaterThan(0);
    expect(rootedDigest.length, `${rootedDigest.length} of ${digest.length} suite_digest stacks rooted under pytest_pyfunc_call`).toBeGreaterThan(0);
    expect(lines.some((line) => !line.startsWith('[truncated]') && /py::child_checksum:/.test(line))).toBe(true);
  });

  it('with the default 16 KiB stack dump, says the stacks were cut and which dwarf-stack-size keeps them', () => {
    const { code, stderr, processes } = profileSuite(python, []);
    const pytest = processes.find((entry) => entry.argv?.includes('pytest'));
    expect(pytest!.rootedShare, stderr).toBeLessThan(0.5);
    expect(stderr).toMatch(/deeper than perf could unwind/);
    expect(stderr).toContain("set 'dwarf-stack-size' to 32768");
    // No baseline here, so no verdict to withhold: the step passes, with the notice.
    expect(code, stderr).toBe(0);
  });
});
