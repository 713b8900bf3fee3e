/**
 * The pipeline, as one line: settings → check → record → fold → render → compare → publish.
 * `main.ts` (the Action) and `cli.ts` (the terminal) both call `runProfilePipeline` with settings
 * already read; publishing to GitHub is the Action's own last step (stages/publish.ts). Every
 * stage's files are written by the output directory as soon as the stage ends.
 */
import { buildReport } from './core/report.js';
import { UserError } from './errors.js';
import type { Reporter } from './reporter.js';
import type { Settings } from './settings.js';
import type { ProfileOutcome } from './outcome.js';
import { createOutputDirectory } from './shell/output-dir.js';
import { acceptRunner, check } from './stages/check.js';
import { compare } from './stages/compare.js';
import { createRunFolderFor, fold } from './stages/fold.js';
import { record } from './stages/record.js';
import { describeProfile, render } from './stages/render.js';

export async function runProfilePipeline(settings: Settings, reporter: Reporter): Promise<ProfileOutcome> {
  const target = settings.target;
  if (!target) throw new UserError(`Nothing to profile. Set ${settings.describe('script')} (a Python file, with optional 'args') or ${settings.describe('run')} (a shell command).`);
  const outputs = createOutputDirectory({ directory: settings.outputDir, describe: settings.describe('output-dir') });

  const readiness = await reporter.group('check', () => check(settings, reporter));
  outputs.writeReadiness(readiness);
  const runner = acceptRunner(readiness, reporter);

  const recording = await reporter.group('record', () =>
    record({ settings, target, runner, outputs, reporter, createRunFolder: createRunFolderFor({ view: settings.view }) }),
  );
  const profile = fold({ recording, target, runner, frequency: settings.frequency, dwarfStackBytes: settings.dwarfStackBytes, reporter });
  const labels = describeProfile({ settings, target, runner, profile });
  const rendered = render({ profile, labels, frequency: settings.frequency, event: readiness.event });
  outputs.writeProfile({ headline: profile.headline, flamegraph: rendered.flamegraph, speedscope: rendered.speedscope, pprof: rendered.pprof });

  const gate = await reporter.group('compare', () => compare({ settings, runner, recording, profile, labels, reporter }));
  if (gate.baselineStacks && gate.diff) {
    outputs.writeComparison({ baseline: gate.baselineStacks, diff: gate.diff.current, diffBaselineShape: gate.diff.baselineShape });
  }

  const fails = (gate.verdict === 'regressed' && settings.failOnRegression) || (gate.verdict === 'inconclusive' && settings.failOnInconclusive);
  const report = buildReport({
    verdict: gate.verdict,
    inconclusiveReasons: gate.inconclusiveReasons,
    readiness,
    measurement: { frequency: settings.frequency, view: settings.view, target, machine: runner.machine },
    runs: profile.runs,
    quality: profile.quality,
    headline: profile.headline,
    comparison: gate.comparison,
    baseline: gate.baseline && { source: gate.baseline.source, runs: gate.baseline.runs.length, meta: gate.baseline.meta },
    files: outputs.listRelative(),
  });
  outputs.writeReport(report);

  const outcome: ProfileOutcome = {
    verdict: gate.verdict,
    exitCode: fails ? 1 : 0,
    readiness,
    runs: profile.runs,
    quality: profile.quality,
    inconclusiveReasons: gate.inconclusiveReasons,
    files: outputs.files,
    report,
    headline: profile.headline,
  };
  if (gate.baselineStacks) outcome.baselineStacks = gate.baselineStacks;
  if (gate.comparison) outcome.comparison = gate.comparison;
  if (gate.baseline) outcome.baseline = gate.baseline;
  return outcome;
}
