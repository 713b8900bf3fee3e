import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createJitDirectory } from '../../src/shell/jit-directory.js';
import { copyKallsyms } from '../../src/shell/perf-files.js';

const scratch = mkdtempSync(join(tmpdir(), 'ppg-kallsyms-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('copyKallsyms', () => {
  it('copies a kallsyms with real addresses byte for byte', () => {
    const source = join(scratch, 'visible');
    const text = 'ffffffffa1000000 T _text\nffffffffa1001000 T do_syscall_64\nffffffffc0a01000 t ext4_sync_fs\t[ext4]\n';
    writeFileSync(source, text);
    const copy = copyKallsyms(join(scratch, 'out-visible'), { source });
    expect(copy).toBeDefined();
    expect(readFileSync(copy!, 'utf8')).toBe(text);
  });

  it('gives no copy when the addresses are hidden (all zeros, as kptr_restrict or a non-root reader sees them), or when there is nothing to read', () => {
    const source = join(scratch, 'hidden');
    writeFileSync(source, '0000000000000000 T _text\n0000000000000000 T do_syscall_64\n');
    expect(copyKallsyms(join(scratch, 'out-hidden'), { source })).toBeUndefined();
    expect(copyKallsyms(join(scratch, 'out-missing'), { source: join(scratch, 'no-such-file') })).toBeUndefined();
    writeFileSync(join(scratch, 'empty'), '');
    expect(copyKallsyms(join(scratch, 'out-empty'), { source: join(scratch, 'empty') })).toBeUndefined();
  });
});

describe('createJitDirectory', () => {
  it('makes a private directory on a tmpfs with room, and none elsewhere or without room', () => {
    const directory = createJitDirectory({ jitdumpBytes: 4096, parent: '/dev/shm' });
    expect(directory).toBeDefined();
    try {
      expect(directory!.startsWith(`/dev/shm/python-perf-gate-jit-${process.pid}-`)).toBe(true);
      expect(statSync(directory!).isDirectory()).toBe(true);
      expect(statSync(directory!).mode & 0o777).toBe(0o700);
    } finally {
      rmSync(directory!, { recursive: true, force: true });
    }
    // procfs is no tmpfs; no tmpfs holds 2^50 bytes of jitdump's code; a missing parent.
    expect(createJitDirectory({ jitdumpBytes: 4096, parent: '/proc' })).toBeUndefined();
    expect(createJitDirectory({ jitdumpBytes: 2 ** 50, parent: '/dev/shm' })).toBeUndefined();
    expect(createJitDirectory({ jitdumpBytes: 4096, parent: join(scratch, 'absent') })).toBeUndefined();
    expect(existsSync(join(scratch, 'absent'))).toBe(false);
  });
});
