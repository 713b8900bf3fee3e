/** Reading perf's facts, including Ubuntu's wrapper that cannot find the kernel-specific binary. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStaticProblems } from '../../src/core/readiness.js';
import { readPerfFacts } from '../../src/shell/perf.js';
import { requirePerf } from '../helpers/tools.js';

/** What Ubuntu's /usr/bin/perf prints when linux-tools-$(uname -r) is missing (exit status 2). */
const ubuntuWrapper = `#!/bin/sh
echo "WARNING: perf not found for kernel 6.8.0-1017-azure" >&2
echo "" >&2
echo "  You may need to install the following packages for this specific kernel:" >&2
echo "    linux-tools-6.8.0-1017-azure" >&2
echo "    linux-cloud-tools-6.8.0-1017-azure" >&2
exit 2
`;

describe('readPerfFacts', () => {
  it('recognises Ubuntu’s perf wrapper without a kernel-specific perf and reports it with a fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppg-wrapper-'));
    const wrapper = join(dir, 'perf');
    writeFileSync(wrapper, ubuntuWrapper);
    chmodSync(wrapper, 0o755);
    const facts = await readPerfFacts({ perfPath: wrapper });
    expect(facts.path).toBe(wrapper);
    expect(facts.brokenReason).toMatch(/no perf for this kernel \(WARNING: perf not found for kernel 6\.8\.0-1017-azure\)/);
    const problems = findStaticProblems(undefined, facts);
    expect(problems[0]).toMatchObject({ code: 'perf-broken', severity: 'error' });
    expect(problems[0]?.fix).toMatch(/install-perf.*linux-tools-generic/);
  });

  it('a perf that is not there at all is reported as missing from its path', async () => {
    const facts = await readPerfFacts({ perfPath: '/nonexistent/perf' });
    expect(facts.brokenReason).toMatch(/ENOENT/);
  });

  it('the real perf here: version, whether cycles counts (no PMU on these VMs), inject --jit available', async () => {
    requirePerf();
    const facts = await readPerfFacts();
    expect(facts.version).toMatch(/^\d+\.\d+/);
    expect(facts.brokenReason).toBeUndefined();
    // Independent oracle: perf stat prints "<not supported>" for cycles without a hardware PMU.
    const stat = spawnSync('perf', ['stat', '-e', 'cycles', '--', 'true'], { encoding: 'utf8' });
    expect(facts.cyclesSupported).toBe(!/<not supported>\s+cycles/.test(stat.stderr));
    expect(facts.injectJitSupported).toBe(true);
    expect(facts.paranoid).toEqual(expect.any(Number));
  });
});
