/**
 * Every setting, once: its action input, its command-line flag, its kind, default, range and
 * description. The CLI's option specs and help text, the settings readers and their defaults all
 * come from this table, and a test checks that action.yml declares the same inputs with the same
 * defaults and descriptions.
 */

export type OptionKind =
  /** Free text, trimmed. */
  | 'text'
  /** A path, resolved against the workspace (Action) or the current directory (CLI). */
  | 'path'
  | 'integer'
  | 'number'
  /** '10%' or '10' → 0.10. */
  | 'percent'
  /** Percentage points, e.g. '0.5' → 0.005. */
  | 'points'
  | 'boolean'
  | 'choice'
  /** A perf event name. */
  | 'event';

export type CommandName = 'check' | 'profile' | 'demo' | 'compare' | 'fold' | 'flamegraph';

export interface OptionDef {
  /** The action input; absent for options of the command line only. */
  input?: string;
  /** The command-line flag without `--`; absent for inputs of the Action only. */
  flag?: string;
  /** A second spelling of the flag. */
  alias?: string;
  kind: OptionKind;
  /** The default as a user would write it; '' means unset. */
  default: string;
  /** action.yml's default when it is an expression the Action resolves (github-token). */
  actionDefault?: string;
  min?: number;
  max?: number;
  choices?: readonly string[];
  /** The command-line form of a boolean: a switch (`--json`, `--json=false`) rather than `--x true`. */
  switch?: boolean;
  /** The CLI commands that take this option. */
  commands?: readonly CommandName[];
  /** What the setting does: action.yml's description and the CLI's help. */
  description: string;
}

const profiling: readonly CommandName[] = ['profile'];
const gating: readonly CommandName[] = ['profile', 'compare'];
const checking: readonly CommandName[] = ['check', 'profile', 'demo'];

