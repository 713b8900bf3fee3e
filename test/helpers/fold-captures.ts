/** The real perf captures in test/fixtures/fold (plus the hand-written edge cases). */
export const foldCaptures = [
  'edge-cases',
  'py312-perf-map-dwarf',
  'py312-perf-map-fp',
  'py313-jit-bench',
  'py313-jit-bench-default-format',
  'py313-jit-deep-recursion',
  'py313-jit-kernel-io',
  'py313-jit-multiprocessing',
  'py313-jit-threads',
] as const;
