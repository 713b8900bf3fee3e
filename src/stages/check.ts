/**
 * check: can this runner profile Python with perf? Settings in, the readiness report out (facts
 * and probes, from shell/readiness.ts); `acceptRunner` turns a ready report into the runner the
 * later stages use, or a UserError that lists every blocking problem with its fix.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MachineFacts } from '../core/compare/index.js';
import type { ProfilingMode } from '../core/profiling-modes.js';
import type { PythonFacts } from '../core/python-facts.js';
import { describeProbe, type Readiness } from '../core/readiness.js';
import { UserError } from '../errors.js';
import type { Reporter } from '../reporter.js';
import type { Settings } from '../settings.js';
import { readMachineFacts } from '../shell/machine.js';
import { checkReadiness } from '../shell/readiness.js';

/** The checked runner: readiness plus what profiling needs from it, known to be present. */
export interface Runner {
  readiness: Readiness;
  mode: ProfilingMode;
  python: PythonFacts;
  perfPath: string;
  /** CPU model, cores and kernel: stored with the profile, compared with a stored baseline's. */
  machine: MachineFacts;
}

export async function check(settings: Pick<Settings, 'python' | 'mode' | 'event' | 'installPerf' | 'allowSudo' | 'describe'>, reporter: Reporter): Promise<Readiness> {
  const scratchDirectory = join(tmpdir(), 'python-perf-gate');
  mkdirSync(scratchDirectory, { recursive: true });
  const options: Parameters<typeof checkReadiness>[0] = {
    mode: settings.mode,
    event: settings.event,
    scratchDirectory,
    installPerf: settings.installPerf,
    allowSudo: settings.allowSudo,
    log: (line) => reporter.info(line),
    describePython: settings.describe('python'),
  };
  if (settings.python) options.python = settings.python;
  return checkReadiness(options);
}

/** Reports the readiness notices and warnings; throws when profiling cannot proceed. */
export function acceptRunner(readiness: Readiness, reporter: Reporter): Runner {
  for (const problem of readiness.problems.filter((p) => p.severity !== 'error')) {
    const line = `${problem.message}${problem.fix ? ` ${problem.fix}` : ''}`;
    if (problem.severity === 'warning') reporter.warning(line);
    else reporter.notice(line);
  }
  if (!readiness.ready || !readiness.mode || !readiness.python || !readiness.perf.path) {
    const errors = readiness.problems.filter((p) => p.severity === 'error');
    throw new UserError(
      `This runner cannot profile Python with perf:\n${errors.map((p) => `- [${p.code}] ${p.message}${p.fix ? `\n  Fix: ${p.fix}` : ''}`).join('\n')}`,
    );
  }
  reporter.info(
    `Python ${readiness.python.version} (${readiness.python.executable}), mode ${readiness.mode}, event ${readiness.event}; probe ${readiness.probeSeconds.toFixed(2)} s: ${readiness.probes.map(describeProbe).join('; ')}`,
  );
  return { readiness, mode: readiness.mode, python: readiness.python, perfPath: readiness.perf.path, machine: readMachineFacts() };
}
