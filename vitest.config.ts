import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // Integration tests run real perf and CPython and gate profiles against earlier ones: one file
    // at a time, so no test's runs share the cores with another test's. With two files at once on
    // two cores, an A/A comparison of examples/bench.py reported compress_report +23% and
    // [libz.so] +28% in CI, both zlib's work — most likely slowed on whichever side had a neighbour.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
