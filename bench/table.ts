/**
 * The benchmark's targets and the printed table. A target is reported as PASS or MISS; nothing
 * here fails the run — the numbers are reported, not asserted (see README "Benchmarks").
 */
import type { FoldBenchResult } from './fold.js';
import { foldPeakRssTarget, type FoldVsPerlResult } from './fold-perl.js';
import { startupTarget, type StartupBenchResult } from './startup.js';
import type { JobBenchResult } from './job.js';
import type { RenderBenchResult } from './render.js';
import type { AccuracyBenchResult } from './accuracy.js';
import type { OverheadBenchResult } from './overhead.js';
import type { PostProcessBenchResult } from './postprocess.js';

export interface BenchResults {
  schemaVersion: 1;
  quick: boolean;
  date: string;
  machine: {
    cores: number;
    python: string;
    perf: string;
    event: string;
    frequency: number;
    probes: { mode: string; stacks: string; description: string }[];
    loadAtStart: number;
    loadAtEnd: number;
  };
  startup: StartupBenchResult;
  fold: FoldBenchResult & { load: number };
  foldVsPerl: FoldVsPerlResult;
  render: RenderBenchResult & { load: number };
  postProcessing: PostProcessBenchResult;
  job: JobBenchResult;
  overhead: OverheadBenchResult;
  accuracy: AccuracyBenchResult;
  targets: TargetCheck[];
  totalSeconds: number;
}

export interface TargetCheck {
  name: string;
  measured: string;
  target: string;
  /** null: reported only, no target. */
  pass: boolean | null;
}

/** Every figure with its target; PASS/MISS where a target exists. */
export function checkTargets(results: Omit<BenchResults, 'targets' | 'totalSeconds'>): TargetCheck[] {
  const { fold, render, postProcessing: post, overhead, accuracy } = results;
  const perfJit = overhead.modes.find((mode) => mode.mode === 'perf-jit');
  const checks: TargetCheck[] = [
    ...checkStartupTargets(results.startup),
    ...checkFoldVsPerlTargets(results.foldVsPerl),
    { name: `Fold throughput (${fold.inputMB} MB perf script text)`, measured: `${fold.mbPerSecond} MB/s`, target: '—', pass: null },
    { name: 'Fold ÷ bare line split', measured: `${fold.ratio}×`, target: '≤ 3×', pass: fold.ratio <= 3 },
    { name: 'Fold peak RSS', measured: `${fold.peakRssMB} MB`, target: '≤ 150 MB', pass: fold.peakRssMB <= 150 },
    { name: `Render SVG (${render.stacks.toLocaleString('en-US')} stacks)`, measured: `${render.renderSeconds.toFixed(3)} s, ${(render.svgBytes / 2 ** 20).toFixed(1)} MB`, target: '—', pass: null },
    { name: 'Render ÷ bare parse', measured: `${render.ratio.toFixed(2)}×`, target: '—', pass: null },
    ...checkRenderVsPerlTargets(render),
    {
      name: 'Post-processing ÷ perf script alone',
      measured: `${post.ratioToPerfScript.toFixed(2)}× (${post.pipelineSeconds.toFixed(2)} s vs ${post.perfScriptAloneSeconds.toFixed(2)} s)`,
      target: '≤ 1.3×',
      pass: post.ratioToPerfScript <= 1.3,
    },
    { name: 'Post-processing without perf inject ÷ perf script alone', measured: `${post.ratioWithoutInject.toFixed(2)}×`, target: '—', pass: null },
    { name: 'Post-processing ÷ benchmark wall time', measured: `${(post.shareOfBenchmarkWall * 100).toFixed(1)}%`, target: '—', pass: null },
    ...checkJobTargets(results.job),
  ];
  for (const mode of overhead.modes) {
    const note = mode.probeStacks === 'full' ? '' : mode.probeStacks === 'leaf-only' ? ' [probe: leaf frame only]' : ' [probe: no Python stacks — runs, but useless here]';
    checks.push({
      name: `Profiled ÷ unprofiled, ${mode.mode}${note}`,
      measured: `${mode.medianRatio.toFixed(2)}× (${mode.minRatio.toFixed(2)}–${mode.maxRatio.toFixed(2)}, n=${mode.ratios.length})`,
      target: mode.mode === 'perf-jit' ? '≤ 1.5×' : '—',
      pass: mode.mode === 'perf-jit' ? mode.medianRatio <= 1.5 : null,
    });
  }
  if (!perfJit) checks.push({ name: 'Profiled ÷ unprofiled, perf-jit', measured: 'not available', target: '≤ 1.5×', pass: false });
  const fpBuild = overhead.framePointerBuild;
  checks.push(
    'skipped' in fpBuild
      ? { name: 'Profiled ÷ unprofiled, fp on a frame-pointer CPython', measured: `not measured: ${fpBuild.skipped}`, target: '—', pass: null }
      : {
          name: 'Profiled ÷ unprofiled, fp on a frame-pointer CPython',
          measured: `${fpBuild.medianRatio.toFixed(2)}× (${fpBuild.minRatio.toFixed(2)}–${fpBuild.maxRatio.toFixed(2)}, n=${fpBuild.ratios.length}); the build's frame pointers ${fpBuild.framePointerCostRatio.toFixed(2)}× unprofiled`,
          target: '—',
          pass: null,
        },
  );
  checks.push(...checkAccuracyTargets(accuracy));
  return checks;
}

