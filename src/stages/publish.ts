/**
 * publish (Action only): step outputs, the artifact, source annotations, the job summary and the
 * sticky PR comment. Publishing never changes the verdict: every failure here is a warning or a
 * notice, and the files stay on disk.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { findDefinitionLine, parsePythonFrame } from '../core/annotations.js';
import type { FunctionChange } from '../core/compare/index.js';
import { adviseOnInconclusive } from '../core/inconclusive-advice.js';
import { formatSummaryMarkdown } from '../core/summary-markdown.js';
import type { ProfileOutcome } from '../outcome.js';
import type { Reporter } from '../reporter.js';
import type { Settings } from '../settings.js';
import type { ActionIo } from '../shell/action-io.js';
import { uploadArtifact } from '../shell/artifacts.js';
import { upsertStickyComment } from '../shell/pr-comment.js';

export interface PublishInput {
  settings: Settings;
  reporter: Reporter;
  io: ActionIo;
  /** The finished pipeline; absent when it failed before a verdict. */
  outcome?: ProfileOutcome;
  /** The error message when the pipeline failed. */
  failure?: string;
}

export async function publish(input: PublishInput): Promise<void> {
  const { outcome, settings, reporter, io } = input;
  io.setOutput('report', outcome?.files.report ?? '');
  const artifactUrl = await uploadOutputDirectory(input);
  if (!outcome) {
    io.setOutput('verdict', 'error');
    const link = artifactUrl ? `\n\nLogs and partial outputs: [artifact](${artifactUrl})` : '';
    await writeSummary(input, `## python-perf-gate\n\n❌ **error**\n\n\`\`\`\n${input.failure ?? 'unknown failure'}\n\`\`\`\n\nOutputs so far are in \`${settings.outputDir}\`.${link}\n`);
    return;
  }
  const regressions = outcome.comparison?.regressions ?? [];
  io.setOutput('verdict', outcome.verdict);
  io.setOutput('regressions', String(regressions.length));
  io.setOutput('folded', outcome.files.folded);
  io.setOutput('flamegraph', outcome.files.flamegraph);
  io.setOutput('speedscope', outcome.files.speedscope);
  io.setOutput('pprof', outcome.files.pprof);
  io.setOutput('diff-flamegraph', outcome.files.diff ?? '');
  io.setOutput('python-version', outcome.readiness.python?.version ?? '');
  io.setOutput('mode', outcome.readiness.mode ?? '');
  io.setOutput('samples', String(outcome.quality.samples));
  annotateRegressions({
    io,
    regressions: regressions.filter((r): r is FunctionChange => r.kind === 'function'),
    workingDirectory: settings.workingDirectory,
    workspace: settings.github.workspace ?? process.cwd(),
    asErrors: outcome.exitCode !== 0,
  });
  const inconclusiveFixes = outcome.verdict === 'inconclusive' ? adviseOnInconclusive(outcome.inconclusiveReasons) : [];
  if (outcome.verdict === 'inconclusive') {
    // Loud: an annotation on the run page, not only a line in the log.
    reporter.warning(`python-perf-gate could not reach a verdict: ${outcome.inconclusiveReasons.join('; ')}. ${inconclusiveFixes.join(' ')}`);
  }
  const summaryInput: Parameters<typeof formatSummaryMarkdown>[0] = {
    verdict: outcome.verdict,
    inconclusiveFixes,
    inconclusiveReasons: outcome.inconclusiveReasons,
    readiness: outcome.readiness,
    quality: outcome.quality,
    runs: outcome.runs,
    headline: outcome.headline,
  };
  if (outcome.baselineStacks) summaryInput.baseline = outcome.baselineStacks;
  if (outcome.comparison) summaryInput.comparison = outcome.comparison;
  if (artifactUrl) summaryInput.artifactUrl = artifactUrl;
  const flamegraphUrl = await uploadFlameGraph(input, outcome);
  if (flamegraphUrl) summaryInput.flamegraphUrl = flamegraphUrl;
  const markdown = formatSummaryMarkdown(summaryInput);
  await writeSummary(input, markdown);
  if (settings.commentOnPr) await commentOnPullRequest(settings, markdown, reporter);
}

