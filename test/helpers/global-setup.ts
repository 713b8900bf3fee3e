/**
 * Every test run gets its own temporary directory (TMPDIR, inherited by the CLIs and Actions the
 * tests start), removed when the run ends, so repeated runs leave nothing behind. perf and CPython
 * write their map, dump and jitted files to /tmp regardless; the recorder cleans those.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const directory = mkdtempSync(join(tmpdir(), 'ppg-tests-'));
  process.env.TMPDIR = directory;
  return () => {
    if (process.env.PPG_KEEP_TEST_TMP === '1') return;
    rmSync(directory, { recursive: true, force: true });
  };
}
