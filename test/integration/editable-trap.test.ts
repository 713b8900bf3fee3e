/**
 * The editable-install trap of `baseline-ref`, shown and fixed with real CPython 3.13, real pip and
 * setuptools editable installs, and real perf profiles.
 *
 * Two trees of a package `mypkg` (which() returns "base" or "head") share one virtualenv, as base
 * and head share the runner's interpreter. Each tree's prepare runs `pip install -e .`; the last
 * one wins in site-packages. Without buildTreeEnvironment the other tree imports the wrong code;
 * with it each tree imports its own, and detectForeignFrames tells the two cases apart in the
 * profiles.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectForeignFrames } from '../../src/core/tree-check.js';
import { planMode } from '../../src/core/profiling-modes.js';
import { UserError } from '../../src/errors.js';
import { buildTreeEnvironment, runPrepare } from '../../src/shell/tree-environment.js';
import { findPython, listLeftovers, requirePerf } from '../helpers/tools.js';
import { recordFolded } from '../helpers/record-folded.js';

const pyproject = (extra: string): string => `[build-system]
requires = ["setuptools>=64"]
build-backend = "setuptools.build_meta"

[project]
name = "mypkg"
version = "0.0.1"
${extra}`;

const packageSource = (which: string): string => `def which():
    return "${which}"


def work():
    total = 0
    for i in range(4_000_000):
        total += i * i
    return total
`;

const probe = 'import mypkg, sys; print(mypkg.which()); print(mypkg.__file__); print([type(f).__module__ if not isinstance(f, type) else f.__module__ for f in sys.meta_path])';
const benchScript = 'import mypkg\nprint(mypkg.which())\nmypkg.work()\n';

type Layout = 'src' | 'flat';

/** A tree of mypkg: `src/mypkg` with `bench.py` at the root, or `mypkg/` at the root with `bench/run.py`. */
function writeTree(dir: string, which: 'base' | 'head', layout: Layout): void {
  const packageDir = layout === 'src' ? join(dir, 'src', 'mypkg') : join(dir, 'mypkg');
  mkdirSync(packageDir, { recursive: true });
  writeFileSync(join(packageDir, '__init__.py'), packageSource(which));
  if (layout === 'src') {
    writeFileSync(join(dir, 'pyproject.toml'), pyproject(''));
    writeFileSync(join(dir, 'bench.py'), benchScript);
  } else {
    writeFileSync(join(dir, 'pyproject.toml'), pyproject('\n[tool.setuptools]\npackages = ["mypkg"]\n'));
    mkdirSync(join(dir, 'bench'), { recursive: true });
    writeFileSync(join(dir, 'bench', 'run.py'), benchScript);
  }
}

