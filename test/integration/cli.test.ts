/** The CLI contract: filters over stdin/stdout, --help everywhere, unknown options rejected. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fixturePath, goldenPath } from '../helpers/golden.js';
import { cliPath, projectRoot, runCli } from '../helpers/tools.js';

function pipeCli(args: string[], input: string, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [cliPath, ...args], { input, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('python-perf-gate CLI', () => {
  it.each(['check', 'profile', 'demo', 'fold', 'flamegraph', 'compare'])('%s --help prints its usage and exits 0', (command) => {
    const result = runCli([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: python-perf-gate ${command}`));
    expect(result.stdout).toContain('--help');
  });

  it('--version prints the version of package.json', () => {
    const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
    const result = runCli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `python-perf-gate ${version}\n` });
  });

  it('unknown commands and options are errors (exit 2) that say what is accepted', () => {
    const option = runCli(['profile', '--frequncy', '99']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/Unknown option '--frequncy' for 'python-perf-gate profile'. Expected one of: .*--frequency/);
    const command = runCli(['profiel']);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/Unknown command 'profiel'/);
  });

  it('fold --view compat reads perf script text on stdin and writes stackcollapse-perf.pl output', () => {
    const input = readFileSync(fixturePath('fold', 'py313-jit-bench.txt'), 'utf8');
    const result = pipeCli(['fold', '--view', 'compat', '-'], input);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(readFileSync(goldenPath('fold', 'py313-jit-bench.compat.folded'), 'utf8'));
    const kernel = pipeCli(['fold', '--compat', '--kernel'], input);
    expect(kernel.stdout).toBe(readFileSync(goldenPath('fold', 'py313-jit-bench.compat-kernel.folded'), 'utf8'));
  });

  it('fold --compat of a file (folded straight to text) writes what the same text on stdin gives', () => {
    const path = fixturePath('fold', 'py313-jit-bench.txt');
    const result = runCli(['fold', '--compat', path]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(readFileSync(goldenPath('fold', 'py313-jit-bench.compat.folded'), 'utf8'));
    expect(runCli(['fold', '--compat', '--kernel', path]).stdout).toBe(readFileSync(goldenPath('fold', 'py313-jit-bench.compat-kernel.folded'), 'utf8'));
    // Names that are not ASCII: the fold declines to write text itself, and the stacks are formatted.
    const edges = fixturePath('fold', 'edge-cases.txt');
    const fromFile = runCli(['fold', '--compat', edges]);
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromFile.stdout).toMatch(/[^\x00-\x7f]/);
    expect(fromFile.stdout).toBe(pipeCli(['fold', '--compat', '-'], readFileSync(edges, 'utf8')).stdout);
  });

  it('fold (Python view) from a file matches the golden Python view', () => {
    const result = runCli(['fold', fixturePath('fold', 'py313-jit-bench.txt'), '--working-directory', '/work/main'], { env: { ...process.env, HOME: '/root' } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(readFileSync(goldenPath('fold', 'py313-jit-bench.python.folded'), 'utf8'));
  });

  it('flamegraph renders folded stacks from stdin as valid SVG; --diff renders two files', () => {
    const folded = readFileSync(fixturePath('render', 'bench-current.folded'), 'utf8');
    const svg = pipeCli(['flamegraph', '--title', 'A & <B>', '--width', '900'], folded);
    expect(svg.code, svg.stderr).toBe(0);
    expect(XMLValidator.validate(svg.stdout)).toBe(true);
    expect(svg.stdout).toContain('A &amp; &lt;B&gt;');
    expect(svg.stdout).toMatch(/width="900"/);
    const diff = runCli(['flamegraph', '--diff', fixturePath('render', 'bench-baseline.folded'), fixturePath('render', 'bench-current.folded')]);
    expect(diff.code, diff.stderr).toBe(0);
    expect(XMLValidator.validate(diff.stdout)).toBe(true);
    expect(diff.stdout).toMatch(/baseline/i);
    const bad = runCli(['flamegraph', '--minwidth', 'wide', fixturePath('render', 'bench-current.folded')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Invalid value 'wide' for option '--minwidth'");
  });

  it('compare maps each verdict to its exit code: regressed 1 (0 with --fail-on-regression false), pass 0, inconclusive 1 (0 with --fail-on-inconclusive false)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppg-cli-compare-'));
    const write = (name: string, lines: Record<string, number>) => {
      const path = join(dir, name);
      writeFileSync(path, `${Object.entries(lines).map(([stack, count]) => `${stack} ${count}`).join('\n')}\n`);
      return path;
    };
    const base = write('base.folded', { 'py::main:app.py;py::parse:app.py': 3000, 'py::main:app.py;py::render:app.py': 3000 });
    const same = write('same.folded', { 'py::main:app.py;py::parse:app.py': 3000, 'py::main:app.py;py::render:app.py': 3000 });
    const slower = write('slower.folded', { 'py::main:app.py;py::parse:app.py': 9000, 'py::main:app.py;py::render:app.py': 3000 });
    const tiny = write('tiny.folded', { 'py::main:app.py;py::parse:app.py': 30, 'py::main:app.py;py::render:app.py': 30 });
    const compare = (current: string, ...extra: string[]) => {
      const result = runCli(['compare', '--baseline', base, '--current', current, '--json', ...extra]);
      return { code: result.code, verdict: (JSON.parse(result.stdout) as { verdict: string }).verdict };
    };
    expect(compare(slower)).toEqual({ code: 1, verdict: 'regressed' });
    expect(compare(slower, '--fail-on-regression', 'false')).toEqual({ code: 0, verdict: 'regressed' });
    expect(compare(same)).toEqual({ code: 0, verdict: 'pass' });
    expect(compare(tiny)).toEqual({ code: 1, verdict: 'inconclusive' });
    expect(compare(tiny, '--fail-on-inconclusive', 'false')).toEqual({ code: 0, verdict: 'inconclusive' });
    const text = runCli(['compare', '--baseline', base, '--current', slower]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('py::parse:app.py');
  });

  it('a folded line without a count is an error', () => {
    const broken = pipeCli(['flamegraph'], 'a;b;c\n');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/Invalid folded-stack line 1: 'a;b;c'/);
  });
});
