/**
 * The argument a fold worker thread is started with (its `process.argv[2]`; fold-file.ts), so the
 * CLI's entry knows a worker without loading node:worker_threads on every start (~4 ms of a
 * 0.2 s fold). As a command it is no command: the CLI rejects it like any unknown one.
 */
export const FOLD_WORKER_ARGUMENT = '--python-perf-gate-fold-part-worker';