/** The printed report: the target table, then the details behind each figure. */
export function formatBenchReport(results: BenchResults): string {
  const rows = results.targets.map((check) => [check.name, check.measured, check.target, check.pass === null ? '' : check.pass ? 'PASS' : 'MISS']);
  const header = ['Figure', 'Measured', 'Target', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  const { machine, fold, render, postProcessing: post, overhead, accuracy } = results;
  const out: string[] = [];
  out.push(`python-perf-gate benchmark${results.quick ? ' (--quick: small inputs, indicative only)' : ''} — ${results.date}`);
  out.push(`machine: ${machine.cores} cores, ${machine.python}, perf ${machine.perf}, ${machine.event} @ ${machine.frequency} Hz; load average ${machine.loadAtStart} at start, ${machine.loadAtEnd} at end`);
  out.push(`probes: ${machine.probes.map((probe) => `${probe.mode} → ${probe.stacks}`).join(', ')}`);
  out.push('');
  out.push(line(header));
  out.push(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) out.push(line(row));
  out.push('');
  out.push('Details');
  out.push(...formatStartupDetails(results.startup));
  out.push(...formatFoldVsPerlDetails(results.foldVsPerl));
  out.push(
    `- fold: ${fold.inputMB} MB generated perf-script text; fold ${fold.foldSeconds} s, bare line split ${fold.lineSplitSeconds} s; peak RSS ${fold.peakRssMB} MB (load ${fold.load})`,
  );
  out.push(`- render: ${render.stacks} stacks; render ${render.renderSeconds.toFixed(3)} s, parse ${render.parseSeconds.toFixed(3)} s; SVG ${render.svgBytes.toLocaleString('en-US')} bytes (load ${render.load})`);
  out.push(...formatRenderVsPerlDetails(render));
  out.push(...formatJobDetails(results.job));
  out.push(
    `- post-processing: ${post.benchmark}; record ${post.recordWallSeconds} s wall, ${post.samples} samples, perf.data ${post.perfDataMB} MB (${post.injectedDataMB} MB injected); ` +
      `jitted code in ${post.jittedCodeIn}: prepare ${post.prepareSeconds} s + inject|script|fold ${post.pipedSeconds} s (piped; apart: inject ${post.injectSeconds} s, script|fold ${post.scriptFoldSeconds} s) + render ${post.renderSeconds} s + compare ${post.compareSeconds} s = ${post.pipelineSeconds} s; ` +
      `perf script alone ${post.perfScriptAloneSeconds} s; fastest of ${post.repeats} (load ${post.loadBefore} → ${post.loadAfter})`,
  );
  out.push(
    `- profiling overhead: ${overhead.benchmark}, ${overhead.repeats} interleaved round(s); unprofiled median ${overhead.unprofiledMedianSeconds} s ` +
      `(${overhead.unprofiledWallSeconds.join(', ')}); perf record's fixed start/stop cost (around \`true\`) ${overhead.perfFixedSeconds} s (load ${overhead.loadBefore} → ${overhead.loadAfter})`,
  );
  for (const mode of overhead.modes) {
    out.push(
      `    ${mode.mode}: wall ${mode.wallSeconds.join(', ')} s; ratios ${mode.ratios.join(', ')}; probe ${mode.probeStacks}; ` +
        `Python frames in ${(mode.pythonShare * 100).toFixed(0)}% of samples, deepest Python chain ${mode.deepestPythonChain}`,
    );
  }
  if (!('skipped' in overhead.framePointerBuild)) {
    const fp = overhead.framePointerBuild;
    out.push(
      `    fp on ${fp.python}: unprofiled ${fp.unprofiledWallSeconds.join(', ')} s, profiled ${fp.wallSeconds.join(', ')} s; ratios ${fp.ratios.join(', ')}; ` +
        `Python frames in ${(fp.pythonShare * 100).toFixed(0)}% of samples, deepest Python chain ${fp.deepestPythonChain} (a different CPython patch release than the main interpreter: the frame-pointer cost includes that)`,
    );
  }
  out.push(...formatAccuracyDetails(accuracy));
  out.push('');
  out.push(`Total ${results.totalSeconds.toFixed(0)} s. Targets are reported, not asserted: the command exits 0 on MISS.`);
  return `${out.join('\n')}\n`;
}

/** Start-up of each CLI command ÷ `node -e 0`, fastest runs of the same interleaved rounds (medians shown too). */
function checkStartupTargets(startup: StartupBenchResult): TargetCheck[] {
  return startup.figures.map((figure) => ({
    name: `CLI start-up, ${figure.name} ÷ node -e 0`,
    measured: `${figure.fastestRatio.toFixed(2)}× (median ${figure.medianRatio.toFixed(2)}×)`,
    target: `≤ ${startupTarget}×`,
    pass: figure.fastestRatio <= startupTarget,
  }));
}

/** Speed-up over stackcollapse-perf.pl (fastest runs), per size and view, and peak RSS. */
function checkFoldVsPerlTargets(result: FoldVsPerlResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const size of result.sizes) {
    for (const [view, speedup, median] of [
      ['compat', size.compatSpeedup, size.compatMedianSpeedup],
      ['python view', size.pythonSpeedup, size.pythonMedianSpeedup],
    ] as const) {
      checks.push({
        name: `Fold ${view} (${size.inputMB} MB), stackcollapse-perf.pl ÷ ours, whole process`,
        measured: speedup === null ? 'not measured (no Perl; see details)' : `${speedup.toFixed(2)}× (median ${median?.toFixed(2)}×)`,
        target: `≥ ${size.target}×`,
        pass: speedup === null ? null : speedup >= size.target,
      });
    }
  }
  const largest = result.sizes[result.sizes.length - 1];
  if (largest) {
    const peak = Math.max(largest.compatPeakRssMB, largest.pythonPeakRssMB);
    checks.push({
      name: `Fold peak RSS, whole process (${largest.inputMB} MB)`,
      measured: `${peak} MB (compat ${largest.compatPeakRssMB}, python ${largest.pythonPeakRssMB})`,
      target: `≤ ${foldPeakRssTarget} MB`,
      pass: peak <= foldPeakRssTarget,
    });
  }
  return checks;
}

