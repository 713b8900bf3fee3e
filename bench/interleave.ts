/**
 * Timing whole processes against a reference measured in the same run: the commands of one round
 * run one after another, round after round (interleaved), so load from the rest of a shared
 * machine falls on all of them alike. Reports the fastest and the median wall time of each.
 */
import { spawn } from 'node:child_process';
import { readLoad } from './machine.js';

export interface TimedCommand {
  /** Short name for the report. */
  name: string;
  argv: string[];
}

export interface CommandTimes {
  name: string;
  argv: string[];
  /** Wall seconds of every run, in order. */
  seconds: number[];
  fastestSeconds: number;
  medianSeconds: number;
}

export interface InterleavedTimes {
  rounds: number;
  commands: CommandTimes[];
  /** 1-minute load average before the first and after the last run. */
  loadBefore: number;
  loadAfter: number;
}

/** Runs every command `rounds` times, interleaved; stdout goes to /dev/null; a failing run throws. */
export async function timeInterleaved(options: { commands: TimedCommand[]; rounds: number; cwd: string }): Promise<InterleavedTimes> {
  const loadBefore = readLoad();
  const seconds: number[][] = options.commands.map(() => []);
  for (let round = 0; round < options.rounds; round += 1) {
    for (const [index, command] of options.commands.entries()) seconds[index]!.push(await timeProcess({ argv: command.argv, cwd: options.cwd }));
  }
  return {
    rounds: options.rounds,
    commands: options.commands.map((command, index) => ({
      ...command,
      seconds: seconds[index]!.map((value) => roundTo(value, 4)),
      fastestSeconds: roundTo(Math.min(...seconds[index]!), 4),
      medianSeconds: roundTo(median(seconds[index]!), 4),
    })),
    loadBefore,
    loadAfter: readLoad(),
  };
}

/** Wall seconds of one run of `argv`, from spawn to exit. */
export async function timeProcess(options: { argv: string[]; cwd: string }): Promise<number> {
  const [command, ...args] = options.argv as [string, ...string[]];
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      if (stderr.length < 4096) stderr += text;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${options.argv.join(' ')} exited with ${code}: ${stderr.trim()}`))));
  });
  return (performance.now() - started) / 1000;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
