/**
 * The output directory: the one place that writes the pipeline's files. Its layout
 * (core/output-layout.ts) is also the artifact's and what `baseline:` reads back. Each stage's
 * files are written as soon as the stage ends, so a later failure loses nothing already produced.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { formatFoldedText, type FoldedStacks } from '../core/folded.js';
import { outputLayout, runFoldedName } from '../core/output-layout.js';
import type { Readiness } from '../core/readiness.js';
import { UserError } from '../errors.js';

/** Absolute paths of what was written so far. */
export interface OutputFiles {
  directory: string;
  folded: string;
  runs: string[];
  flamegraph: string;
  speedscope: string;
  pprof: string;
  report: string;
  readiness: string;
  logs: string[];
  diff?: string;
  diffBaselineShape?: string;
  baselineFolded?: string;
  perfData: string[];
}

export interface OutputDirectory {
  readonly files: OutputFiles;
  /** `logs/<name>.log`, listed in the report when `listed`. */
  logPath(name: string, options?: { listed: boolean }): string;
  /** Where `keep-perf-data` puts each run's perf.data. */
  perfDataDirectory: string;
  addPerfData(path: string): void;
  writeReadiness(readiness: Readiness): void;
  writeRun(run: { side: 'head' | 'base'; index: number; stacks: FoldedStacks }): void;
  writeProfile(profile: { headline: FoldedStacks; flamegraph: string; speedscope: string; pprof: Uint8Array }): void;
  writeComparison(comparison: { baseline: FoldedStacks; diff: string; diffBaselineShape: string }): void;
  writeReport(report: object): void;
  /** The written files relative to the directory, as report.json lists them. */
  listRelative(): Record<string, string | string[]>;
}

export function createOutputDirectory(options: { directory: string; describe: string }): OutputDirectory {
  const out = options.directory;
  if (existsSync(out) && !statSync(out).isDirectory()) {
    throw new UserError(`Invalid value '${out}' for ${options.describe}. Expected a directory (or a path to create one), but it is a file. Choose another output directory or remove the file.`);
  }
  try {
    mkdirSync(join(out, outputLayout.runsDirectory), { recursive: true });
    mkdirSync(join(out, outputLayout.logsDirectory), { recursive: true });
  } catch (error) {
    throw new UserError(`Invalid value '${out}' for ${options.describe}. The directory cannot be created (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Choose a writable path.`);
  }
  const files: OutputFiles = {
    directory: out,
    folded: join(out, outputLayout.folded),
    runs: [],
    flamegraph: join(out, outputLayout.flamegraph),
    speedscope: join(out, outputLayout.speedscope),
    pprof: join(out, outputLayout.pprof),
    report: join(out, outputLayout.report),
    readiness: join(out, outputLayout.readiness),
    logs: [],
    perfData: [],
  };
  const write = (path: string, text: string | Uint8Array) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  return {
    files,
    perfDataDirectory: join(out, outputLayout.perfDataDirectory),
    logPath(name, logOptions = { listed: false }) {
      const path = join(out, outputLayout.logsDirectory, `${name}.log`);
      if (logOptions.listed) files.logs.push(path);
      return path;
    },
    addPerfData: (path) => files.perfData.push(path),
    writeReadiness: (readiness) => write(files.readiness, `${JSON.stringify(readiness, null, 2)}\n`),
    writeRun({ side, index, stacks }) {
      const path = join(out, side === 'base' ? `${outputLayout.baselineRunsDirectory}/run-${index}.folded` : runFoldedName(index));
      write(path, formatFoldedText(stacks));
      if (side === 'head') files.runs.push(path);
    },
    writeProfile(profile) {
      write(files.folded, formatFoldedText(profile.headline));
      write(files.flamegraph, profile.flamegraph);
      write(files.speedscope, profile.speedscope);
      write(files.pprof, profile.pprof);
    },
    writeComparison(comparison) {
      files.baselineFolded = join(out, outputLayout.baselineFolded);
      write(files.baselineFolded, formatFoldedText(comparison.baseline));
      files.diff = join(out, outputLayout.diff);
      write(files.diff, comparison.diff);
      files.diffBaselineShape = join(out, outputLayout.diffBaselineShape);
      write(files.diffBaselineShape, comparison.diffBaselineShape);
    },
    writeReport: (report) => write(files.report, `${JSON.stringify(report, null, 2)}\n`),
    listRelative() {
      const rel = (path: string) => relative(out, path);
      const listed: Record<string, string | string[]> = {
        folded: rel(files.folded),
        runs: files.runs.map(rel),
        flamegraph: rel(files.flamegraph),
        speedscope: rel(files.speedscope),
        pprof: rel(files.pprof),
        readiness: rel(files.readiness),
        logs: files.logs.map(rel),
      };
      if (files.diff) listed.diff = rel(files.diff);
      if (files.diffBaselineShape) listed.diffBaselineShape = rel(files.diffBaselineShape);
      if (files.baselineFolded) listed.baselineFolded = rel(files.baselineFolded);
      if (files.perfData.length > 0) listed.perfData = files.perfData.map(rel);
      return listed;
    },
  };
}
