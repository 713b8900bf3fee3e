/**
 * Running programs: argument arrays only, never a shell line built from strings.
 *
 * Every program goes through here, the short ones too (interpreter facts, perf --version, git,
 * apt-get, sysctl), rather than through @actions/exec, on purpose: a profiled benchmark must run
 * in its own process group so a timeout can stop perf *and* every process the benchmark started,
 * perf script's output must be consumed as a stream of lines, and the short commands need
 * timeouts as well (a `git fetch` waiting on a credential helper, a sitecustomize that hangs the
 * interpreter, apt-get waiting on a lock). @actions/exec 3 has no timeout, exposes neither the
 * child's pid nor process groups, and refuses an environment with unset values — so the project
 * does not depend on it (@actions/core still bundles it for its own use).
 */
import { spawn } from 'node:child_process';
import { closeSync, createWriteStream, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { forEachLineOf } from './line-reader.js';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Text written to stdin, then closed. Without it (and without `stdin`) stdin is /dev/null. */
  input?: string;
  /**
   * Another program's stdout, which becomes this program's stdin: the pipe's file descriptor is
   * handed over, so the bytes go from one program to the other without passing through Node.
   */
  stdin?: Readable;
  /** Kill the whole process group after this many milliseconds. */
  timeoutMs?: number;
  /** Extra sink that receives stdout and stderr as they arrive (e.g. a log file). */
  tee?: Writable;
  /**
   * Keep only the last this-many bytes of each collected stream (stdout, stderr); the tee still
   * receives everything. Default: keep all (for the small outputs of perf's own commands). Set it
   * for benchmarks, which may print hundreds of megabytes.
   */
  keepOutputBytes?: number;
}

export interface RunResult {
  argv: string[];
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  wallSeconds: number;
  /** Set when the program could not be started at all (ENOENT, EACCES). */
  spawnError?: NodeJS.ErrnoException;
  /** Bytes dropped from the front of stdout / stderr because of `keepOutputBytes`. */
  droppedBytes: { stdout: number; stderr: number };
  /** On a timeout: the processes of the program's group when it was stopped (leader first). */
  killedPids: number[];
}

const killGraceMs = 3000;

/** Runs a program to completion and collects its output (for small outputs only). */
export async function runCommand(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = createTailBuffer(options.keepOutputBytes);
  const stderr = createTailBuffer(options.keepOutputBytes);
  const result = await runWithHandlers(argv, options, { onStdout: stdout.push, onStderr: stderr.push });
  return {
    ...result,
    stdout: stdout.text(),
    stderr: stderr.text(),
    droppedBytes: { stdout: stdout.dropped(), stderr: stderr.dropped() },
  };
}

/**
 * Collects chunks, keeping at most `limit` bytes (the newest). Without a limit it keeps all.
 * A multi-byte character cut at the front is dropped rather than decoded as garbage.
 */
/**
 * Runs `argv` with its stdout and stderr written to `logPath` (created, with its directory) as
 * they arrive; the result keeps what `keepOutputBytes` allows. The log is closed before it returns.
 */
