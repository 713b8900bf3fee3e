/**
 * compare: find the baseline — the base tree's runs recorded in this job (`baseline-ref`), a
 * stored profile (`baseline: <path>`), or the newest artifact of the base branch
 * (`baseline: artifact`) — judge the current runs against it, and draw the differential flame
 * graphs that show the comparison.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareProfiles, describeTimeChange, type Comparison, type ProfileMeta, type Verdict } from '../core/compare/index.js';
import { renderDiffFlameGraph, type SignificantChange } from '../core/flamegraph/diff.js';
import { mergeStacks, type FoldedStacks } from '../core/folded.js';
import { findQualityProblems } from '../core/run-quality.js';
import { UserError } from '../errors.js';
import type { Reporter } from '../reporter.js';
import type { Settings } from '../settings.js';
import { loadBaselinePath, type Baseline } from '../shell/baseline.js';
import type { Runner } from './check.js';
import { estimateCpuSeconds, type Profile } from './fold.js';
import type { Recording } from './record.js';
import type { Labels } from './render.js';

export interface Gate {
  verdict: Verdict;
  inconclusiveReasons: string[];
  comparison?: Comparison;
  baseline?: Baseline;
  /** All baseline runs merged (what baseline.folded holds). */
  baselineStacks?: FoldedStacks;
  /** The differential flame graphs: current shape, and baseline shape. */
  diff?: { current: string; baselineShape: string };
}

export interface CompareInput {
  settings: Settings;
  runner: Runner;
  recording: Recording;
  profile: Profile;
  labels: Labels;
  reporter: Reporter;
}

export async function compare(input: CompareInput): Promise<Gate> {
  const { settings, runner, recording, profile, reporter } = input;
  // dwarf mode sees only the innermost Python frame: own times are exact, inclusive times and
  // rooted stacks do not exist there, so it gates own times without asking for rooted stacks.
  const leafOnly = runner.mode === 'dwarf';
  const inconclusiveReasons = findQualityProblems(profile.quality, profile.runs.map((run) => run.quality), { requireRooted: !leafOnly });
  if (leafOnly) reporter.notice("dwarf mode (CPython 3.12 without frame pointers) sees only the innermost Python frame: the gate judges own times; inclusive times cannot be measured in this mode.");
  const found = await findBaseline(input);
  if (found.problem) {
    // A gate that could not fetch its baseline must not look like a first run.
    return { verdict: 'inconclusive', inconclusiveReasons: [...inconclusiveReasons, found.problem] };
  }
  const baseline = found.baseline;
  if (!baseline) {
    reporter.notice(
      settings.baseline
        ? `No baseline found for '${settings.baseline}'; this run becomes a baseline for the next one. Verdict: no-baseline.`
        : "No baseline given: profiled only. Set 'baseline' to gate regressions.",
    );
    return { verdict: 'no-baseline', inconclusiveReasons };
  }
  const currentMeta: ProfileMeta = {
    pythonVersion: runner.python.version,
    mode: runner.mode,
    event: runner.readiness.event,
    quality: { rootedShare: profile.quality.rootedShare, pythonShare: profile.quality.pythonShare },
    machine: runner.machine,
  };
  const comparison = compareProfiles({
    baseline: baseline.runs,
    current: recording.current.map((run, index) => ({ stacks: run.fold.stacks, wallSeconds: run.wallSeconds, cpuSeconds: profile.runs[index]?.cpuSeconds })),
    currentMeta,
    baselineMeta: baseline.meta,
    options: leafOnly ? { ...settings.compare, minRootedShare: 0 } : settings.compare,
  });
  let verdict = comparison.verdict;
  if (verdict === 'pass' && inconclusiveReasons.length > 0) verdict = 'inconclusive';
  if (verdict === 'inconclusive') inconclusiveReasons.push(...comparison.reasons);
  const baselineStacks = mergeStacks(baseline.runs.map((run) => run.stacks));
  const { title, subtitle } = input.labels;
  const significant = listSignificantOwnTimes(comparison);
  const diff = {
    current: renderDiffFlameGraph(baselineStacks, profile.headline, { title: `Differential: ${title}`, subtitle, significant }),
    baselineShape: renderDiffFlameGraph(baselineStacks, profile.headline, { title: `Differential (baseline shape): ${title}`, subtitle, shape: 'baseline', significant }),
  };
  return { verdict, inconclusiveReasons, comparison, baseline, baselineStacks, diff };
}