function formatStartupDetails(startup: StartupBenchResult): string[] {
  const { times } = startup;
  return [
    `- CLI start-up: ${times.rounds} interleaved rounds; medians (fastest): ${times.commands.map((command) => `${command.name} ${(command.medianSeconds * 1000).toFixed(0)} ms (${(command.fastestSeconds * 1000).toFixed(0)})`).join(', ')} (load ${times.loadBefore} → ${times.loadAfter})`,
  ];
}

function formatFoldVsPerlDetails(result: FoldVsPerlResult): string[] {
  const lines = [`- fold vs Perl: ${result.perlScript ? `perl ${result.perlScript}` : `Perl not run: ${result.perlMissing}`}`];
  for (const size of result.sizes) {
    const runs = size.times.commands.map((command) => `${command.name} ${command.fastestSeconds.toFixed(2)} s (median ${command.medianSeconds.toFixed(2)})`).join(', ');
    const identical = size.compatIdentical === null ? '' : `; compat output ${size.compatIdentical ? 'byte-identical to' : 'DIFFERS from'} stackcollapse-perf.pl's`;
    lines.push(`    ${size.inputMB} MB, fastest of ${size.times.rounds}: ${runs}; peak RSS compat ${size.compatPeakRssMB} MB, python ${size.pythonPeakRssMB} MB${identical} (load ${size.times.loadBefore} → ${size.times.loadAfter})`);
  }
  return lines;
}

