/**
 * Child activation: puts the hook of core/activation-hook.ts into the checked interpreter's
 * site-packages (a venv's own when the interpreter is one) as `<name>.py` plus a one-line `.pth`
 * that imports it, arms it (the marker file) only while a recorded run is going on, and removes
 * both files — and their bytecode — when profiling ends. Nothing is written when site-packages is
 * not writable; the caller says so.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { buildActivationHook, parseProcessLog, type ActivatedProcess } from '../core/activation-hook.js';
import type { ProfilingMode } from '../core/profiling-modes.js';
import { runCommand } from './process.js';

export interface ChildActivation {
  /** Where the hook was installed. */
  directory: string;
  /** Arms the hook for descendants of this process and clears the process log. */
  arm(): void;
  /** Disarms it and returns the processes it activated since `arm`. */
  disarm(): ActivatedProcess[];
  /** Removes the hook, its `.pth`, bytecode and marker. Safe to call twice. */
  remove(): void;
}

export type ActivationOutcome = { status: 'installed'; activation: ChildActivation } | { status: 'skipped'; reason: string };

const siteSnippet = 'import json, site; print(json.dumps(site.getsitepackages()))';

export async function installChildActivation(options: { python: string; mode: ProfilingMode; scratchDirectory: string }): Promise<ActivationOutcome> {
  const found = await runCommand([options.python, '-c', siteSnippet], { timeoutMs: 30_000 });
  if (found.exitCode !== 0) return { status: 'skipped', reason: `${options.python} did not report its site-packages (${found.stderr.trim() || 'no output'})` };
  let candidates: string[];
  try {
    candidates = (JSON.parse(found.stdout) as unknown[]).filter((entry): entry is string => typeof entry === 'string');
  } catch {
    return { status: 'skipped', reason: `${options.python} printed no site-packages list` };
  }
  const directory = candidates.find((candidate) => isWritableDirectory(candidate));
  if (!directory) return { status: 'skipped', reason: `none of its site-packages directories is writable (${candidates.join(', ') || 'none'})` };

  mkdirSync(options.scratchDirectory, { recursive: true });
  const name = `_python_perf_gate_${process.pid}`;
  const markerPath = join(options.scratchDirectory, `${name}.active`);
  const processLogPath = join(options.scratchDirectory, `${name}.processes.jsonl`);
  const modulePath = join(directory, `${name}.py`);
  const pthPath = join(directory, `${name}.pth`);
  writeFileSync(modulePath, buildActivationHook({ mode: options.mode, markerPath, processLogPath }));
  writeFileSync(pthPath, `import ${name}\n`);
  const activation: ChildActivation = {
    directory,
    arm() {
      rmSync(processLogPath, { force: true });
      writeFileSync(markerPath, `${process.pid}\n`);
    },
    disarm() {
      rmSync(markerPath, { force: true });
      const processes = existsSync(processLogPath) ? parseProcessLog(readFileSync(processLogPath, 'utf8')) : [];
      rmSync(processLogPath, { force: true });
      return processes;
    },
    remove() {
      rmSync(markerPath, { force: true });
      rmSync(processLogPath, { force: true });
      rmSync(pthPath, { force: true });
      rmSync(modulePath, { force: true });
      const cache = join(directory, '__pycache__');
      try {
        for (const file of readdirSync(cache)) if (file.startsWith(`${name}.`)) rmSync(join(cache, file), { force: true });
      } catch {
        // No bytecode was written.
      }
    },
  };
  return { status: 'installed', activation };
}

function isWritableDirectory(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return readdirSync(path) !== undefined;
  } catch {
    return false;
  }
}