/** The functions whose own time the gate judged regressed or improved: the diff graphs saturate only these. */
function listSignificantOwnTimes(comparison: Comparison): SignificantChange[] {
  const significant: SignificantChange[] = [];
  for (const fn of comparison.functions) {
    const { outcome } = fn.own;
    if (outcome === 'regressed' || outcome === 'improved') significant.push({ name: fn.name, direction: outcome, summary: describeTimeChange(fn.own) });
  }
  return significant;
}

async function findBaseline(input: CompareInput): Promise<{ baseline?: Baseline; problem?: string }> {
  const { settings, recording, runner } = input;
  if (recording.baseRef) {
    const { ref, sha } = recording.baseRef;
    return {
      baseline: {
        source: `baseline-ref ${ref} (${sha.slice(0, 12)}), profiled in this job`,
        runs: recording.base.map((run) => ({ stacks: run.fold.stacks, wallSeconds: run.wallSeconds, cpuSeconds: estimateCpuSeconds(run, settings.frequency) })),
        meta: { pythonVersion: runner.python.version, mode: runner.mode, event: runner.readiness.event, machine: runner.machine },
      },
    };
  }
  if (!settings.baseline) return {};
  if (settings.baseline !== 'artifact') {
    const baseline = await loadBaselinePath(settings.baseline, { describe: settings.describe('baseline') });
    return baseline ? { baseline } : {};
  }
  return downloadBaseline(input);
}

/**
 * The newest non-expired artifact of the same name from the PR's base branch (or, on a push, from
 * this branch: the previous run), found through the REST API with a read-only token.
 */
async function downloadBaseline(input: CompareInput): Promise<{ baseline?: Baseline; problem?: string }> {
  const { settings, reporter } = input;
  const { github } = settings;
  const branch = github.baseRef || github.refName;
  const repository = github.repository;
  if (!branch || !repository) {
    throw new UserError(
      `Invalid value 'artifact' for ${settings.describe('baseline')}. It needs the GitHub Actions environment (GITHUB_REPOSITORY and GITHUB_BASE_REF or GITHUB_REF_NAME); outside GitHub pass a path instead.`,
    );
  }
  if (!settings.githubToken) {
    throw new UserError(`'baseline: artifact' needs ${settings.describe('github-token')} (the default \${{ github.token }} with 'actions: read' is enough).`);
  }
  const name = settings.artifact.name;
  const destination = join(tmpdir(), 'python-perf-gate', `baseline-${process.pid}`);
  rmSync(destination, { recursive: true, force: true });
  // Imported here, not at the top: the artifact and REST clients are most of the bundle, and only this path needs them.
  const { downloadBaselineArtifact, formatBaselineSkips } = await import('../shell/artifacts.js');
  const outcome = await downloadBaselineArtifact({ name, branch, token: settings.githubToken, repository, destination, apiUrl: github.apiUrl });
  const skipped = formatBaselineSkips(outcome.skipped, {});
  if (skipped && outcome.status !== 'failed') reporter.notice(`Baseline artifacts not trusted and skipped: ${skipped}. Only runs of this repository on '${branch}' from push, schedule, workflow_dispatch or merge_group events are baselines.`);
  switch (outcome.status) {
    case 'downloaded': {
      reporter.info(`Baseline: artifact '${name}' #${outcome.artifactId} from run ${outcome.runId} on '${branch}'${outcome.headSha ? ` (${outcome.headSha.slice(0, 12)})` : ''}.`);
      const baseline = await loadBaselinePath(outcome.path, {
        describe: settings.describe('baseline'),
        origin: `artifact ${outcome.artifactId} from run ${outcome.runId} on '${branch}'`,
      });
      if (baseline) baseline.source = `artifact ${outcome.artifactId} (run ${outcome.runId}, ${branch})`;
      return baseline ? { baseline } : {};
    }
    case 'not-found':
      reporter.notice(`No baseline artifact '${name}' on '${branch}' yet: ${outcome.reason}`);
      return {};
    case 'failed':
      reporter.warning(`The baseline artifact could not be downloaded: ${outcome.reason}`);
      return { problem: `the baseline artifact '${name}' from '${branch}' could not be downloaded (${outcome.reason})` };
  }
}
