/**
 * Fixes the Action may apply to the runner, each only behind its input and always reported:
 * `install-perf` installs perf with apt; `allow-sudo` lowers perf_event_paranoid / kptr_restrict.
 * Nothing here runs sudo unless the user said so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { release } from 'node:os';
import type { PerfFacts, Problem } from '../core/readiness.js';
import { runCommand } from './process.js';

export async function applyAllowedFixes(options: {
  perf: PerfFacts;
  installPerf: boolean;
  allowSudo: boolean;
  log: (line: string) => void;
}): Promise<{ changed: boolean; problems: Problem[] }> {
  const problems: Problem[] = [];
  let changed = false;
  const { perf, log } = options;
  const sudo = perf.isRoot ? [] : ['sudo', '-n'];
  const perfMissing = !perf.path || perf.brokenReason !== undefined;
  if (perfMissing && options.installPerf) {
    if (!perf.isRoot && !options.allowSudo) {
      problems.push({
        code: 'install-perf-needs-sudo',
        severity: 'error',
        message: "'install-perf: true' needs root to run apt-get, and 'allow-sudo' is false.",
        fix: "Set 'allow-sudo: true' as well, or install perf in an earlier step.",
      });
    } else {
      changed = (await installPerf(sudo, log, problems)) || changed;
    }
  }
  if (!perf.isRoot && options.allowSudo) {
    const settings: [string, number | undefined, number][] = [
      ['kernel.perf_event_paranoid', perf.paranoid, 1],
      ['kernel.kptr_restrict', perf.kptrRestrict, 0],
    ];
    for (const [key, current, wanted] of settings) {
      if (current === undefined || current <= wanted) continue;
      log(`allow-sudo: running sudo -n sysctl -w ${key}=${wanted} (was ${current})`);
      const result = await runCommand(['sudo', '-n', 'sysctl', '-w', `${key}=${wanted}`], { timeoutMs: 30_000 });
      if (result.exitCode === 0) {
        changed = true;
        problems.push({ code: 'sysctl-lowered', severity: 'notice', message: `Set ${key}=${wanted} with sudo (was ${current}).` });
      } else {
        problems.push({
          code: 'sysctl-failed',
          severity: 'warning',
          message: `sudo -n sysctl -w ${key}=${wanted} failed: ${(result.stderr || result.stdout).trim() || `exit code ${result.exitCode}`}`,
          fix: 'Run the sysctl in an earlier step with sudo, or use a runner where passwordless sudo works.',
        });
      }
    }
  }
  return { changed, problems };
}

async function installPerf(sudo: string[], log: (line: string) => void, problems: Problem[]): Promise<boolean> {
  const distro = readOsReleaseId();
  const kernel = release();
  const attempts =
    distro === 'ubuntu'
      ? [
          ['linux-tools-common', `linux-tools-${kernel}`],
          ['linux-tools-common', 'linux-tools-generic'],
          ['linux-tools-common', 'linux-tools-azure'],
        ]
      : [['linux-perf']];
  const run = async (argv: string[]) => {
    log(`install-perf: ${argv.join(' ')}`);
    return runCommand(argv, { timeoutMs: 10 * 60_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  await run([...sudo, 'apt-get', 'update']);
  for (const packages of attempts) {
    const result = await run([...sudo, 'apt-get', 'install', '-y', '--no-install-recommends', ...packages]);
    if (result.exitCode === 0) {
      problems.push({ code: 'perf-installed', severity: 'notice', message: `Installed ${packages.join(' ')} with apt-get.` });
      return true;
    }
    log(`install-perf: ${packages.join(' ')} failed: ${result.stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
  }
  problems.push({
    code: 'perf-install-failed',
    severity: 'error',
    message: `install-perf could not install perf (tried ${attempts.map((packages) => packages.join(' ')).join('; ')}).`,
    fix: 'Install perf in an earlier step; on Ubuntu, linux-tools-generic brings a versioned binary under /usr/lib/linux-tools/*/perf.',
  });
  return false;
}

function readOsReleaseId(): string | undefined {
  if (!existsSync('/etc/os-release')) return undefined;
  const match = /^ID=(.*)$/m.exec(readFileSync('/etc/os-release', 'utf8'));
  return match?.[1]?.replace(/"/g, '');
}

/** Raises kernel.perf_event_max_stack for fp mode (see decideMaxStackRaise); reports what happened. */
export async function raiseMaxStack(options: { value: number; current: number | undefined; isRoot: boolean; log: (line: string) => void }): Promise<Problem> {
  const argv = [...(options.isRoot ? [] : ['sudo', '-n']), 'sysctl', '-w', `kernel.perf_event_max_stack=${options.value}`];
  options.log(`allow-sudo: ${argv.join(' ')} (was ${options.current ?? 'unknown'}) so deep Python stacks are not cut in fp mode`);
  const result = await runCommand(argv, { timeoutMs: 30_000 });
  if (result.exitCode === 0) {
    return { code: 'sysctl-raised', severity: 'notice', message: `Set kernel.perf_event_max_stack=${options.value} (was ${options.current ?? 'unknown'}).` };
  }
  const said = (result.stderr || result.stdout).trim() || `exit code ${result.exitCode}`;
  // The kernel refuses the change (EBUSY) while any perf session with call graphs runs on the machine.
  const busy = /resource busy|EBUSY/i.test(said);
  return {
    code: 'sysctl-failed',
    severity: 'warning',
    message: `${argv.join(' ')} failed: ${said}${busy ? ' — the kernel refuses to change it while another perf session with call graphs is running on this machine' : ''}; stacks deeper than ${options.current ?? 127} native frames will be marked [truncated].`,
    fix: busy
      ? 'Raise it in an earlier step, before any other perf session starts (sudo sysctl -w kernel.perf_event_max_stack=1024), or accept truncated deep stacks.'
      : 'Raise it in an earlier step (sudo sysctl -w kernel.perf_event_max_stack=1024), or accept truncated deep stacks.',
  };
}
