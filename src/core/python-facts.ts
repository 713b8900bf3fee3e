/**
 * Facts about a Python interpreter, read from the interpreter itself, and what they imply for
 * profiling with perf. The snippet below runs inside the candidate Python (any version ≥ 2.7 must
 * be able to print its JSON, so a too-old interpreter is reported, not crashed on).
 */

/** Printed as one JSON object by `python -c FACTS_SNIPPET`. */
export const FACTS_SNIPPET = String.raw`
import json, platform, sys, sysconfig
names = ["PY_HAVE_PERF_TRAMPOLINE", "HAVE_PERF_TRAMPOLINE", "CFLAGS", "PY_CFLAGS", "PY_CFLAGS_NODIST",
         "PY_CORE_CFLAGS", "CONFIGURE_CFLAGS", "CONFIGURE_CFLAGS_NODIST", "BASECFLAGS", "OPT", "CFLAGS_NODIST",
         "CONFIG_ARGS", "Py_GIL_DISABLED", "Py_ENABLE_SHARED", "LDLIBRARY", "MULTIARCH"]
jit = None
try:
    jit = bool(sys._jit.is_enabled())
except Exception:
    jit = None
gil = None
try:
    gil = bool(sys._is_gil_enabled())
except Exception:
    gil = None
paths = sysconfig.get_paths()
print(json.dumps({
    "executable": sys.executable,
    "version": platform.python_version(),
    "versionInfo": list(sys.version_info[:3]),
    "implementation": sys.implementation.name,
    "machine": platform.machine(),
    "platform": sys.platform,
    "config": dict((n, sysconfig.get_config_var(n)) for n in names),
    "jitEnabled": jit,
    "gilEnabled": gil,
    "stdlib": paths.get("stdlib"),
    "purelib": paths.get("purelib"),
}))
`;

export interface RawPythonFacts {
  executable: string;
  version: string;
  versionInfo: number[];
  implementation: string;
  machine: string;
  platform: string;
  config: Record<string, string | number | null>;
  jitEnabled: boolean | null;
  gilEnabled: boolean | null;
  stdlib?: string | null;
  purelib?: string | null;
}

export interface PythonFacts {
  executable: string;
  version: string;
  major: number;
  minor: number;
  implementation: string;
  machine: string;
  /** sysconfig PY_HAVE_PERF_TRAMPOLINE (or HAVE_PERF_TRAMPOLINE) is set. */
  perfTrampoline: boolean;
  /** Frame-pointer flags found in the build's CFLAGS-type variables, with where they were found. */
  framePointers: { present: boolean; flags: string[]; foundIn: string[] };
  freeThreaded: boolean;
  /** The experimental JIT is compiled in and enabled (perf trampolines cannot run under it). */
  experimentalJit: boolean;
  /** True when a perf_jit (jitdump) mode exists: CPython ≥ 3.13 with the trampoline. */
  perfJitSupported: boolean;
}

/** sysconfig variables that carry compiler flags; frame-pointer flags can sit in any of them. */
const cflagsVariables = [
  'CFLAGS',
  'PY_CFLAGS',
  'PY_CFLAGS_NODIST',
  'PY_CORE_CFLAGS',
  'CONFIGURE_CFLAGS',
  'CONFIGURE_CFLAGS_NODIST',
  'CFLAGS_NODIST',
  'BASECFLAGS',
  'OPT',
  'CONFIG_ARGS',
] as const;

/** Parses the snippet's JSON output; throws with the text when it is not what the snippet prints. */
export function parseRawPythonFacts(text: string): RawPythonFacts {
  let value: unknown;
  try {
    value = JSON.parse(text.trim());
  } catch {
    throw new Error(`The interpreter did not print its facts as JSON. It printed: ${text.slice(0, 300)}`);
  }
  const raw = value as Partial<RawPythonFacts>;
  if (typeof raw.version !== 'string' || typeof raw.executable !== 'string' || typeof raw.config !== 'object' || raw.config === null) {
    throw new Error(`The interpreter's facts are missing fields: ${text.slice(0, 300)}`);
  }
  return raw as RawPythonFacts;
}

/** Turns raw sysconfig facts into what profiling needs to know. */
export function interpretPythonFacts(raw: RawPythonFacts): PythonFacts {
  const [major = 0, minor = 0] = raw.versionInfo ?? raw.version.split('.').map(Number);
  const config = raw.config;
  const trampoline = isTruthyConfig(config.PY_HAVE_PERF_TRAMPOLINE) || isTruthyConfig(config.HAVE_PERF_TRAMPOLINE);
  const framePointers = findFramePointerFlags(config, raw.machine);
  const freeThreaded = isTruthyConfig(config.Py_GIL_DISABLED);
  const configArgs = String(config.CONFIG_ARGS ?? '');
  const jitConfigured = /--enable-experimental-jit(?!=no)/.test(configArgs);
  // 3.14+ reports the JIT state at run time; 3.13 only through its configure flags (where the JIT,
  // when built in, is on unless PYTHON_JIT=0).
  const experimentalJit = raw.jitEnabled ?? jitConfigured;
  return {
    executable: raw.executable,
    version: raw.version,
    major,
    minor,
    implementation: raw.implementation,
    machine: raw.machine,
    perfTrampoline: trampoline,
    framePointers,
    freeThreaded,
    experimentalJit: Boolean(experimentalJit),
    perfJitSupported: trampoline && (major > 3 || (major === 3 && minor >= 13)),
  };
}

function isTruthyConfig(value: string | number | null | undefined): boolean {
  return value === 1 || value === '1' || value === 'yes';
}

/**
 * Finds frame-pointer flags. x86-64 and aarch64 need `-fno-omit-frame-pointer` (leaf frames also
 * want `-mno-omit-leaf-frame-pointer`); s390x unwinds through `-mbackchain`; ppc64le keeps a back
 * chain by ABI, so it needs no flag. A later `-fomit-frame-pointer` in the same variable wins, as it
 * does on a compiler command line.
 */
export function findFramePointerFlags(
  config: Record<string, string | number | null>,
  machine: string,
): { present: boolean; flags: string[]; foundIn: string[] } {
  if (/^ppc64/.test(machine)) return { present: true, flags: ['(ppc64 back chain by ABI)'], foundIn: [] };
  const wanted = machine === 's390x' ? ['-mbackchain'] : ['-fno-omit-frame-pointer'];
  const flags = new Set<string>();
  const foundIn: string[] = [];
  for (const name of cflagsVariables) {
    const value = config[name];
    if (typeof value !== 'string' || value === '') continue;
    const words = value.split(/\s+/).map((word) => word.replace(/^['"]|['"]$/g, '').replace(/^CFLAGS=/, ''));
    let enabled: string | undefined;
    for (const word of words) {
      if (wanted.includes(word)) enabled = word;
      else if (word === '-fomit-frame-pointer' || word === '-mno-backchain') enabled = undefined;
    }
    if (enabled) {
      flags.add(enabled);
      foundIn.push(name);
      if (words.includes('-mno-omit-leaf-frame-pointer')) flags.add('-mno-omit-leaf-frame-pointer');
    }
  }
  return { present: foundIn.length > 0, flags: [...flags].sort(), foundIn };
}
