/**
 * What to do about an inconclusive verdict: one fix per kind of reason the quality checks
 * (run-quality.ts), the comparison's validity checks (compare/validity.ts) and the compare stage give.
 */
const fixes: { pattern: RegExp; fix: string }[] = [
  { pattern: /could not be (downloaded|fetched)|artifact/i, fix: "Re-run the job; check that 'github-token' has 'actions: read'." },
  { pattern: /CPU|machine|runner/i, fix: "Compare on the same runner type, or profile the base in the same job with 'baseline-ref'." },
  { pattern: /Python version|mode|event|minor/i, fix: "Use the same Python, mode and event on both sides, or profile the base in the same job with 'baseline-ref'." },
  { pattern: /samples|runs?\b.*fewer|too few/i, fix: "Record more samples: raise 'repeat' or make each run longer (or raise 'frequency')." },
  { pattern: /process root|cut|truncat|unwind/i, fix: "Stacks were cut: follow the notices above ('dwarf-stack-size', kernel.perf_event_max_stack, or a frame-pointer Python)." },
  { pattern: /Python frame/i, fix: "Processes ran without perf support: see the per-process warnings; keep 'activate-children' on, or pass PYTHON_PERF_JIT_SUPPORT / PYTHONPERFSUPPORT through the harness." },
];

/** The distinct fixes for `reasons`, in the order of the first reason that needs each. */
export function adviseOnInconclusive(reasons: string[]): string[] {
  const advice: string[] = [];
  for (const reason of reasons) {
    const fix = fixes.find((entry) => entry.pattern.test(reason))?.fix;
    if (fix && !advice.includes(fix)) advice.push(fix);
  }
  return advice;
}
