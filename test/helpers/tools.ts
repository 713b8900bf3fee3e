/**
 * Integration tests need real perf and real CPython 3.12 / 3.13. When they are missing the tests
 * fail with what to install — they never skip silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

function runs(argv: string[]): boolean {
  try {
    execFileSync(argv[0] as string, argv.slice(1), { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/** Finds `python3.X` on PATH or in pyenv's versions directory. */
export function findPython(minor: 12 | 13): string {
  const name = `python3.${minor}`;
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const path = join(dir, name);
    if (dir && existsSync(path) && runs([path, '-c', 'pass'])) return path;
  }
  const versions = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions');
  if (existsSync(versions)) {
    for (const version of readdirSync(versions).sort().reverse()) {
      const path = join(versions, version, 'bin', name);
      if (version.startsWith(`3.${minor}.`) && existsSync(path) && runs([path, '-c', 'pass'])) return path;
    }
  }
  throw new Error(
    `CPython 3.${minor} is required by the integration tests but was not found on PATH or under pyenv. Install it (e.g. \`pyenv install 3.${minor}\` or \`uv python install 3.${minor}\`).`,
  );
}

export function requirePerf(): string {
  if (!runs(['perf', '--version'])) {
    throw new Error('perf is required by the integration tests but does not run. Install it: `apt-get install -y linux-perf` (Debian) or `apt-get install -y linux-tools-common linux-tools-$(uname -r)` (Ubuntu).');
  }
  return 'perf';
}

/** Go's toolchain, whose `go tool pprof` is the reference reader of the pprof export. */
export function requireGo(): string {
  if (!runs(['go', 'version'])) throw new Error('The pprof test reads profile.pb.gz with `go tool pprof`, but go does not run. Install it: `apt-get install -y golang-go`.');
  return 'go';
}

/**
 * A CPython older than 3.12 (no perf trampoline): the realistic trap. `python3` is 3.11 on these
 * machines (pyenv's default); where it is newer (Debian 13's own python3 is 3.13), pyenv's 3.8–3.11.
 */
export function findOldPython(): string {
  const minorOf = (python: string): number | undefined => {
    try {
      return Number(execFileSync(python, ['-c', 'import sys; print(sys.version_info[1])'], { encoding: 'utf8', timeout: 20_000 }).trim());
    } catch {
      return undefined;
    }
  };
  const python3Minor = minorOf('python3');
  if (python3Minor !== undefined && python3Minor < 12) return 'python3';
  const versions = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions');
  if (existsSync(versions)) {
    for (const version of readdirSync(versions).sort().reverse()) {
      const match = /^3\.(\d+)\./.exec(version);
      const path = join(versions, version, 'bin', 'python3');
      if (match && Number(match[1]) < 12 && existsSync(path) && minorOf(path) !== undefined) return path;
    }
  }
  throw new Error('The readiness tests need a CPython older than 3.12 (the trap users hit). Install one, e.g. `pyenv install 3.11`.');
}

/** Chromium for the browser tests: $CHROME_PATH, or chromium / chromium-browser / google-chrome on PATH. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  throw new Error('The browser tests need Chromium (chromium, chromium-browser or google-chrome on PATH, or CHROME_PATH). Install it: apt-get install -y chromium (Debian) or chromium-browser (Ubuntu).');
}

export const cliPath = join(projectRoot, 'dist', 'cli.js');
export const actionPath = join(projectRoot, 'dist', 'index.js');

/**
 * perf/CPython leftovers in `directory` (default /tmp) for a set of pids. pid_max is 32768 here,
 * so a pid can be reused by a later process of a concurrently running test: with `modifiedBy`
 * (epoch ms, the end of the run) only files last written by then count.
 */
export function listLeftovers(pids: number[], options: { modifiedBy?: number; directory?: string } = {}): string[] {
  const wanted = new Set(pids);
  const directory = options.directory ?? '/tmp';
  return readdirSync(directory).filter((name) => {
    const match = /^(?:perf-(\d+)\.map|jit-(\d+)\.dump|jitted-(\d+)-\d+\.so)$/.exec(name);
    if (match === null || !wanted.has(Number(match[1] ?? match[2] ?? match[3]))) return false;
    if (options.modifiedBy === undefined) return true;
    try {
      return statSync(join(directory, name)).mtimeMs <= options.modifiedBy;
    } catch {
      return false;
    }
  });
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI (dist/cli.js) as a user would. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): CliResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? projectRoot,
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A CPython 3.13 built with frame pointers, for the fp-mode tests: $PPG_FP_PYTHON, else the build
 * `bash scripts/build-fp-python.sh` caches ($PPG_FP_PYTHON_DIR, default
 * /var/cache/python-perf-gate/fp-python-3.13). Undefined when neither exists.
 */
export function findFramePointerPython(): string | undefined {
  if (process.env.PPG_FP_PYTHON) return process.env.PPG_FP_PYTHON;
  const cached = join(process.env.PPG_FP_PYTHON_DIR || '/var/cache/python-perf-gate/fp-python-3.13', 'bin', 'python3.13');
  return existsSync(cached) ? cached : undefined;
}

/**
 * A directory to put on PYTHONPATH so CPython 3.12/3.13 can run the distribution's pytest (Debian's
 * python3-pytest and its pure-Python dependencies, linked one by one so nothing else of
 * dist-packages leaks in). Throws naming the package when it is missing.
 */
export function preparePytestPath(directory: string): string {
  const distPackages = '/usr/lib/python3/dist-packages';
  if (!existsSync(join(distPackages, 'pytest', '__init__.py'))) {
    throw new Error('The pytest-harness test needs the distribution\'s pytest. Install it: `apt-get install -y python3-pytest`.');
  }
  mkdirSync(directory, { recursive: true });
  for (const name of ['pytest', '_pytest', 'pluggy', 'iniconfig', 'packaging', 'attr', 'attrs', 'py.py', 'exceptiongroup', 'tomli']) {
    const source = join(distPackages, name);
    if (existsSync(source) && !existsSync(join(directory, name))) symlinkSync(source, join(directory, name));
  }
  return directory;
}