/** Uploads the whole output directory (its layout is what `baseline:` reads back). */
async function uploadOutputDirectory({ settings, reporter, io }: PublishInput): Promise<string | undefined> {
  io.setOutput('artifact-id', '');
  io.setOutput('artifact-url', '');
  if (!settings.artifact.upload) return undefined;
  const files = listFiles(settings.outputDir);
  const options: Parameters<typeof uploadArtifact>[0] = { name: settings.artifact.name, rootDirectory: settings.outputDir, files, github: settings.github };
  if (settings.artifact.retentionDays !== undefined) options.retentionDays = settings.artifact.retentionDays;
  const outcome = await uploadArtifact(options);
  switch (outcome.status) {
    case 'uploaded':
      io.setOutput('artifact-id', String(outcome.id));
      io.setOutput('artifact-url', outcome.url ?? '');
      reporter.info(`Uploaded artifact '${settings.artifact.name}' (${files.length} files, ${outcome.size} bytes)${outcome.url ? `: ${outcome.url}` : ''}`);
      return outcome.url;
    case 'skipped':
      reporter.notice(`Artifact upload skipped: ${outcome.reason}. The files are in ${settings.outputDir}.`);
      return undefined;
    case 'failed':
      reporter.warning(`Artifact upload of '${settings.artifact.name}' failed: ${outcome.reason}. The files are still in ${settings.outputDir}; the verdict is unaffected.`);
      return undefined;
  }
}

/**
 * flamegraph.svg once more as its own artifact, not zipped, so it opens in the browser straight
 * from the run page and the summary can link to it. Named `<artifact-name>-flamegraph.svg` (an
 * unzipped artifact takes its file's name) so jobs with different artifact names do not collide.
 */
async function uploadFlameGraph({ settings, reporter }: PublishInput, outcome: ProfileOutcome): Promise<string | undefined> {
  if (!settings.artifact.upload || !existsSync(outcome.files.flamegraph)) return undefined;
  const directory = mkdtempSync(join(tmpdir(), 'ppg-flamegraph-'));
  try {
    const file = join(directory, `${settings.artifact.name}-flamegraph.svg`);
    copyFileSync(outcome.files.flamegraph, file);
    const options: Parameters<typeof uploadArtifact>[0] = { name: basename(file), rootDirectory: directory, files: [file], skipArchive: true, github: settings.github };
    if (settings.artifact.retentionDays !== undefined) options.retentionDays = settings.artifact.retentionDays;
    const uploaded = await uploadArtifact(options);
    if (uploaded.status === 'uploaded') return uploaded.url;
    if (uploaded.status === 'failed') reporter.warning(`Uploading the flame graph on its own failed: ${uploaded.reason}. It is in the '${settings.artifact.name}' artifact.`);
    return undefined;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function listFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(directory);
  return files;
}

/**
 * One annotation per regressed Python function of the repository, at its `def` line, so it shows
 * on the pull request's diff. Files are made relative to the workspace, as GitHub expects.
 */
function annotateRegressions(options: { io: ActionIo; regressions: FunctionChange[]; workingDirectory: string; workspace: string; asErrors: boolean }): void {
  for (const regression of options.regressions) {
    const frame = parsePythonFrame(regression.name);
    if (!frame) continue;
    const path = join(options.workingDirectory, frame.file);
    if (!existsSync(path)) continue;
    const line = findDefinitionLine(readFileSync(path, 'utf8'), frame.qualname);
    if (line === undefined) continue;
    const cause = regression.role !== 'consequence';
    const title = `python-perf-gate: ${frame.qualname} ${cause ? 'regressed' : 'slower (caused by a callee)'}`;
    const place = { file: relative(options.workspace, path), startLine: line, title };
    options.io.annotate(options.asErrors && cause ? 'error' : 'warning', `${regression.name}: ${regression.reason}`, place);
  }
}

async function commentOnPullRequest(settings: Settings, markdown: string, reporter: Reporter): Promise<void> {
  const { pullRequestNumber: issueNumber, repository, workflow, apiUrl } = settings.github;
  if (!issueNumber || !repository) {
    reporter.notice('comment-on-pr: this run is not for a pull request; the report is in the job summary.');
    return;
  }
  if (!settings.githubToken) {
    reporter.notice("comment-on-pr: no 'github-token'; the report is in the job summary.");
    return;
  }
  const marker = `<!-- python-perf-gate:${workflow ?? 'workflow'}:${settings.artifact.name} -->`;
  const outcome = await upsertStickyComment({ token: settings.githubToken, repository, issueNumber, marker, body: markdown, apiUrl });
  switch (outcome.status) {
    case 'created':
    case 'updated':
      reporter.info(`PR comment ${outcome.status}${outcome.url ? `: ${outcome.url}` : ''}`);
      break;
    case 'forbidden':
      reporter.notice(`comment-on-pr: the token cannot comment (${outcome.reason}) — usual for pull requests from forks; the report is in the job summary.`);
      break;
    case 'failed':
      reporter.warning(`comment-on-pr failed: ${outcome.reason}. The report is in the job summary.`);
      break;
  }
}

async function writeSummary(input: PublishInput, markdown: string): Promise<void> {
  if (!input.settings.github.stepSummary) {
    input.reporter.info('GITHUB_STEP_SUMMARY is not set; skipping the job summary.');
    return;
  }
  try {
    await input.io.appendSummary(markdown);
  } catch (error) {
    input.reporter.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}
