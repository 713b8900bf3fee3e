/**
 * The Action: settings → check → record → fold → render → compare → publish. Only this file calls
 * core.setFailed.
 */
import * as core from '@actions/core';
import { readSettings, SettingsError, type InputSource, type Settings } from './settings.js';
import { runProfilePipeline, type ProfileOutcome, type Reporter } from './pipeline.js';
import { UserError } from './errors.js';
import { publishOutcome } from './shell/publish.js';

const actionReporter: Reporter = {
  info: (line) => core.info(line),
  notice: (line) => core.notice(line),
  warning: (line) => core.warning(line),
};

function readActionInputs(): InputSource {
  return {
    get: (name) => core.getInput(name),
    describe: (name) => `input '${name}'`,
    baseDirectory: process.env.GITHUB_WORKSPACE || process.cwd(),
  };
}

export async function run(): Promise<void> {
  let settings: Settings | undefined;
  try {
    settings = readSettings(readActionInputs());
    const outcome = await runProfilePipeline(settings, actionReporter);
    await publishOutcome({ settings, outcome, reporter: actionReporter });
    if (outcome.exitCode !== 0) core.setFailed(describeFailure(outcome));
  } catch (error) {
    const message = error instanceof UserError || error instanceof SettingsError ? error.message : ((error as Error).stack ?? String(error));
    if (settings) {
      // Nothing already produced is lost: logs and partial outputs are still published.
      await publishOutcome({ settings, failure: message, reporter: actionReporter }).catch((publishError: Error) =>
        core.warning(`Publishing after the failure also failed: ${publishError.message}`),
      );
    }
    core.setFailed(message);
  }
}

function describeFailure(outcome: ProfileOutcome): string {
  if (outcome.verdict === 'inconclusive') return `Inconclusive comparison (fail-on-inconclusive is true): ${outcome.inconclusiveReasons.join('; ')}`;
  const regressions = outcome.comparison?.regressions ?? [];
  const lines = regressions
    .slice(0, 10)
    .map((regression) =>
      regression.kind === 'function'
        ? `- ${regression.name}${regression.role ? ` (${regression.role}${regression.causedBy.length > 0 ? ` of ${regression.causedBy.join(', ')}` : ''})` : ''}: ${regression.reason}`
        : `- total ${regression.name} time: ${regression.reason}`,
    );
  return `Performance regression: ${regressions.length} finding(s).\n${lines.join('\n')}`;
}