/** The environment of the test process without anything that would steer imports. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['PYTHONPATH', 'PYTHONHOME', 'PYTHONSAFEPATH', 'PYTHONNOUSERSITE', 'VIRTUAL_ENV', 'PYTHONSTARTUP']) delete env[name];
  return env;
}

function runPython(python: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): string[] {
  return execFileSync(python, args, { cwd: options.cwd, env: options.env, encoding: 'utf8' }).trim().split('\n');
}

/** setuptools and wheel without the network: CPython's own test wheels, else the package index. */
function installSetuptools(venvPython: string, basePython: string): void {
  const stdlib = execFileSync(basePython, ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
  const wheels: string[] = [];
  for (const dir of [join(stdlib, 'test', 'wheeldata'), join(stdlib, 'test')]) {
    if (!existsSync(dir)) continue;
    for (const name of ['setuptools', 'wheel']) {
      const found = readdirSync(dir).find((file) => file.startsWith(`${name}-`) && file.endsWith('.whl'));
      if (found && !wheels.some((wheel) => wheel.includes(`/${name}-`))) wheels.push(join(dir, found));
    }
  }
  const args = wheels.length === 2 ? ['--no-index', '--no-deps', ...wheels] : ['setuptools>=64,<70.1', 'wheel'];
  try {
    execFileSync(venvPython, ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', ...args], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(
      `Could not install setuptools and wheel into the test virtualenv (${args.join(' ')}): ${String((error as { stderr?: Buffer }).stderr ?? error)}. ` +
        `The test needs either CPython's test wheels (lib/python3.13/test/wheeldata) or access to the package index.`,
    );
  }
}

const editableInstall = '"$PYTHON" -m pip install -q --disable-pip-version-check --no-index --no-build-isolation --no-deps -e .';

describe('the editable-install trap (CPython 3.13, pip, setuptools)', () => {
  const basePython = findPython(13);
  let root: string;
  let venvPython: string;
  let sitePackages: string;
  const trees: Record<Layout, { base: string; head: string }> = {
    src: { base: '', head: '' },
    flat: { base: '', head: '' },
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ppg-editable-'));
    for (const layout of ['src', 'flat'] as const) {
      for (const which of ['base', 'head'] as const) {
        trees[layout][which] = join(root, layout, which);
        writeTree(trees[layout][which], which, layout);
      }
    }
    const venv = join(root, 'venv');
    execFileSync(basePython, ['-m', 'venv', venv], { env: cleanEnvironment() });
    venvPython = join(venv, 'bin', 'python');
    sitePackages = execFileSync(venvPython, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'], { encoding: 'utf8' }).trim();
    installSetuptools(venvPython, basePython);
  }, 120_000);

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  async function prepare(tree: string, label: string): Promise<void> {
    await runPrepare({ command: editableInstall, tree, treeLabel: label, python: venvPython, env: cleanEnvironment(), logPath: join(root, 'logs', `prepare-${label}.log`) });
  }

  /** What `python -c` in the tree imports: [which(), mypkg.__file__, meta_path modules]. */
  function importIn(tree: string, withTreeEnvironment: boolean): string[] {
    const env = cleanEnvironment();
    return runPython(venvPython, ['-c', probe], { cwd: tree, env: withTreeEnvironment ? { ...env, ...buildTreeEnvironment(tree, env) } : env });
  }

  for (const order of [['head', 'base'], ['base', 'head']] as const) {
    const [first, last] = order;
    const other = last === 'base' ? 'head' : 'base';
    it(`src layout, ${first} prepared then ${last}: the ${other} tree imports the ${last} code, unless buildTreeEnvironment is used`, async () => {
      await prepare(trees.src[first], first);
      await prepare(trees.src[last], last);
      // setuptools' PEP 660 editable of a src layout: a static .pth line with the LAST tree's src.
      const pth = readdirSync(sitePackages).filter((name) => name.startsWith('__editable__') && name.endsWith('.pth'));
      expect(pth).toEqual(['__editable__.mypkg-0.0.1.pth']);
      expect(readFileSync(join(sitePackages, pth[0] as string), 'utf8').trim()).toBe(join(trees.src[last], 'src'));

      // The trap: `python -c` in the other tree imports the last-installed tree's code.
      const trapped = importIn(trees.src[other], false);
      expect(trapped[0]).toBe(last);
      expect(trapped[1]).toBe(join(trees.src[last], 'src', 'mypkg', '__init__.py'));

      // The fix: each tree imports its own code.
      for (const which of ['base', 'head'] as const) {
        const fixed = importIn(trees.src[which], true);
        expect(fixed[0]).toBe(which);
        expect(fixed[1]).toBe(join(trees.src[which], 'src', 'mypkg', '__init__.py'));
      }
    }, 60_000);
  }

  it('flat layout (setuptools __editable__ finder in sys.meta_path): a script in a subdirectory imports the wrong tree, unless buildTreeEnvironment is used', async () => {
    await prepare(trees.flat.head, 'head');
    await prepare(trees.flat.base, 'base');
    // The finder is what points at the last tree here; no path of either tree is on sys.path.
    const finder = readdirSync(sitePackages).filter((name) => /^__editable___mypkg.*_finder\.py$/.test(name));
    expect(finder).toEqual(['__editable___mypkg_0_0_1_finder.py']);
    expect(readFileSync(join(sitePackages, finder[0] as string), 'utf8')).toContain(join(trees.flat.base, 'mypkg'));
    const env = cleanEnvironment();
    const script = join('bench', 'run.py');
    const metaPath = runPython(venvPython, ['-c', probe], { cwd: root, env });
    expect(metaPath[0]).toBe('base');
    expect(metaPath[2]).toContain('__editable___mypkg_0_0_1_finder');

    expect(runPython(venvPython, [script], { cwd: trees.flat.head, env })[0]).toBe('base');
    expect(runPython(venvPython, [script], { cwd: trees.flat.head, env: { ...env, ...buildTreeEnvironment(trees.flat.head, env) } })[0]).toBe('head');
    expect(runPython(venvPython, [script], { cwd: trees.flat.base, env: { ...env, ...buildTreeEnvironment(trees.flat.base, env) } })[0]).toBe('base');
    // `python -c` in a flat tree is not trapped: the current directory comes first on sys.path.
    expect(importIn(trees.flat.head, false)[0]).toBe('head');
    // Clean up the flat install so the src-layout .pth is the only editable left for the profiles below.
    execFileSync(venvPython, ['-m', 'pip', 'uninstall', '-q', '-y', 'mypkg'], { env });
  }, 60_000);

  it('a classic editable install (a hand-written .pth line, as setup.py develop wrote) is shadowed too', () => {
    const env = cleanEnvironment();
    const pthPath = join(sitePackages, 'mypkg-develop.pth');
    writeFileSync(pthPath, `${join(trees.src.head, 'src')}\n`);
    try {
      expect(importIn(trees.src.base, false)[0]).toBe('head');
      expect(importIn(trees.src.base, true)[0]).toBe('base');
      expect(importIn(trees.src.head, true)[0]).toBe('head');
      // PYTHONPATH the user set stays, after the tree's entries.
      const treeEnv = buildTreeEnvironment(trees.src.base, { ...env, PYTHONPATH: '/opt/extra' });
      expect(treeEnv).toEqual({ PYTHONPATH: `${trees.src.base}:${join(trees.src.base, 'src')}:/opt/extra` });
      expect(buildTreeEnvironment(trees.flat.base, env)).toEqual({ PYTHONPATH: trees.flat.base });
    } finally {
      rmSync(pthPath, { force: true });
    }
  });

  describe('perf profiles of each tree (perf-jit)', () => {
    const perfPath = requirePerf();

    async function profile(tree: string, label: string, withTreeEnvironment: boolean) {
      const env = cleanEnvironment();
      const run = await recordFolded({
        perfPath,
        python: venvPython,
        plan: planMode('perf-jit'),
        event: 'cpu-clock',
        frequency: 999,
        target: { kind: 'script', script: 'bench.py', args: [] },
        workingDirectory: tree,
        scratchDirectory: join(root, 'perf'),
        logPath: join(root, 'logs', `${label}.log`),
        fold: { view: 'python', workingDirectory: tree },
        env: withTreeEnvironment ? { ...env, ...buildTreeEnvironment(tree, env) } : env,
        label,
        timeoutMs: 120_000,
      });
      expect(run.failure).toBeUndefined();
      expect(run.fold).toBeDefined();
      expect(listLeftovers(run.pids)).toEqual([]);
      return { run, stacks: run.fold!.stacks, printed: readFileSync(join(root, 'logs', `${label}.log`), 'utf8') };
    }

    it('after head then base were prepared: the trapped head run is caught, the fixed runs only hold their own frames', async () => {
      await prepare(trees.src.head, 'head');
      await prepare(trees.src.base, 'base');

      const trapped = await profile(trees.src.head, 'head-trapped', false);
      expect(trapped.printed).toContain('base');
      const foreign = detectForeignFrames(trapped.stacks, trees.src.base, { workingDirectory: trees.src.head });
      expect(foreign).toContain(`py::work:${join(trees.src.base, 'src', 'mypkg', '__init__.py')}`);
      // The run's own script is relative (under its working directory) and is not foreign.
      expect(foreign.every((frame) => frame.includes(trees.src.base))).toBe(true);
      // A trailing slash names the same tree; a directory whose name is a prefix of the tree's does not.
      expect(detectForeignFrames(trapped.stacks, `${trees.src.base}/`, { workingDirectory: trees.src.head })).toEqual(foreign);
      expect(detectForeignFrames(trapped.stacks, trees.src.base.slice(0, -1), { workingDirectory: trees.src.head })).toEqual([]);
      const foreignSamples = [...trapped.stacks].filter(([stack]) => foreign.some((frame) => stack.split(';').includes(frame)));
      process.stderr.write(
        `head (trapped): ${trapped.run.fold!.quality.samples} samples, ${foreignSamples.reduce((sum, [, weight]) => sum + weight, 0)} with frames of the base tree: ${foreign.join(', ')}\n`,
      );

      for (const [which, otherTree] of [['head', trees.src.base], ['base', trees.src.head]] as const) {
        const fixed = await profile(trees.src[which], `${which}-fixed`, true);
        expect(fixed.printed.split('\n')[0]).toBe(which);
        expect(detectForeignFrames(fixed.stacks, otherTree, { workingDirectory: trees.src[which] })).toEqual([]);
        // Its own code was sampled, named relative to its tree.
        const own = [...fixed.stacks.keys()].filter((stack) => stack.includes('py::work:src/mypkg/__init__.py'));
        expect(own.length).toBeGreaterThan(0);
        process.stderr.write(
          `${which} (tree environment): ${fixed.run.fold!.quality.samples} samples, ${own.reduce((sum, stack) => sum + (fixed.stacks.get(stack) ?? 0), 0)} in py::work of its own tree, wall ${fixed.run.wallSeconds.toFixed(2)} s\n`,
        );
      }
    }, 180_000);

    it('a base tree inside the head checkout (scratch under the workspace): its frames are relative in head runs and still caught', async () => {
      const nested = join(trees.src.head, '.perf-gate', 'base-nested');
      writeTree(nested, 'base', 'src');
      await prepare(nested, 'base');
      const trapped = await profile(trees.src.head, 'head-nested-trapped', false);
      const relative = 'py::work:.perf-gate/base-nested/src/mypkg/__init__.py';
      expect([...trapped.stacks.keys()].some((stack) => stack.split(';').includes(relative))).toBe(true);
      expect(detectForeignFrames(trapped.stacks, nested, { workingDirectory: trees.src.head })).toContain(relative);
      // Without the fold options only the absolute form is known, and the relative frames slip through.
      expect(detectForeignFrames(trapped.stacks, nested)).toEqual([]);
      const fixed = await profile(trees.src.head, 'head-nested-fixed', true);
      expect(detectForeignFrames(fixed.stacks, nested, { workingDirectory: trees.src.head })).toEqual([]);
      rmSync(join(trees.src.head, '.perf-gate'), { recursive: true, force: true });
    }, 180_000);
  });
});

describe('runPrepare', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ppg-prepare-'));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('runs the command in the tree with the checked interpreter first on PATH and as $PYTHON, logging its output', async () => {
    const python = findPython(13);
    const logPath = join(root, 'logs', 'prepare.log');
    await runPrepare({
      command: 'pwd; command -v python3.13; echo "PYTHON=$PYTHON"; "$PYTHON" -c "import sys; print(sys.version_info[:2])"; echo to-stderr >&2',
      tree: root,
      python,
      logPath,
    });
    const log = readFileSync(logPath, 'utf8').split('\n');
    expect(log[0]).toBe(root);
    expect(log[1]).toBe(python);
    expect(log).toContain(`PYTHON=${python}`);
    expect(log).toContain('(3, 13)');
    expect(log).toContain('to-stderr');
  });

  it('a failing command is a UserError naming the input, the tree, the exit code and the last lines', async () => {
    const logPath = join(root, 'logs', 'failing.log');
    const error = await runPrepare({
      command: 'for i in $(seq 1 30); do echo "line $i"; done; echo "error: no setup.py" >&2; exit 3',
      tree: root,
      treeLabel: 'base',
      python: findPython(13),
      logPath,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    const message = (error as UserError).message;
    expect(message).toMatch(new RegExp(`^Input 'prepare' failed in the base tree \\(${root}\\) with exit code 3\\.`));
    expect(message).toContain('error: no setup.py');
    expect(message).toContain('line 30');
    expect(message).not.toContain('line 20\n');
    expect((error as UserError).details.logTail?.at(-1)).toBe('error: no setup.py');
    expect(message).toContain(logPath);
  });

  it('a command that outlives its timeout fails and names the timeout', async () => {
    await expect(
      runPrepare({ command: 'sleep 30', tree: root, treeLabel: 'head', python: findPython(13), logPath: join(root, 'logs', 'slow.log'), timeoutMs: 300 }),
    ).rejects.toThrow(/^Input 'prepare' timed out in the head tree \(.*\) after 0\.3 s; it and every process it started were stopped\./);
  });
});
