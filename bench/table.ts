/**
 * The benchmark's targets and the printed table. A target is reported as PASS or MISS; nothing
 * here fails the run — the numbers are reported, not asserted (see README "Benchmarks").
 */
import type { FoldBenchResult } from './fold.js';
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
  fold: FoldBenchResult & { load: number };
  render: RenderBenchResult & { load: number };
  postProcessing: PostProcessBenchResult;
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
  const headline = accuracy.levels.find((level) => level.slowdown === accuracy.headlineSlowdown);
  const checks: TargetCheck[] = [
    { name: `Fold throughput (${fold.inputMB} MB perf script text)`, measured: `${fold.mbPerSecond} MB/s`, target: '—', pass: null },
    { name: 'Fold ÷ bare line split', measured: `${fold.ratio}×`, target: '≤ 3×', pass: fold.ratio <= 3 },
    { name: 'Fold peak RSS', measured: `${fold.peakRssMB} MB`, target: '≤ 150 MB', pass: fold.peakRssMB <= 150 },
    { name: `Render SVG (${render.stacks.toLocaleString('en-US')} stacks)`, measured: `${render.renderSeconds.toFixed(3)} s, ${(render.svgBytes / 2 ** 20).toFixed(1)} MB`, target: '—', pass: null },
    { name: 'Render ÷ bare parse', measured: `${render.ratio.toFixed(2)}×`, target: '—', pass: null },
    {
      name: 'Post-processing ÷ perf script alone',
      measured: `${post.ratioToPerfScript.toFixed(2)}× (${post.pipelineSeconds.toFixed(2)} s vs ${post.perfScriptAloneSeconds.toFixed(2)} s)`,
      target: '≤ 1.3×',
      pass: post.ratioToPerfScript <= 1.3,
    },
    { name: 'Post-processing without perf inject ÷ perf script alone', measured: `${post.ratioWithoutInject.toFixed(2)}×`, target: '—', pass: null },
    { name: 'Post-processing ÷ benchmark wall time', measured: `${(post.shareOfBenchmarkWall * 100).toFixed(1)}%`, target: '—', pass: null },
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
  checks.push({
    name: `Gate A/A false alarms (${accuracy.runsPerSide} vs ${accuracy.runsPerSide} runs)`,
    measured: `${accuracy.falseAlarms}/${accuracy.aaComparisons}`,
    target: `0/${accuracy.aaComparisons}`,
    pass: accuracy.falseAlarms === 0,
  });
  if (headline) {
    checks.push({
      name: `Gate A/B detections, slowdown ${formatPercent(headline.slowdown)}`,
      measured: `${headline.detected}/${headline.comparisons} (target named ${headline.namedTarget})`,
      target: `≥ ${Math.ceil(0.95 * headline.comparisons)}/${headline.comparisons}`,
      pass: headline.detected >= Math.ceil(0.95 * headline.comparisons),
    });
  }
  checks.push({
    name: 'Smallest slowdown detected ≥ 95%',
    measured: accuracy.smallestReliableSlowdown === null ? `none of ${accuracy.levels.map((level) => formatPercent(level.slowdown)).join(', ')}` : formatPercent(accuracy.smallestReliableSlowdown),
    target: '—',
    pass: null,
  });
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
  out.push(
    `- fold: ${fold.inputMB} MB generated perf-script text; fold ${fold.foldSeconds} s, bare line split ${fold.lineSplitSeconds} s; peak RSS ${fold.peakRssMB} MB (load ${fold.load})`,
  );
  out.push(`- render: ${render.stacks} stacks; render ${render.renderSeconds.toFixed(3)} s, parse ${render.parseSeconds.toFixed(3)} s; SVG ${render.svgBytes.toLocaleString('en-US')} bytes (load ${render.load})`);
  out.push(
    `- post-processing: ${post.benchmark}; record ${post.recordWallSeconds} s wall, ${post.samples} samples, perf.data ${post.perfDataMB} MB (${post.injectedDataMB} MB injected); ` +
      `inject|script|fold ${post.pipedSeconds} s (piped; apart: inject ${post.injectSeconds} s, script|fold ${post.scriptFoldSeconds} s) + render ${post.renderSeconds} s + compare ${post.compareSeconds} s = ${post.pipelineSeconds} s; ` +
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
  out.push(
    `- gate accuracy: ${accuracy.program}; default compare options (correction ${accuracy.correction}, alpha ${accuracy.compareOptions.alpha}, threshold ${accuracy.compareOptions.threshold}, ` +
      `minDelta ${accuracy.compareOptions.minDelta}, minShare ${accuracy.compareOptions.minShare}); pool recorded in ${accuracy.recordSeconds} s (load ${accuracy.loadBefore} → ${accuracy.loadAfter})`,
  );
  out.push(`    method: ${accuracy.method}`);
  out.push(`    pool: ${accuracy.pool.map((side) => `${formatPercent(side.slowdown)} × ${side.runs} (${side.meanWallSeconds} s, ${side.meanSamples} samples/run)`).join('; ')}`);
  out.push(`    A/A: ${accuracy.falseAlarms}/${accuracy.aaComparisons} regressed, ${accuracy.aaInconclusive} inconclusive (correction: ${accuracy.correction}, the default)`);
  out.push(
    `    both corrections on the same draws: ${accuracy.byCorrection
      .map(
        (entry) =>
          `${entry.correction}: A/A ${entry.falseAlarms}/${accuracy.aaComparisons}, ${entry.detected.map((level) => `${formatPercent(level.slowdown)} ${level.detected}/${level.comparisons}`).join(', ')}`,
      )
      .join('; ')}`,
  );
  for (const level of accuracy.levels) {
    out.push(
      `    A/B slowdown ${formatPercent(level.slowdown)}: ${level.detected}/${level.comparisons} regressed (apply_discounts named as cause in ${level.namedTarget}), ` +
        `${level.inconclusive} inconclusive; apply_discounts own share ${(level.targetShare * 100).toFixed(1)}%, ` +
        `median growth ${level.medianTargetGrowth === null ? 'n/a' : `${(level.medianTargetGrowth * 100).toFixed(1)}%`}, median Holm p ${level.medianTargetPAdjusted ?? 'n/a'}`,
    );
    for (const summary of level.missed) out.push(`      not detected: ${summary}`);
  }
  out.push('');
  out.push(`Total ${results.totalSeconds.toFixed(0)} s. Targets are reported, not asserted: the command exits 0 on MISS.`);
  return `${out.join('\n')}\n`;
}

function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(1))}%`;
}
