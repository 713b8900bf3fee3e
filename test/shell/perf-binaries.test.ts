import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listVersionedPerfBinaries, sortToolsVersions } from '../../src/shell/perf.js';

describe('versioned perf binaries under /usr/lib/linux-tools', () => {
  it('sorts as versions, newest first, with the running kernel’s first', () => {
    const versions = ['6.8.0-1017-azure', '6.11.0-1008-azure', '6.5.0-1025-azure', '6.11.0-1012-azure', '6.8.0-45-generic'];
    expect(sortToolsVersions(versions, 'none')).toEqual(['6.11.0-1012-azure', '6.11.0-1008-azure', '6.8.0-1017-azure', '6.8.0-45-generic', '6.5.0-1025-azure']);
    expect(sortToolsVersions(versions, '6.5.0-1025-azure')[0]).toBe('6.5.0-1025-azure');
  });
  it('lists only directories that hold a perf binary', () => {
    const root = mkdtempSync(join(tmpdir(), 'ppg-tools-'));
    for (const version of ['6.8.0-1017-azure', '6.11.0-1008-azure', '6.9.0-1-empty']) mkdirSync(join(root, version));
    for (const version of ['6.8.0-1017-azure', '6.11.0-1008-azure']) writeFileSync(join(root, version, 'perf'), '');
    expect(listVersionedPerfBinaries({ root, kernelRelease: '6.8.0-1017-azure' })).toEqual([join(root, '6.8.0-1017-azure', 'perf'), join(root, '6.11.0-1008-azure', 'perf')]);
  });
});