function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(1))}%`;
}

/** The gate's targets: A/A quiet and noisy 0, a 10% slowdown caught and named first at every share, coverage ≥ 90%. */
export function checkAccuracyTargets(accuracy: AccuracyBenchResult): TargetCheck[] {
  const tenPercent = accuracy.levels.filter((cell) => cell.slowdown === 0.1);
  const needed = (cell: { comparisons: number }) => Math.ceil(0.95 * cell.comparisons);
  const coverage = accuracy.withInterval > 0 ? accuracy.coveredPool / accuracy.withInterval : 0;
  const checks: TargetCheck[] = [
    {
      name: `Gate A/A false alarms, quiet (${accuracy.runsPerSide} vs ${accuracy.runsPerSide} runs, all shares)`,
      measured: `${accuracy.falseAlarms}/${accuracy.aaComparisons}`,
      target: `0/${accuracy.aaComparisons}`,
      pass: accuracy.falseAlarms === 0,
    },
    {
      name: 'Gate A/A false alarms, CPU-bound neighbour on the current side',
      measured: `${accuracy.noisyFalseAlarms}/${accuracy.noisyComparisons}`,
      target: `0/${accuracy.noisyComparisons}`,
      pass: accuracy.noisyFalseAlarms === 0,
    },
  ];
  if (tenPercent.length > 0) {
    checks.push({
      name: 'Gate A/B, 10% own-time slowdown caught and named first, every share',
      measured: tenPercent.map((cell) => `${formatPercent(cell.share)}: ${cell.namedFirst}/${cell.comparisons}`).join(', '),
      target: `≥ ${needed(tenPercent[0]!)}/${tenPercent[0]!.comparisons} each`,
      pass: tenPercent.every((cell) => cell.namedFirst >= needed(cell)),
    });
  }
  checks.push({
    name: "Gate 95% interval contains the pool's slowdown (A/B)",
    measured: `${accuracy.coveredPool}/${accuracy.withInterval} (${(coverage * 100).toFixed(0)}%; nominal slowdown ${accuracy.coveredNominal}/${accuracy.withInterval})`,
    target: '≥ 90%',
    pass: accuracy.withInterval > 0 && coverage >= 0.9,
  });
  checks.push({
    name: 'Smallest slowdown caught ≥ 95%, per share',
    measured: accuracy.shares.map((entry) => `${formatPercent(entry.share)}: ${entry.smallestCaught === null ? 'none' : formatPercent(entry.smallestCaught)}`).join(', '),
    target: '—',
    pass: null,
  });
  return checks;
}

/** The power table and the pools behind it. */
export function formatAccuracyDetails(accuracy: AccuracyBenchResult): string[] {
  const out: string[] = [];
  const options = accuracy.compareOptions;
  out.push(
    `- gate accuracy: ${accuracy.program}; default compare options (correction ${options.correction}, alpha ${options.alpha}, threshold ${options.threshold}, ` +
      `minDelta ${options.minDelta}, minShare ${options.minShare}); samples ${accuracy.sampleRule}; pools recorded in ${accuracy.recordSeconds} s (load ${accuracy.loadBefore} → ${accuracy.loadAfter})`,
  );
  out.push(`    method: ${accuracy.method}`);
  const slowdowns = [...new Set(accuracy.levels.map((cell) => cell.slowdown))];
  const header = ['share (measured, samples/run)', 'A/A quiet', 'A/A neighbour', ...slowdowns.map((slowdown) => `+${formatPercent(slowdown)} own time (pool: seen)`), 'smallest ≥ 95%'];
  const rows = accuracy.shares.map((entry) => [
    `${formatPercent(entry.share)} (${formatPercent(entry.measuredShare)}, ${entry.meanSamples})`,
    `${entry.falseAlarms}/${entry.aaComparisons} (${entry.significantOnly})`,
    `${entry.noisyFalseAlarms}/${entry.noisyComparisons} (${entry.noisySignificantOnly})`,
    ...slowdowns.map((slowdown) => {
      const cell = accuracy.levels.find((item) => item.share === entry.share && item.slowdown === slowdown);
      return cell ? `${cell.namedFirst}/${cell.comparisons} (${formatSigned(cell.poolSlowdown)}: ${cell.medianTimeChange === null ? 'n/a' : formatSigned(cell.medianTimeChange)})` : '—';
    }),
    entry.smallestCaught === null ? 'none' : `+${formatPercent(entry.smallestCaught)}`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `    ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()}`;
  out.push('    power table: A/A alarms (draws with a significant own time the effect floors stopped); caught = verdict regressed with apply_discounts named first (pool: the slowdown the pooled runs show, seen: median estimate)');
  out.push(line(header));
  out.push(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) out.push(line(row));
  out.push(
    `    95% interval coverage: ${accuracy.coveredPool}/${accuracy.withInterval} contain the pool's slowdown, ${accuracy.coveredNominal}/${accuracy.withInterval} the nominal one`,
  );
  out.push(`    pools: ${accuracy.pool.map((side) => `${formatPercent(side.share)} ${side.kind}${side.kind === 'slowed' ? ` +${formatPercent(side.slowdown)}` : ''} × ${side.runs} (${side.meanSamples} samples, ${side.meanWallSeconds} s, load ${side.loadMin}–${side.loadMax}${side.lostChunks > 0 ? `, ${side.lostChunks} lost chunks` : ''})`).join('; ')}`);
  for (const cell of accuracy.levels.filter((item) => item.slowdown >= 0.1)) for (const miss of cell.missed) out.push(`    missed at ${formatPercent(cell.share)} +${formatPercent(cell.slowdown)}: ${miss}`);
  return out;
}

