/** Finding perf and reading what it and the kernel allow. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { release } from 'node:os';
import { delimiter, join } from 'node:path';
import type { PerfFacts } from '../core/readiness.js';
import { runCommand } from './process.js';

/** Ubuntu's /usr/bin/perf is a wrapper that execs /usr/lib/linux-tools/$(uname -r)/perf. */
const ubuntuToolsDirs = ['/usr/lib/linux-tools'];

export async function readPerfFacts(options: { perfPath?: string; env?: NodeJS.ProcessEnv } = {}): Promise<PerfFacts> {
  const env = options.env ?? process.env;
  const facts: PerfFacts = {
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    paranoid: readSysctl('kernel/perf_event_paranoid'),
    kptrRestrict: readSysctl('kernel/kptr_restrict'),
    maxStack: readSysctl('kernel/perf_event_max_stack'),
  };
  const candidates = options.perfPath ? [options.perfPath] : [...findOnPath('perf', env), ...listVersionedPerfBinaries()];
  let firstBroken: { path: string; reason: string } | undefined;
  for (const path of candidates) {
    const version = await runCommand([path, '--version'], { env, timeoutMs: 15_000 });
    const text = `${version.stdout}${version.stderr}`.trim();
    if (version.exitCode === 0 && /perf version/.test(text)) {
      facts.path = path;
      facts.version = text.replace(/^perf version\s*/, '');
      break;
    }
    const reason = version.spawnError
      ? `${version.spawnError.code ?? version.spawnError.message}`
      : /not found for kernel/i.test(text)
        ? `the wrapper has no perf for this kernel (${firstLine(text)})`
        : `'perf --version' failed: ${firstLine(text) || `exit code ${version.exitCode}`}`;
    firstBroken ??= { path, reason };
  }
  if (!facts.path) {
    if (firstBroken) {
      facts.path = firstBroken.path;
      facts.brokenReason = firstBroken.reason;
    }
    return facts;
  }
  const [cycles, inject] = await Promise.all([
    runCommand([facts.path, 'stat', '-e', 'cycles', '-x', ',', '--', 'true'], { env, timeoutMs: 15_000 }),
    runCommand([facts.path, 'inject', '-h'], { env, timeoutMs: 15_000 }),
  ]);
  const cyclesLine = cycles.stderr.split('\n').find((line) => line.includes('cycles')) ?? '';
  facts.cyclesSupported = cycles.exitCode === 0 && /^\d/.test(cyclesLine.trim());
  facts.injectJitSupported = /--jit/.test(`${inject.stdout}${inject.stderr}`);
  return facts;
}

function findOnPath(name: string, env: NodeJS.ProcessEnv): string[] {
  const found: string[] = [];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) found.push(join(dir, name));
  }
  return [...new Set(found)];
}

/**
 * Versioned perf binaries installed by linux-tools-* packages: the running kernel's first (what
 * Ubuntu's wrapper would exec), then the others newest first, compared as versions (6.11 after 6.8).
 */
export function listVersionedPerfBinaries(options: { root?: string; kernelRelease?: string } = {}): string[] {
  const found: string[] = [];
  for (const root of options.root ? [options.root] : ubuntuToolsDirs) {
    let versions: string[] = [];
    try {
      versions = readdirSync(root);
    } catch {
      continue;
    }
    const running = options.kernelRelease ?? release();
    for (const version of sortToolsVersions(versions, running)) {
      const path = join(root, version, 'perf');
      if (existsSync(path)) found.push(path);
    }
  }
  return found;
}

/** `running` first, then newest first by numeric parts ("6.8.0-1017-azure" < "6.11.0-1008-azure"). */
export function sortToolsVersions(versions: string[], running: string): string[] {
  const parts = (version: string) => version.split(/[.-]/).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const compare = (a: string, b: string): number => {
    const left = parts(a);
    const right = parts(b);
    for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
      const x = left[index];
      const y = right[index];
      if (x === y) continue;
      if (x === undefined) return -1;
      if (y === undefined) return 1;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  };
  return [...versions].sort((a, b) => (a === running ? -1 : b === running ? 1 : compare(b, a)));
}

function readSysctl(name: string): number | undefined {
  try {
    const value = Number(readFileSync(`/proc/sys/${name}`, 'utf8').trim());
    return Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}
