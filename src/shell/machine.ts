/** Facts about the machine a profile was recorded on, so a stored baseline from another CPU is recognised. */
import { readFileSync } from 'node:fs';
import { availableParallelism, release } from 'node:os';
import type { MachineFacts } from '../core/compare/index.js';

export function readMachineFacts(): MachineFacts {
  const facts: MachineFacts = { cores: availableParallelism(), kernel: release() };
  try {
    const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim();
    if (model) facts.cpuModel = model;
  } catch {
    // Not Linux, or /proc is not mounted: the comparison then cannot tell CPUs apart.
  }
  return facts;
}
