/**
 * The Action: settings → check → record → fold → render → compare → publish. Only this file calls
 * core.setFailed.
 */
import * as core from '@actions/core';
import type { ProfileOutcome } from './outcome.js';
import { runProfilePipeline } from './pipeline.js';
import { UserError } from './errors.js';
import type { Reporter } from './reporter.js';
import { readActionSettings, SettingsError, type Settings } from './settings.js';
import { actionIo } from './shell/action-io.js';
import { publish } from './stages/publish.js';

const actionReporter: Reporter = {
  info: (line) => core.info(line),
  notice: (line) => core.notice(line),
  warning: (line) => core.warning(line),
  debug: (line) => core.debug(line),
  group: (name, body) => core.group(name, body),
};

export async function run(): Promise<void> {
  let settings: Settings | undefined;
  try {
    const read = readActionSettings({ getInput: (input) => core.getInput(input) });
    settings = read;
    if (read.github.eventName === 'pull_request_target') {
      actionReporter.warning(
        "This workflow runs on 'pull_request_target': the pull request's code runs with this repository's write token and secrets. Profile pull requests on 'pull_request' instead (see the README, 'Security').",
      );
    }
    const outcome = await runProfilePipeline(read, actionReporter);
    await actionReporter.group('publish', () => publish({ settings: read, outcome, reporter: actionReporter, io: actionIo }));
    core.info(describeVerdict(outcome));
    if (outcome.exitCode !== 0) core.setFailed(describeFailure(outcome));
  } catch (error) {
    const message = error instanceof UserError || error instanceof SettingsError ? error.message : ((error as Error).stack ?? String(error));
    if (settings) {
      // Nothing already produced is lost: logs and partial outputs are still published.
      await publish({ settings, failure: message, reporter: actionReporter, io: actionIo }).catch((publishError: Error) =>
        core.warning(`Publishing after the failure also failed: ${publishError.message}`),
      );
    }
    core.info(`python-perf-gate verdict: error — ${message.split('\n', 1)[0]}`);
    core.setFailed(message);
  }
}

/** One line on every outcome, pass included, so the log always ends with the answer. */
function describeVerdict(outcome: ProfileOutcome): string {
  const regressions = outcome.comparison?.regressions.length ?? 0;
  const detail: Record<ProfileOutcome['verdict'], string> = {
    pass: 'no function regressed significantly',
    regressed: `${regressions} regression${regressions === 1 ? '' : 's'}`,
    inconclusive: outcome.inconclusiveReasons.join('; ') || 'the data cannot support a verdict',
    'no-baseline': 'profiled only, nothing to compare against',
  };
  return `python-perf-gate verdict: ${outcome.verdict} — ${detail[outcome.verdict]}${outcome.exitCode !== 0 ? ' (the step fails)' : ''}.`;
}

function describeFailure(outcome: ProfileOutcome): string {
  if (outcome.verdict === 'inconclusive') return `Inconclusive comparison (fail-on-inconclusive is true): ${outcome.inconclusiveReasons.join('; ')}`;
  const regressions = outcome.comparison?.regressions ?? [];
  const lines = regressions
    .slice(0, 10)
    .map((regression) =>
      regression.kind === 'function'
        ? `- ${regression.name}${regression.role ? ` (${regression.role}${regression.causedBy.length > 0 ? ` of ${regression.causedBy.join(', ')}` : ''})` : ''}: ${regression.headline}`
        : `- total ${regression.name} time: ${regression.headline}`,
    );
  return `Performance regression: ${regressions.length} finding(s).\n${lines.join('\n')}`;
}