export async function runCommandToLog(argv: string[], options: Omit<RunOptions, 'tee' | 'timeoutMs'> & { logPath: string; timeoutMs?: number | undefined }): Promise<RunResult> {
  const { logPath, timeoutMs, ...rest } = options;
  mkdirSync(dirname(logPath), { recursive: true });
  const log = createWriteStream(logPath);
  try {
    return await runCommand(argv, { ...rest, tee: log, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
  } finally {
    await new Promise<void>((resolve) => log.end(resolve));
  }
}

/** The last `lines` lines of a log file, reading at most its last 64 KiB (logs can be huge). */
export function readLogTail(path: string, lines: number): string[] {
  const maxBytes = 64 * 1024;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const length = Math.min(size, maxBytes);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    let text = buffer.toString('utf8');
    // Reading from the middle of the file: the first line is partial.
    if (size > length) text = text.slice(text.indexOf('\n') + 1);
    const all = text.split('\n');
    if (all.at(-1) === '') all.pop();
    return all.slice(-lines);
  } catch {
    return [];
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function createTailBuffer(limit: number | undefined): { push(chunk: Buffer): void; text(): string; dropped(): number } {
  const chunks: Buffer[] = [];
  let kept = 0;
  let dropped = 0;
  return {
    push(chunk: Buffer) {
      chunks.push(chunk);
      kept += chunk.length;
      if (limit === undefined) return;
      while (kept > limit && chunks.length > 0) {
        const first = chunks[0] as Buffer;
        const excess = kept - limit;
        if (first.length <= excess) {
          chunks.shift();
          kept -= first.length;
          dropped += first.length;
        } else {
          chunks[0] = first.subarray(excess);
          kept -= excess;
          dropped += excess;
        }
      }
    },
    text() {
      let buffer = Buffer.concat(chunks);
      if (dropped > 0) {
        // Skip UTF-8 continuation bytes (10xxxxxx) left over from a character cut in half.
        let start = 0;
        while (start < buffer.length && start < 3 && ((buffer[start] as number) & 0xc0) === 0x80) start += 1;
        buffer = buffer.subarray(start);
      }
      return buffer.toString('utf8');
    },
    dropped: () => dropped,
  };
}

/**
 * Runs a program and hands its stdout to `onLine` one line at a time, so outputs of hundreds of
 * megabytes never sit in memory. stderr is collected (it is small: warnings).
 */
export async function runStreamingLines(
  argv: string[],
  onLine: (line: string) => void,
  options: RunOptions = {},
): Promise<RunResult> {
  const stderr = createTailBuffer(options.keepOutputBytes);
  // When onLine throws, reading stops (the stream is destroyed, so the program gets EPIPE and
  // ends) and the error is rethrown once it has exited.
  let lineError: { error: unknown } | undefined;
  const result = await runWithHandlers(argv, options, {
    onStderr: stderr.push,
    onStdoutStream: (stream) =>
      forEachLineOf(stream, onLine).catch((error: unknown) => {
        lineError ??= { error };
      }),
  });
  if (lineError) throw lineError.error;
  return { ...result, stderr: stderr.text(), droppedBytes: { stdout: 0, stderr: stderr.dropped() } };
}

/**
 * Runs `producer | consumer` without a shell: the producer's stdout pipe is the consumer's stdin
 * (handed over at spawn, so Node never copies the bytes: 0.3 s of CPU per 33 MB perf.data when it
 * did), and the consumer's stdout reaches `onLine` line by line. Both run at once, and nothing
 * between them touches the disk. When `onLine` throws, the consumer is stopped, the producer ends
 * on its broken pipe, and the error is rethrown.
 */
export async function runPipedStreamingLines(
  producer: string[],
  consumer: string[],
  onLine: (line: string) => void,
  options: Omit<RunOptions, 'input' | 'stdin' | 'tee'> = {},
): Promise<{ producer: RunResult; consumer: RunResult }> {
  const stderr = createTailBuffer(options.keepOutputBytes);
  let consumerRun: Promise<RunResult> | undefined;
  const producerResult = await runWithHandlers(producer, options, {
    onStderr: stderr.push,
    onStdoutStream: async (stream) => {
      // Spawned in this same tick (runStreamingLines spawns before its first await), before Node has
      // read anything from the pipe: spawn then stops Node reading it, and our end is closed.
      consumerRun = runStreamingLines(consumer, onLine, { ...options, stdin: stream });
      stream.destroy();
      await consumerRun.catch(() => undefined);
    },
  });
  const producerRun: RunResult = { ...producerResult, stderr: stderr.text(), droppedBytes: { stdout: 0, stderr: stderr.dropped() } };
  const consumerResult = consumerRun ? await consumerRun : undefined;
  return { producer: producerRun, consumer: consumerResult ?? { ...producerRun, argv: consumer, exitCode: null } };
}

interface Handlers {
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
  onStdoutStream?: (stream: Readable) => Promise<void>;
}

function runWithHandlers(argv: string[], options: RunOptions, handlers: Handlers): Promise<Omit<RunResult, 'droppedBytes'>> {
  const [file, ...args] = argv;
  if (!file) throw new Error('runCommand needs a program to run');
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.stdin ?? (options.input === undefined ? 'ignore' : 'pipe'), 'pipe', 'pipe'],
      // Its own process group, so a timeout can signal the program and all its descendants.
      detached: true,
    });
    let timedOut = false;
    let killedPids: number[] = [];
    let spawnError: NodeJS.ErrnoException | undefined;
    let timer: NodeJS.Timeout | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const streamDone: Promise<void>[] = [];

    if (options.input !== undefined && child.stdin) {
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input);
    }
    if (handlers.onStdoutStream && child.stdout) {
      if (options.tee) {
        const tee = options.tee;
        child.stdout.on('data', (chunk: Buffer) => tee.write(chunk));
      }
      streamDone.push(handlers.onStdoutStream(child.stdout));
    } else {
      child.stdout?.on('data', (chunk: Buffer) => {
        handlers.onStdout?.(chunk);
        options.tee?.write(chunk);
      });
    }
    child.stderr?.on('data', (chunk: Buffer) => {
      handlers.onStderr?.(chunk);
      options.tee?.write(chunk);
    });
    const stdoutClosed = new Promise<void>((res) => (child.stdout ? child.stdout.once('close', () => res()) : res()));
    const stderrClosed = new Promise<void>((res) => (child.stderr ? child.stderr.once('close', () => res()) : res()));

    if (options.timeoutMs !== undefined) {
      timer = setTimeout(() => {
        timedOut = true;
        if (child.pid !== undefined) killedPids = listProcessGroup(child.pid);
        signalGroup(child.pid, 'SIGTERM');
        killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), killGraceMs);
      }, options.timeoutMs);
    }
    child.once('error', (error: NodeJS.ErrnoException) => {
      spawnError = error;
    });
    child.once('close', (code, signal) => {
      void Promise.all([stdoutClosed, stderrClosed, ...streamDone]).then(() => {
        if (timer) clearTimeout(timer);
        if (killTimer) clearTimeout(killTimer);
        // Anything the program left running in its group (daemonised children) goes too.
        if (timedOut) signalGroup(child.pid, 'SIGKILL');
        const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
        const result: Omit<RunResult, 'droppedBytes'> = { argv, exitCode: code, signal, timedOut, stdout: '', stderr: '', wallSeconds, killedPids };
        if (spawnError) result.spawnError = spawnError;
        resolve(result);
      });
    });
  });
}

/**
 * The processes whose process group is `groupId` (from /proc/PID/stat), the leader first. Empty
 * where /proc is not readable.
 */
export function listProcessGroup(groupId: number): number[] {
  const members: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return members;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses, so split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === groupId) members.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return members.sort((a, b) => (a === groupId ? -1 : b === groupId ? 1 : a - b));
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Describes how a finished program ended, for messages: "exit code 3", "signal SIGKILL". */
export function describeExit(result: Pick<RunResult, 'exitCode' | 'signal' | 'timedOut'>): string {
  if (result.timedOut) return 'timed out';
  if (result.signal) return `signal ${result.signal}`;
  return `exit code ${result.exitCode ?? 'unknown'}`;
}
