/**
 * The output directory's layout. It is also the artifact's layout and what `baseline:` accepts,
 * so a previous run's directory (or its downloaded artifact) is a valid baseline as it is.
 */
export const outputLayout = {
  /** Headline profile: all recorded runs merged, Python-aware view. */
  folded: 'profile.folded',
  /** One folded file per recorded run (the gate needs the spread between runs). */
  runsDirectory: 'runs',
  /** With baseline-ref: the base commit's runs, recorded in this job interleaved with ours. */
  baselineRunsDirectory: 'baseline-runs',
  flamegraph: 'flamegraph.svg',
  /** Differential flame graph: current shape, coloured by change against the baseline. */
  diff: 'diff.svg',
  /** The reverse: baseline's shape, so frames that vanished stay findable. */
  diffBaselineShape: 'diff-baseline.svg',
  baselineFolded: 'baseline.folded',
  speedscope: 'profile.speedscope.json',
  /** The same profile for go tool pprof, Pyroscope, Parca, Datadog (gzipped profile.proto). */
  pprof: 'profile.pb.gz',
  report: 'report.json',
  readiness: 'readiness.json',
  logsDirectory: 'logs',
  perfDataDirectory: 'perf-data',
} as const;

export function runFoldedName(index: number): string {
  return `${outputLayout.runsDirectory}/run-${index}.folded`;
}

/** Sorts `run-N.folded` names by N (run-10 after run-9). */
export function compareRunNames(a: string, b: string): number {
  const number = (name: string) => Number(/run-(\d+)/.exec(name)?.[1] ?? Number.NaN);
  return number(a) - number(b) || (a < b ? -1 : a > b ? 1 : 0);
}