/** Keyed by the name settings use: the action input's name, or the flag for CLI-only options. */
export const optionTable = {
  python: {
    input: 'python',
    flag: 'python',
    kind: 'text',
    default: '',
    commands: checking,
    description:
      "CPython ≥ 3.12 to profile with: a name on PATH or a path (e.g. the 'python-path' output of actions/setup-python). Empty: the newest CPython ≥ 3.12 found (python3, python3.14, python3.13, python3.12).",
  },
  script: {
    input: 'script',
    flag: 'script',
    kind: 'text',
    default: '',
    commands: profiling,
    description: "Python script to profile, relative to 'working-directory'. Run with the checked interpreter. Set this or 'run'.",
  },
  args: {
    input: 'args',
    kind: 'text',
    default: '',
    description: "Arguments for 'script', split like a shell would (quotes group words) but never run through a shell.",
  },
  run: {
    input: 'run',
    flag: 'run',
    kind: 'text',
    default: '',
    commands: profiling,
    description:
      "Shell command to profile instead of 'script' (e.g. 'pytest benchmarks/'). The checked interpreter's directory is first on PATH and in $PYTHON, and every Python it starts is profiled.",
  },
  'working-directory': {
    input: 'working-directory',
    flag: 'working-directory',
    kind: 'path',
    default: '.',
    commands: ['profile', 'fold'],
    description: 'Directory the benchmark runs in; Python file names in profiles are relative to it.',
  },
  mode: {
    input: 'mode',
    flag: 'mode',
    kind: 'choice',
    choices: ['auto', 'fp', 'perf-jit', 'dwarf'],
    default: 'auto',
    commands: checking,
    description:
      'How Python frames reach perf: auto (cheapest mode the probe proves), fp (frame pointers), perf-jit (CPython ≥ 3.13 jitdump + DWARF), dwarf (3.12 without frame pointers: leaf Python frames only).',
  },
  event: {
    input: 'event',
    flag: 'event',
    kind: 'event',
    default: 'cpu-clock',
    commands: checking,
    description: 'perf event to sample. cpu-clock works on every runner (hosted runners have no hardware PMU), so baselines compare across runner types.',
  },
  frequency: {
    input: 'frequency',
    flag: 'frequency',
    kind: 'integer',
    min: 1,
    max: 20000,
    default: '999',
    commands: profiling,
    description: 'Sampling frequency in Hz (1–20000).',
  },
  repeat: {
    input: 'repeat',
    flag: 'repeat',
    kind: 'integer',
    min: 1,
    max: 100,
    default: '5',
    commands: profiling,
    description: 'Number of recorded runs (1–100). The gate compares the spread between runs, so 5 or more is recommended.',
  },
  warmup: {
    input: 'warmup',
    flag: 'warmup',
    kind: 'integer',
    min: 0,
    max: 20,
    default: '0',
    commands: profiling,
    description: 'Unrecorded warm-up runs before the recorded ones (0–20).',
  },
  'activate-children': {
    input: 'activate-children',
    flag: 'activate-children',
    kind: 'boolean',
    default: 'true',
    commands: profiling,
    description:
      "Profile Python processes that the benchmark starts with a cleaned environment (pyperf workers, tox, …): during the recorded runs a marker-guarded .pth hook in the interpreter's site-packages turns perf support on in every descendant Python; it is removed afterwards.",
  },
  'dwarf-stack-size': {
    input: 'dwarf-stack-size',
    flag: 'dwarf-stack-size',
    kind: 'integer',
    min: 1024,
    max: 65528,
    default: '16384',
    commands: profiling,
    description:
      'Bytes of stack perf copies per sample in perf-jit and dwarf modes (1024–65528, perf’s maximum). About 0.6 KiB per Python frame (a pytest run needs ~32768): raise it when the report says stacks were cut; perf.data grows in proportion.',
  },
  'timeout-minutes': {
    input: 'timeout-minutes',
    flag: 'timeout-minutes',
    kind: 'number',
    min: 0.01,
    max: 360,
    default: '30',
    commands: profiling,
    description: 'Per-run timeout; perf and every process the benchmark started are killed after it.',
  },
  'output-dir': {
    input: 'output-dir',
    flag: 'out',
    alias: 'output-dir',
    kind: 'path',
    default: 'python-perf-gate-out',
    commands: ['profile', 'demo'],
    description: 'Directory for folded stacks, flame graphs, logs and report.json (relative to the workspace).',
  },
  view: {
    input: 'view',
    flag: 'view',
    kind: 'choice',
    choices: ['python', 'mixed'],
    default: 'python',
    commands: profiling,
    description:
      'Frames in the profile: python (Python frames plus the native code they call; interpreter glue removed) or mixed (all native frames kept).',
  },
  baseline: {
    input: 'baseline',
    flag: 'baseline',
    kind: 'text',
    default: '',
    commands: gating,
    description:
      "What to compare against: a folded-stacks file; a directory written by a previous run (its output directory or its extracted artifact); or 'artifact': the newest non-expired artifact named 'artifact-name' from the PR's base branch. Empty: profile only (verdict no-baseline).",
  },
  'baseline-ref': {
    input: 'baseline-ref',
    flag: 'baseline-ref',
    kind: 'text',
    default: '',
    commands: profiling,
    description:
      "Git ref to profile in this same job as the baseline (e.g. ${{ github.base_ref }}): checked out in a git worktree (fetched when the checkout is shallow) and run interleaved with the current code (A B A B …) so runner drift cancels. The recommended PR setup. Exclusive with 'baseline'.",
  },
  prepare: {
    input: 'prepare',
    flag: 'prepare',
    kind: 'text',
    default: '',
    commands: profiling,
    description:
      "Shell command run once in each tree (base, then head) before its runs, e.g. 'pip install -e .'. Each tree's runs import that tree's code (PYTHONPATH), even when an editable install points at the other.",
  },
  'fail-on-regression': {
    input: 'fail-on-regression',
    flag: 'fail-on-regression',
    kind: 'boolean',
    default: 'true',
    commands: gating,
    description: 'Fail the step when a function regresses significantly.',
  },
  'fail-on-inconclusive': {
    input: 'fail-on-inconclusive',
    flag: 'fail-on-inconclusive',
    kind: 'boolean',
    default: 'true',
    commands: gating,
    description:
      "Fail the step when a baseline was given but the data cannot support a verdict (too few samples, stacks cut, no Python frames, a different Python/mode/event, a baseline that could not be fetched). The annotation says what to fix. 'false' reports it as a warning and passes.",
  },
  alpha: {
    input: 'alpha',
    flag: 'alpha',
    kind: 'number',
    min: 1e-9,
    max: 0.5,
    default: '0.01',
    commands: gating,
    description:
      "Significance level after Holm correction across the own times of the tested functions, weighted by their share (a function holding 40% of the time is tested at about alpha·0.4 at first, not alpha/m); inclusive times are tested as consequences, at the level the causes found pass on.",
  },
  threshold: {
    input: 'threshold',
    flag: 'threshold',
    kind: 'percent',
    min: 0,
    max: 1000,
    default: '10%',
    commands: gating,
    description:
      "Minimum slowdown of a function's time to fail on (e.g. 10%): its time relative to the rest of the program, with a 95% interval. A function fails when the growth is significant at 'alpha' and its interval reaches this threshold, whatever share of the profile it holds.",
  },
  'min-delta': {
    input: 'min-delta',
    flag: 'min-delta',
    kind: 'points',
    min: 0,
    max: 100,
    default: '0.5',
    commands: gating,
    description:
      "Minimum change of the function's share of samples, in percentage points (judged at the upper end of the time change's interval), so a tiny function doubling does not fail the gate.",
  },
  'min-share': {
    input: 'min-share',
    flag: 'min-share',
    kind: 'percent',
    min: 0,
    max: 100,
    default: '1%',
    commands: gating,
    description: 'A function is gated only if it holds at least this share in either profile (e.g. 1%).',
  },
  'time-threshold': {
    input: 'time-threshold',
    flag: 'time-threshold',
    kind: 'percent',
    min: 0,
    max: 1000,
    default: '',
    commands: gating,
    description: "Also gate the benchmark's total wall time when it grows by at least this much and significantly (e.g. 10%). Empty: reported, not gated.",
  },
  'keep-perf-data': {
    input: 'keep-perf-data',
    flag: 'keep-perf-data',
    kind: 'boolean',
    switch: true,
    default: 'false',
    commands: profiling,
    description: 'Keep each run’s perf.data in the output directory with what perf needs to read it later (perf-jit: the jitted code’s build-id cache; fp/dwarf: the perf map files); the log prints the command that opens it.',
  },
  'install-perf': {
    input: 'install-perf',
    flag: 'install-perf',
    kind: 'boolean',
    switch: true,
    default: 'false',
    commands: checking,
    description:
      'Install perf with apt-get when missing (Ubuntu linux-tools-$(uname -r), falling back to linux-tools-generic / linux-tools-azure; Debian linux-perf).',
  },
  'allow-sudo': {
    input: 'allow-sudo',
    flag: 'allow-sudo',
    kind: 'boolean',
    switch: true,
    default: 'false',
    commands: checking,
    description: "Allow 'sudo -n' for install-perf and to lower kernel.perf_event_paranoid / kptr_restrict. Never used silently.",
  },
  title: {
    input: 'title',
    flag: 'title',
    kind: 'text',
    default: '',
    commands: ['profile', 'flamegraph'],
    description: 'Flame graph title. Default names the benchmark.',
  },
  'upload-artifact': {
    input: 'upload-artifact',
    kind: 'boolean',
    default: 'true',
    description: "Upload the output directory as a workflow artifact (its layout is what 'baseline' reads back).",
  },
  'artifact-name': {
    input: 'artifact-name',
    kind: 'text',
    default: 'python-perf-gate',
    description: "Artifact name; also the name 'baseline: artifact' looks for on the base branch.",
  },
  'retention-days': {
    input: 'retention-days',
    kind: 'integer',
    min: 1,
    max: 90,
    default: '',
    description: "Days to keep the artifact (1–90). Empty → the repository's setting.",
  },
  'comment-on-pr': {
    input: 'comment-on-pr',
    kind: 'boolean',
    default: 'false',
    description:
      "Post the report as one sticky pull-request comment, updated in place (needs 'pull-requests: write'; on fork PRs the job summary is used instead).",
  },
  'github-token': {
    input: 'github-token',
    kind: 'text',
    default: '',
    actionDefault: '${{ github.token }}',
    description: "Token for 'baseline: artifact' (needs 'actions: read') and 'comment-on-pr'.",
  },
  // Command line only.
  json: { flag: 'json', kind: 'boolean', switch: true, default: 'false', commands: ['check', 'compare'], description: 'Print JSON instead of text.' },
  current: {
    flag: 'current',
    kind: 'text',
    default: '',
    commands: ['compare'],
    description: 'The profile to judge: a folded file or an output directory written by python-perf-gate.',
  },
  'fold-view': {
    flag: 'view',
    kind: 'choice',
    choices: ['python', 'mixed', 'compat'],
    default: 'python',
    commands: ['fold'],
    description: "python (Python frames and the native code they call), mixed (all native frames) or compat (stackcollapse-perf.pl's exact output).",
  },
  compat: { flag: 'compat', kind: 'boolean', switch: true, default: 'false', commands: ['fold'], description: 'Same as --view compat.' },
  pid: { flag: 'pid', kind: 'boolean', switch: true, default: 'false', commands: ['fold'], description: 'compat: include the PID in the process name.' },
  tid: { flag: 'tid', kind: 'boolean', switch: true, default: 'false', commands: ['fold'], description: 'compat: include the PID and TID.' },
  kernel: { flag: 'kernel', kind: 'boolean', switch: true, default: 'false', commands: ['fold'], description: 'compat: annotate kernel frames with _[k].' },
  jit: { flag: 'jit', kind: 'boolean', switch: true, default: 'false', commands: ['fold'], description: 'compat: annotate JIT frames with _[j].' },
  all: { flag: 'all', kind: 'boolean', switch: true, default: 'false', commands: ['fold'], description: 'compat: all annotations.' },
  addrs: { flag: 'addrs', kind: 'boolean', switch: true, default: 'false', commands: ['fold'], description: 'compat: keep raw addresses of unknown frames.' },
  'event-filter': { flag: 'event-filter', kind: 'text', default: '', commands: ['fold'], description: 'compat: the event to keep (default: the first one seen).' },
  subtitle: { flag: 'subtitle', kind: 'text', default: '', commands: ['flamegraph'], description: 'Subtitle line.' },
  minwidth: {
    flag: 'minwidth',
    kind: 'text',
    default: '0.1',
    commands: ['flamegraph'],
    description: "Hide frames narrower than this: pixels (0.1) or a percentage of the total ('0.5%').",
  },
  width: { flag: 'width', kind: 'integer', min: 100, max: 100000, default: '1200', commands: ['flamegraph'], description: 'Image width in pixels.' },
  inverted: { flag: 'inverted', kind: 'boolean', switch: true, default: 'false', commands: ['flamegraph'], description: 'Icicle graph: the root at the top.' },
  colors: { flag: 'colors', kind: 'choice', choices: ['python', 'hot', 'mono'], default: 'python', commands: ['flamegraph'], description: 'Palette.' },
  diff: {
    flag: 'diff',
    kind: 'boolean',
    switch: true,
    default: 'false',
    commands: ['flamegraph'],
    description: 'Differential flame graph of two folded files: BASE CURRENT.',
  },
  shape: {
    flag: 'shape',
    kind: 'choice',
    choices: ['current', 'baseline'],
    default: 'current',
    commands: ['flamegraph'],
    description: 'With --diff: draw the current profile’s shape, or the baseline’s (shows frames that vanished).',
  },
} as const satisfies Record<string, OptionDef>;

export type OptionName = keyof typeof optionTable;

export function findOption(name: OptionName): OptionDef {
  return optionTable[name];
}

/** The options a CLI command takes, in table order. */
export function listCommandOptions(command: CommandName): [OptionName, OptionDef][] {
  return (Object.entries(optionTable) as [OptionName, OptionDef][]).filter(([, def]) => def.commands?.includes(command));
}

/** The action inputs, in table order (the order of action.yml). */
export function listActionInputs(): [OptionName, OptionDef & { input: string }][] {
  return (Object.entries(optionTable) as [OptionName, OptionDef][]).filter((entry): entry is [OptionName, OptionDef & { input: string }] => entry[1].input !== undefined);
}
