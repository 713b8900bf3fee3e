import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // Integration tests run real perf and CPython and gate profiles against earlier ones: one file
    // at a time, so no test's runs share the cores with another test's (two files at once on two
    // cores made an A/A comparison of examples/bench.py report compress_report +23% and [libz.so]
    // +28%: the zlib work slowed on the side that had a neighbour).
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
