/**
 * The publish stage (Action only): step outputs and the job summary. Publishing never changes the
 * verdict; a failure here is a warning and leaves every file on disk.
 */
import * as core from '@actions/core';
import type { Reporter, ProfileOutcome } from '../pipeline.js';
import type { Settings } from '../settings.js';
import { formatSummaryMarkdown } from '../core/summary-markdown.js';

export interface PublishInput {
  settings: Settings;
  reporter: Reporter;
  /** The finished pipeline; absent when it failed before a verdict. */
  outcome?: ProfileOutcome;
  /** The error message when the pipeline failed. */
  failure?: string;
}

export async function publishOutcome(input: PublishInput): Promise<void> {
  const { outcome } = input;
  core.setOutput('report', outcome?.files.report ?? '');
  if (!outcome) {
    core.setOutput('verdict', 'error');
    await writeSummary(`## python-perf-gate\n\n❌ **error**\n\n\`\`\`\n${input.failure ?? 'unknown failure'}\n\`\`\`\n\nOutputs so far are in \`${input.settings.outputDir}\`.\n`, input.reporter);
    return;
  }
  const regressions = outcome.comparison?.regressions ?? [];
  core.setOutput('verdict', outcome.verdict);
  core.setOutput('regressions', String(regressions.length));
  core.setOutput('folded', outcome.files.folded);
  core.setOutput('flamegraph', outcome.files.flamegraph);
  core.setOutput('diff-flamegraph', outcome.files.diff ?? '');
  core.setOutput('python-version', outcome.readiness.python?.version ?? '');
  core.setOutput('mode', outcome.readiness.mode ?? '');
  core.setOutput('samples', String(outcome.quality.samples));
  const { readFoldedFile } = await import('./baseline.js');
  const summaryInput: Parameters<typeof formatSummaryMarkdown>[0] = {
    verdict: outcome.verdict,
    inconclusiveReasons: outcome.inconclusiveReasons,
    readiness: outcome.readiness,
    quality: outcome.quality,
    runs: outcome.runs,
    headline: await readFoldedFile(outcome.files.folded),
  };
  if (outcome.files.baselineFolded) summaryInput.baseline = await readFoldedFile(outcome.files.baselineFolded);
  if (outcome.comparison) summaryInput.comparison = outcome.comparison;
  await writeSummary(formatSummaryMarkdown(summaryInput), input.reporter);
}

async function writeSummary(markdown: string, reporter: Reporter): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    reporter.info('GITHUB_STEP_SUMMARY is not set; skipping the job summary.');
    return;
  }
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    reporter.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}
