/**
 * The pipeline, as one line: settings → check → record → fold → render → compare → (publish).
 * `main.ts` (the Action) and `cli.ts` (the terminal) both call `runProfilePipeline`; publishing to
 * GitHub is the Action's own last step.
 */
import { createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { mergeStacks, formatFoldedText, type FoldedStacks } from './core/folded.js';
import { outputLayout, runFoldedName, runLogName } from './core/output-layout.js';
import { planMode, type ProfilingMode } from './core/profiling-modes.js';
import type { PythonFacts } from './core/python-facts.js';
import { describeProbe, type Readiness } from './core/readiness.js';
import { combineQuality, findQualityProblems, summarizeQuality, type RunQuality } from './core/run-quality.js';
import { renderFlameGraph } from './core/flamegraph.js';
import { renderDiffFlameGraph } from './core/diff-flamegraph.js';
import { toSpeedscope } from './core/speedscope.js';
import { computeFunctionTable, rankBySelf } from './core/hotspots.js';
import { compareProfiles, type Comparison } from './core/compare.js';
import type { Settings } from './settings.js';
import { checkReadiness } from './shell/readiness.js';
import { buildWorkload, keptOutputBytes, recordRun, type RecordedRun, type Target } from './shell/recorder.js';
import { createBaseWorktree } from './shell/git-worktree.js';
import { buildTreeEnvironment, runPrepare } from './shell/tree-environment.js';
import { detectForeignFrames } from './core/tree-check.js';
import { loadBaselinePath, type Baseline } from './shell/baseline.js';
import { UserError } from './errors.js';
import { downloadBaselineArtifact } from './shell/artifacts.js';
import { describeExit, runCommand } from './shell/process.js';
import { capitalize } from './core/capitalize.js';

export type Verdict = 'pass' | 'regressed' | 'inconclusive' | 'no-baseline';

/** Where progress and notices go: the Action's log or the terminal's stderr. */
export interface Reporter {
  info(line: string): void;
  notice(line: string): void;
  warning(line: string): void;
}

export interface ProfileOutcome {
  verdict: Verdict;
  /** 0 pass / no-baseline / tolerated, 1 regression (or inconclusive when asked to fail). */
  exitCode: 0 | 1;
  readiness: Readiness;
  runs: RunSummary[];
  quality: RunQuality;
  comparison?: Comparison;
  baseline?: Pick<Baseline, 'source' | 'runs' | 'meta'>;
  /** All current runs merged (what profile.folded holds). */
  headline: FoldedStacks;
  /** All baseline runs merged (what baseline.folded holds), when there was a baseline. */
  baselineStacks?: FoldedStacks;
  inconclusiveReasons: string[];
  files: OutputFiles;
  report: Report;
}

export interface RunSummary {
  index: number;
  samples: number;
  wallSeconds: number;
  cpuSeconds: number;
  processingSeconds: number;
  quality: RunQuality;
  /** Processes of the run (perf's task events), e.g. to check their /tmp files were removed. */
  pids: number[];
}

export interface OutputFiles {
  directory: string;
  folded: string;
  runs: string[];
  flamegraph: string;
  speedscope: string;
  report: string;
  readiness: string;
  logs: string[];
  diff?: string;
  diffBaselineShape?: string;
  baselineFolded?: string;
  perfData: string[];
}

export interface Report {
  schemaVersion: 1;
  verdict: Verdict;
  inconclusiveReasons: string[];
  python?: { version: string; executable: string; implementation: string };
  mode?: string;
  event: string;
  frequency: number;
  view: string;
  target?: unknown;
  runs: RunSummary[];
  quality: RunQuality;
  hotspots: { name: string; selfShare: number; inclusiveShare: number }[];
  comparison?: Comparison;
  baseline?: { source: string; runs: number; pythonVersion?: string; mode?: string; event?: string };
  problems: Readiness['problems'];
  files: Record<string, string | string[]>;
}

/** settings → check. Throws UserError (with the readiness) when profiling cannot proceed. */
export async function runCheck(settings: Pick<Settings, 'python' | 'mode' | 'event' | 'installPerf' | 'allowSudo'>, reporter: Reporter): Promise<Readiness> {
  const scratch = join(tmpdir(), 'python-perf-gate');
  mkdirSync(scratch, { recursive: true });
  const options: Parameters<typeof checkReadiness>[0] = {
    mode: settings.mode,
    event: settings.event,
    scratchDirectory: scratch,
    installPerf: settings.installPerf,
    allowSudo: settings.allowSudo,
    log: (line) => reporter.info(line),
  };
  if (settings.python) options.python = settings.python;
  return checkReadiness(options);
}

export async function runProfilePipeline(settings: Settings, reporter: Reporter): Promise<ProfileOutcome> {
  const target = settings.target;
  if (!target) throw new UserError("Nothing to profile. Set 'script' (a Python file, with optional 'args') or 'run' (a shell command).");
  const files = planOutputFiles(settings.outputDir);
  const runner = await checkRunner(settings, files, reporter);
  const recording = await recordRuns({ settings, target, runner, files, reporter });
  const profile = foldRecording({ recording, target, runner, files, reporter });
  const labels = renderProfile({ settings, target, runner, profile, files });
  const gate = await compareWithBaseline({ settings, runner, recording, profile, labels, files, reporter });
  const exitCode: 0 | 1 =
    (gate.verdict === 'regressed' && settings.failOnRegression) || (gate.verdict === 'inconclusive' && settings.failOnInconclusive) ? 1 : 0;
  const { runs, quality, headline } = profile;
  const { verdict, inconclusiveReasons, comparison, baseline } = gate;
  const readiness = runner.readiness;
  const report = buildReport({ settings, readiness, runs, quality, headline, verdict, inconclusiveReasons, comparison, baseline, files });
  writeFileSync(files.report, `${JSON.stringify(report, null, 2)}\n`);
  const outcome: ProfileOutcome = { verdict, exitCode, readiness, runs, quality, inconclusiveReasons, files, report, headline };
  if (gate.baselineStacks) outcome.baselineStacks = gate.baselineStacks;
  if (comparison) outcome.comparison = comparison;
  if (baseline) outcome.baseline = { source: baseline.source, runs: baseline.runs, meta: baseline.meta };
  return outcome;
}

/** The checked runner: readiness plus what profiling needs from it, known to be present. */
interface Runner {
  readiness: Readiness;
  mode: ProfilingMode;
  python: PythonFacts;
  perfPath: string;
}

function planOutputFiles(out: string): OutputFiles {
  mkdirSync(join(out, outputLayout.runsDirectory), { recursive: true });
  mkdirSync(join(out, outputLayout.logsDirectory), { recursive: true });
  return {
    directory: out,
    folded: join(out, outputLayout.folded),
    runs: [],
    flamegraph: join(out, outputLayout.flamegraph),
    speedscope: join(out, outputLayout.speedscope),
    report: join(out, outputLayout.report),
    readiness: join(out, outputLayout.readiness),
    logs: [],
    perfData: [],
  };
}

/** check: readiness written to disk, notices reported, and a UserError when profiling cannot proceed. */
async function checkRunner(settings: Settings, files: OutputFiles, reporter: Reporter): Promise<Runner> {
  const readiness = await runCheck(settings, reporter);
  writeFileSync(files.readiness, `${JSON.stringify(readiness, null, 2)}\n`);
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
  return { readiness, mode: readiness.mode, python: readiness.python, perfPath: readiness.perf.path };
}

interface Recording {
  /** The current code's runs, in order. */
  current: RecordedRun[];
  /** With baseline-ref: the base commit's runs, recorded interleaved with `current`. */
  base: RecordedRun[];
  baseRef?: { ref: string; sha: string };
}

/**
 * record (+ fold, streamed per run): the head tree, and with baseline-ref the base tree too,
 * interleaved A B A B … so drift of the runner during the job hits both sides alike.
 */
async function recordRuns(options: { settings: Settings; target: Target; runner: Runner; files: OutputFiles; reporter: Reporter }): Promise<Recording> {
  const { settings, target, runner, files, reporter } = options;
  const out = files.directory;
  const plan = planMode(runner.mode);
  const scratch = join(tmpdir(), 'python-perf-gate', `run-${process.pid}`);
  const python = runner.python.executable;
  const perfPath = runner.perfPath;
  const timeoutMs = settings.timeoutMinutes * 60_000;
  const recorded: RecordedRun[] = [];
  const baseRecorded: RecordedRun[] = [];
  const trees = await openTrees({ settings, target, python, scratch, reporter });
  try {
    for (const tree of trees.all) {
      for (let index = 1; index <= settings.warmup; index += 1) {
        reporter.info(`${tree.label}warm-up ${index}/${settings.warmup} …`);
        await runWarmup(settings, tree, python, plan.env, timeoutMs, join(out, outputLayout.logsDirectory, `${tree.filePrefix}warmup-${index}.log`));
      }
    }
    for (let index = 1; index <= settings.repeat; index += 1) {
      for (const tree of trees.all) {
        const logPath = join(out, outputLayout.logsDirectory, `${tree.filePrefix}run-${index}.log`);
        files.logs.push(logPath);
        const fold = { view: settings.view, workingDirectory: tree.workingDirectory, homeDirectory: homedir() };
        const request: Parameters<typeof recordRun>[0] = {
          perfPath,
          python,
          plan,
          event: runner.readiness.event,
          frequency: settings.frequency,
          target: tree.target,
          workingDirectory: tree.workingDirectory,
          scratchDirectory: scratch,
          logPath,
          fold,
          timeoutMs,
          label: `${tree.filePrefix}run-${index}`,
          env: tree.env,
        };
        if (settings.keepPerfData) request.keepPerfDataIn = join(out, outputLayout.perfDataDirectory);
        const run = await recordRun(request);
        if (run.perfDataPath) files.perfData.push(run.perfDataPath);
        if (run.failure || !run.fold) {
          const tail = run.logTail.length > 0 ? `\nLast ${run.logTail.length} lines of ${relative(process.cwd(), logPath) || logPath}:\n${run.logTail.join('\n')}` : '';
          throw new UserError(`${tree.label}Run ${index}/${settings.repeat}: ${run.failure ?? 'no profile was produced.'} No comparison was made.${tail}`, {
            logTail: run.logTail,
          });
        }
        if (tree.otherRoot) {
          const foreign = detectForeignFrames(run.fold.stacks, tree.otherRoot, fold);
          if (foreign.length > 0) {
            throw new UserError(
              `${tree.label}run ${index} executed code of the other tree (${tree.otherRoot}), so base and head would not be compared fairly: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ` and ${foreign.length - 5} more` : ''}. Make the benchmark import from its working directory (the Action sets PYTHONPATH to each tree), or avoid installing the package outside the trees.`,
            );
          }
        }
        const runPath = join(out, tree.side === 'base' ? `${outputLayout.baselineRunsDirectory}/run-${index}.folded` : runFoldedName(index));
        mkdirSync(dirname(runPath), { recursive: true });
        writeFileSync(runPath, formatFoldedText(run.fold.stacks));
        if (tree.side === 'base') baseRecorded.push(run);
        else {
          files.runs.push(runPath);
          recorded.push(run);
        }
        reporter.info(
          `${tree.label}run ${index}/${settings.repeat} … ${run.wallSeconds.toFixed(1)} s, ${run.fold.quality.samples.toLocaleString('en-US')} samples (processing ${run.processingSeconds.toFixed(2)} s)`,
        );
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await trees.close();
  }

  const recording: Recording = { current: recorded, base: baseRecorded };
  if (trees.baseRef) recording.baseRef = trees.baseRef;
  return recording;
}

interface Profile {
  runs: RunSummary[];
  quality: RunQuality;
  /** All current runs merged. */
  headline: FoldedStacks;
}

/** fold: per-run quality, warnings about it, and the runs merged into the headline profile. */
function foldRecording(options: { recording: Recording; target: Target; runner: Runner; files: OutputFiles; reporter: Reporter }): Profile {
  const { recording, target, files, reporter } = options;
  const runs: RunSummary[] = recording.current.map((run, i) => ({
    index: i + 1,
    samples: run.fold?.quality.samples ?? 0,
    wallSeconds: run.wallSeconds,
    cpuSeconds: run.cpuSeconds,
    processingSeconds: run.processingSeconds,
    quality: summarizeQuality(run.fold!.quality, run.lostChunks),
    pids: run.pids,
  }));
  const quality = combineQuality(runs.map((run) => run.quality));
  if (quality.pythonShare === 0) {
    reporter.warning(
      target.kind === 'run'
        ? `No sample carries a Python frame: the command did not run a perf-enabled Python. Make it call 'python' / '$PYTHON' (the checked interpreter ${options.runner.python.executable}), not a different one.`
        : 'No sample carries a Python frame; the profile shows native code only.',
    );
  }
  if (quality.truncatedShare > 0.01) {
    reporter.notice(
      `${(quality.truncatedShare * 100).toFixed(1)}% of samples have stacks deeper than perf could unwind; they are shown under [truncated] (deepest Python chain kept: ${quality.deepestPythonChain}).`,
    );
  }
  const headline = mergeStacks(recording.current.map((run) => run.fold!.stacks));
  writeFileSync(files.folded, formatFoldedText(headline));
  return { runs, quality, headline };
}

/** render: the flame graph and the speedscope export; returns the title and subtitle it used. */
function renderProfile(options: { settings: Settings; target: Target; runner: Runner; profile: Profile; files: OutputFiles }): { title: string; subtitle: string } {
  const { settings, runner, profile, files } = options;
  const subtitle = [
    `Python ${runner.python.version}`,
    `mode ${runner.mode}`,
    `${runner.readiness.event} @ ${settings.frequency} Hz`,
    `${profile.quality.samples.toLocaleString('en-US')} samples`,
    `${settings.repeat} run${settings.repeat === 1 ? '' : 's'}`,
    process.env.GITHUB_SHA ? `commit ${process.env.GITHUB_SHA.slice(0, 12)}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const title = settings.title ?? `python-perf-gate: ${describeTarget(options.target, settings.workingDirectory)}`;
  writeFileSync(files.flamegraph, renderFlameGraph(profile.headline, { title, subtitle }));
  writeFileSync(files.speedscope, toSpeedscope(profile.headline, { name: title }));
  return { title, subtitle };
}

interface GateResult {
  verdict: Verdict;
  inconclusiveReasons: string[];
  comparison?: Comparison;
  baseline?: Baseline;
  baselineStacks?: FoldedStacks;
}

/** compare: find the baseline, run the statistics, write the differential graphs. */
async function compareWithBaseline(options: {
  settings: Settings;
  runner: Runner;
  recording: Recording;
  profile: Profile;
  labels: { title: string; subtitle: string };
  files: OutputFiles;
  reporter: Reporter;
}): Promise<GateResult> {
  const { settings, runner, recording, profile, files, reporter } = options;
  const { title, subtitle } = options.labels;
  const { quality, runs, headline } = profile;
  const readiness = runner.readiness;
  const out = files.directory;
  const baseRecorded = recording.base;
  const recorded = recording.current;
  let baseline: Baseline | undefined;
  const inconclusiveReasons = findQualityProblems(quality, runs.map((run) => run.quality));
  let baselineProblem: string | undefined;
  if (recording.baseRef) {
    baseline = {
      source: `baseline-ref ${recording.baseRef.ref} (${recording.baseRef.sha.slice(0, 12)}), profiled in this job`,
      runs: baseRecorded.map((run) => ({ stacks: run.fold!.stacks, wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds })),
      meta: { pythonVersion: runner.python.version, mode: runner.mode, event: readiness.event },
    };
  } else if (settings.baseline) {
    const loaded = await loadBaselineSource(settings, reporter);
    baseline = loaded.baseline;
    baselineProblem = loaded.problem;
  }
  let comparison: Comparison | undefined;
  let baselineStacks: FoldedStacks | undefined;
  let verdict: Verdict = 'no-baseline';
  if (baselineProblem) {
    // A gate that could not fetch its baseline must not look like a first run.
    verdict = 'inconclusive';
    inconclusiveReasons.push(baselineProblem);
  } else if (!baseline) {
    reporter.notice(
      settings.baseline
        ? `No baseline found for '${settings.baseline}'; this run becomes a baseline for the next one. Verdict: no-baseline.`
        : 'No baseline given: profiled only. Set \'baseline\' to gate regressions.',
    );
  } else {
    const currentMeta = { pythonVersion: runner.python.version, mode: runner.mode, event: readiness.event, quality: { rootedShare: quality.rootedShare, pythonShare: quality.pythonShare } };
    const compareInput: Parameters<typeof compareProfiles>[0] = {
      baseline: baseline.runs,
      current: recorded.map((run) => ({ stacks: run.fold!.stacks, wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds })),
      currentMeta,
      baselineMeta: baseline.meta,
      options: settings.compare,
    };
    comparison = compareProfiles(compareInput);
    verdict = comparison.verdict;
    if (verdict === 'pass' && inconclusiveReasons.length > 0) verdict = 'inconclusive';
    if (verdict === 'inconclusive') inconclusiveReasons.push(...(comparison.reasons ?? []));
    baselineStacks = mergeStacks(baseline.runs.map((run) => run.stacks));
    files.baselineFolded = join(out, outputLayout.baselineFolded);
    writeFileSync(files.baselineFolded, formatFoldedText(baselineStacks));
    files.diff = join(out, outputLayout.diff);
    writeFileSync(files.diff, renderDiffFlameGraph(baselineStacks, headline, { title: `Differential: ${title}`, subtitle }));
    files.diffBaselineShape = join(out, outputLayout.diffBaselineShape);
    writeFileSync(
      files.diffBaselineShape,
      renderDiffFlameGraph(baselineStacks, headline, { title: `Differential (baseline shape): ${title}`, subtitle, shape: 'baseline' }),
    );
  }

  const gate: GateResult = { verdict, inconclusiveReasons };
  if (comparison) gate.comparison = comparison;
  if (baseline) gate.baseline = baseline;
  if (baselineStacks) gate.baselineStacks = baselineStacks;
  return gate;
}

async function runWarmup(settings: Settings, tree: Tree, python: string, modeEnv: Record<string, string>, timeoutMs: number, logPath: string): Promise<void> {
  const { argv, env } = buildWorkload({ python, target: tree.target, env: tree.env, plan: { mode: 'fp', env: modeEnv, callGraphArgs: [], injectJit: false } });
  // The log gets all output; memory keeps only a bounded tail.
  const log = createWriteStream(logPath);
  let result: Awaited<ReturnType<typeof runCommand>>;
  try {
    result = await runCommand(argv, { cwd: tree.workingDirectory, env, timeoutMs, tee: log, keepOutputBytes: keptOutputBytes });
  } finally {
    await new Promise<void>((resolve) => log.end(resolve));
  }
  if (result.exitCode !== 0 || result.timedOut || result.spawnError) {
    const how = result.timedOut ? `timed out after ${settings.timeoutMinutes} min; it and every process it started were killed` : describeExit(result);
    throw new UserError(`The warm-up run failed (${how}); see ${logPath}. No profile was recorded.`);
  }
}

/** One of the trees whose code is profiled: the checkout (head) and, with baseline-ref, the base worktree. */
interface Tree {
  side: 'head' | 'base';
  /** Prefix for progress lines ('' or 'base '). */
  label: string;
  /** Prefix for file names ('' or 'base-'). */
  filePrefix: string;
  workingDirectory: string;
  target: Target;
  env: Record<string, string>;
  /** The other tree's root: a Python frame from there means the run measured the wrong code. */
  otherRoot?: string;
}

async function openTrees(options: {
  settings: Settings;
  target: Target;
  python: string;
  scratch: string;
  reporter: Reporter;
}): Promise<{ all: Tree[]; baseRef?: { ref: string; sha: string }; close(): Promise<void> }> {
  const { settings, target } = options;
  const head: Tree = { side: 'head', label: '', filePrefix: '', workingDirectory: settings.workingDirectory, target, env: {} };
  if (!settings.baselineRef) return { all: [head], close: async () => undefined };
  const toplevel = await runCommand(['git', '-C', settings.workingDirectory, 'rev-parse', '--show-toplevel'], { timeoutMs: 30_000 });
  if (toplevel.exitCode !== 0) {
    throw new UserError(
      `${capitalize(settings.describeInput('baseline-ref'))} needs a git checkout: ${settings.workingDirectory} is not inside a git work tree (${toplevel.stderr.trim() || describeExit(toplevel)}). Run actions/checkout first, or use 'baseline' with a path.`,
    );
  }
  const headRoot = toplevel.stdout.trim();
  const worktreeScratch = join(process.env.RUNNER_TEMP || tmpdir(), 'python-perf-gate-worktrees');
  mkdirSync(worktreeScratch, { recursive: true });
  const worktree = await createBaseWorktree({
    repository: headRoot,
    ref: settings.baselineRef,
    scratchDirectory: worktreeScratch,
    log: (line) => options.reporter.info(line),
    inputLabel: settings.describeInput('baseline-ref'),
  });
  options.reporter.info(`baseline-ref ${settings.baselineRef} → ${worktree.sha.slice(0, 12)} in ${worktree.path}${worktree.fetched ? ' (fetched)' : ''}`);
  try {
    const inside = relative(headRoot, settings.workingDirectory);
    const baseWorkingDirectory = join(worktree.path, inside);
    if (!existsSync(baseWorkingDirectory)) {
      throw new UserError(`The working directory '${inside || '.'}' does not exist at baseline-ref ${settings.baselineRef} (${worktree.sha.slice(0, 12)}).`);
    }
    const baseTarget: Target = target.kind === 'script' ? { ...target, script: join(baseWorkingDirectory, relative(settings.workingDirectory, target.script)) } : target;
    if (target.kind === 'script' && baseTarget.kind === 'script' && !existsSync(baseTarget.script)) {
      throw new UserError(
        `The benchmark script '${relative(settings.workingDirectory, target.script)}' does not exist at baseline-ref ${settings.baselineRef} (${worktree.sha.slice(0, 12)}). A new benchmark has no baseline: drop 'baseline-ref' for this change.`,
      );
    }
    head.env = buildTreeEnvironment(headRoot);
    head.otherRoot = worktree.path;
    const base: Tree = {
      side: 'base',
      label: 'base ',
      filePrefix: 'base-',
      workingDirectory: baseWorkingDirectory,
      target: baseTarget,
      env: buildTreeEnvironment(worktree.path),
      otherRoot: headRoot,
    };
    if (settings.prepare) {
      // Base first, head last: whatever prepare installs, the user's environment ends on head.
      for (const tree of [base, head]) {
        options.reporter.info(`prepare (${tree.side}): ${settings.prepare}`);
        await runPrepare({
          command: settings.prepare,
          inputLabel: settings.describeInput('prepare'),
          tree: tree.workingDirectory,
          treeLabel: tree.side,
          python: options.python,
          env: { ...process.env, ...tree.env },
          timeoutMs: settings.timeoutMinutes * 60_000,
          logPath: join(settings.outputDir, outputLayout.logsDirectory, `${tree.filePrefix}prepare.log`),
        });
      }
    }
    return { all: [base, head], baseRef: { ref: settings.baselineRef, sha: worktree.sha }, close: () => worktree.remove() };
  } catch (error) {
    await worktree.remove();
    throw error;
  }
}

function describeTarget(target: NonNullable<Settings['target']>, workingDirectory: string): string {
  switch (target.kind) {
    case 'script':
      return [relative(workingDirectory, target.script) || target.script, ...target.args].join(' ');
    case 'run':
      return target.command;
    case 'argv':
      return target.argv.join(' ');
  }
}

function buildReport(input: {
  settings: Settings;
  readiness: Readiness;
  runs: RunSummary[];
  quality: RunQuality;
  headline: FoldedStacks;
  verdict: Verdict;
  inconclusiveReasons: string[];
  comparison: Comparison | undefined;
  baseline: Baseline | undefined;
  files: OutputFiles;
}): Report {
  const table = computeFunctionTable(input.headline);
  const hotspots = rankBySelf(table, 20).map((fn) => ({
    name: fn.name,
    selfShare: table.total > 0 ? fn.self / table.total : 0,
    inclusiveShare: table.total > 0 ? fn.inclusive / table.total : 0,
  }));
  const rel = (path: string) => relative(input.files.directory, path);
  const files: Record<string, string | string[]> = {
    folded: rel(input.files.folded),
    runs: input.files.runs.map(rel),
    flamegraph: rel(input.files.flamegraph),
    speedscope: rel(input.files.speedscope),
    readiness: rel(input.files.readiness),
    logs: input.files.logs.map(rel),
  };
  if (input.files.diff) files.diff = rel(input.files.diff);
  if (input.files.diffBaselineShape) files.diffBaselineShape = rel(input.files.diffBaselineShape);
  if (input.files.baselineFolded) files.baselineFolded = rel(input.files.baselineFolded);
  if (input.files.perfData.length > 0) files.perfData = input.files.perfData.map(rel);
  const report: Report = {
    schemaVersion: 1,
    verdict: input.verdict,
    inconclusiveReasons: input.inconclusiveReasons,
    event: input.readiness.event,
    frequency: input.settings.frequency,
    view: input.settings.view,
    target: input.settings.target,
    runs: input.runs,
    quality: input.quality,
    hotspots,
    problems: input.readiness.problems,
    files,
  };
  if (input.readiness.python) {
    report.python = { version: input.readiness.python.version, executable: input.readiness.python.executable, implementation: input.readiness.python.implementation };
  }
  if (input.readiness.mode) report.mode = input.readiness.mode;
  if (input.comparison) report.comparison = input.comparison;
  if (input.baseline) {
    report.baseline = { source: input.baseline.source, runs: input.baseline.runs.length };
    if (input.baseline.meta.pythonVersion) report.baseline.pythonVersion = input.baseline.meta.pythonVersion;
    if (input.baseline.meta.mode) report.baseline.mode = input.baseline.meta.mode;
    if (input.baseline.meta.event) report.baseline.event = input.baseline.meta.event;
  }
  return report;
}

async function loadBaselineSource(settings: Settings, reporter: Reporter): Promise<{ baseline?: Baseline; problem?: string }> {
  const spec = settings.baseline!;
  if (spec !== 'artifact') {
    const baseline = await loadBaselinePath(spec, settings.describeInput('baseline'));
    return baseline ? { baseline } : {};
  }
  // The newest non-expired artifact of the same name from the PR's base branch (or, on a push,
  // from this branch: the previous run), found through the REST API with a read-only token.
  const branch = process.env.GITHUB_BASE_REF || process.env.GITHUB_REF_NAME;
  const repository = process.env.GITHUB_REPOSITORY;
  if (!branch || !repository) {
    throw new UserError(`Invalid value 'artifact' for ${settings.describeInput('baseline')}. It needs the GitHub Actions environment (GITHUB_REPOSITORY and GITHUB_BASE_REF or GITHUB_REF_NAME); outside GitHub pass a path instead.`);
  }
  if (!settings.githubToken) {
    throw new UserError(`'baseline: artifact' needs ${settings.describeInput('github-token')} (the default \${{ github.token }} with 'actions: read' is enough).`);
  }
  const destination = join(tmpdir(), 'python-perf-gate', `baseline-${process.pid}`);
  rmSync(destination, { recursive: true, force: true });
  const outcome = await downloadBaselineArtifact({ name: settings.artifact.name, branch, token: settings.githubToken, repository, destination });
  switch (outcome.status) {
    case 'downloaded': {
      reporter.info(`Baseline: artifact '${settings.artifact.name}' #${outcome.artifactId} from run ${outcome.runId} on '${branch}'${outcome.headSha ? ` (${outcome.headSha.slice(0, 12)})` : ''}.`);
      const baseline = await loadBaselinePath(outcome.path, `${settings.describeInput('baseline')} (the downloaded artifact)`);
      if (baseline) baseline.source = `artifact ${outcome.artifactId} (run ${outcome.runId}, ${branch})`;
      return baseline ? { baseline } : {};
    }
    case 'not-found':
      reporter.notice(`No baseline artifact '${settings.artifact.name}' on '${branch}' yet: ${outcome.reason}`);
      return {};
    case 'failed':
      reporter.warning(`The baseline artifact could not be downloaded: ${outcome.reason}`);
      return { problem: `the baseline artifact '${settings.artifact.name}' from '${branch}' could not be downloaded (${outcome.reason})` };
  }
}