function formatSigned(fraction: number): string {
  return `${fraction >= 0 ? '+' : '−'}${Math.abs(fraction * 100).toFixed(1)}%`;
}

/** Target: `flamegraph` ≥ 10× flamegraph.pl on 60,000 stacks (whole process), the same frames drawn, an SVG no larger. */
function checkRenderVsPerlTargets(render: RenderBenchResult): TargetCheck[] {
  const name = `Render (${render.referenceStacks.toLocaleString('en-US')} stacks), flamegraph.pl ÷ ours, whole process`;
  if (render.speedupVsFlamegraphPl === null || render.svgBytesVsFlamegraphPl === null) {
    return [{ name, measured: `not measured: ${render.skipped ?? 'no flamegraph.pl'}`, target: '≥ 10×', pass: null }];
  }
  return [
    { name, measured: `${render.speedupVsFlamegraphPl.toFixed(2)}× (same frames: ${render.sameFramesAsFlamegraphPl ? 'yes' : 'no'})`, target: '≥ 10×, same frames', pass: render.speedupVsFlamegraphPl >= 10 && render.sameFramesAsFlamegraphPl === true },
    { name: 'Render SVG bytes ÷ flamegraph.pl\'s', measured: `${render.svgBytesVsFlamegraphPl.toFixed(2)}×`, target: '≤ 1×', pass: render.svgBytesVsFlamegraphPl <= 1 },
  ];
}

function formatRenderVsPerlDetails(render: RenderBenchResult): string[] {
  if (render.cliSeconds === null) return [`- render vs flamegraph.pl: ${render.skipped ?? 'not measured'}`];
  const perl = render.flamegraphPlSeconds === null ? `flamegraph.pl not run (${render.skipped ?? 'skipped'})` : `flamegraph.pl ${render.flamegraphPlSeconds.toFixed(3)} s, ${render.flamegraphPlSvgBytes?.toLocaleString('en-US')} bytes, ${render.flamegraphPlFramesDrawn} frames`;
  return [
    `- render vs flamegraph.pl: ${render.referenceStacks} stacks, fastest of ${render.referenceRuns} interleaved; ours ${render.cliSeconds.toFixed(3)} s whole process (empty input ${render.cliEmptySeconds?.toFixed(3)} s; in process ${render.referenceRenderSeconds.toFixed(3)} s), ${render.referenceSvgBytes.toLocaleString('en-US')} bytes, ${render.framesDrawn} frames; ${perl} (load ${render.referenceLoad.join(' → ')})`,
  ];
}

/** Target: the whole job ≤ 1.25× the sum of its runs; an A/A comparison of two jobs passes. */
function checkJobTargets(job: JobBenchResult): TargetCheck[] {
  if ('skipped' in job) return [{ name: 'Whole job ÷ Σ runs (profile, 5 runs)', measured: `not measured: ${job.skipped}`, target: '≤ 1.25×', pass: null }];
  return [
    { name: 'Whole job ÷ Σ runs (profile, defaults: 5 runs)', measured: `${job.medianRatio.toFixed(2)}×`, target: '≤ 1.25×', pass: job.medianRatio <= 1.25 },
    { name: 'A/A: a job gated against the one before', measured: job.aaVerdict, target: 'pass', pass: job.aaVerdict === 'pass' },
  ];
}

function formatJobDetails(job: JobBenchResult): string[] {
  if ('skipped' in job) return [`- whole job: ${job.skipped}`];
  return [
    `- whole job: examples/bench.py --seconds ${job.benchmarkSeconds}, ${job.jobSeconds.length} job(s): ${job.jobSeconds.join(', ')} s for runs of ${job.runSeconds.join(', ')} s; medians: probe ${job.medianProbeSeconds} s, after the last run ${job.medianAfterRunsSeconds} s (load ${job.load.join(' → ')})`,
  ];
}
