/** Running programs: bounded output collection, process-group timeouts, start failures. */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createTailBuffer, describeExit, listProcessGroup, runCommand, runPipedStreamingLines, runStreamingLines } from '../../src/shell/process.js';
import { isProcessRunning } from '../helpers/processes.js';

const scratch = mkdtempSync(join(tmpdir(), 'ppg-process-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Counts what a tee receives. */
function countingSink(): { sink: Writable; bytes: () => number; text: () => string } {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return { sink, bytes: () => chunks.reduce((sum, chunk) => sum + chunk.length, 0), text: () => Buffer.concat(chunks).toString('utf8') };
}


describe('createTailBuffer', () => {
  it('keeps everything without a limit', () => {
    const buffer = createTailBuffer(undefined);
    buffer.push(Buffer.from('abc'));
    buffer.push(Buffer.from('def'));
    expect(buffer.text()).toBe('abcdef');
    expect(buffer.dropped()).toBe(0);
  });

  it('keeps only the newest bytes, across and inside chunks', () => {
    const buffer = createTailBuffer(4);
    buffer.push(Buffer.from('abc'));
    buffer.push(Buffer.from('def'));
    buffer.push(Buffer.from('g'));
    expect(buffer.text()).toBe('defg');
    expect(buffer.dropped()).toBe(3);
  });

  it('drops a multi-byte character cut at the front instead of decoding garbage', () => {
    const buffer = createTailBuffer(5);
    buffer.push(Buffer.from('x€yz', 'utf8')); // € is 3 bytes: e2 82 ac; 6 bytes in all
    expect(buffer.dropped()).toBe(1);
    expect(buffer.text()).toBe('€yz');
    const cut = createTailBuffer(4);
    cut.push(Buffer.from('x€yz', 'utf8'));
    expect(cut.text()).toBe('yz');
  });
});

describe('runCommand', () => {
  it('with keepOutputBytes holds only the tail in memory while the tee receives all of a 5.8 MB output', async () => {
    const tee = countingSink();
    // 200 000 numbered lines of 29 bytes on stdout (5.8 MB), one line on stderr.
    const program = 'let s = ""; for (let i = 0; i < 200000; i++) s += `line ${String(i).padStart(23, "0")}\\n`; process.stdout.write(s); process.stderr.write("done\\n");';
    const result = await runCommand([process.execPath, '-e', program], { tee: tee.sink, keepOutputBytes: 64 * 1024 });
    expect(result.exitCode).toBe(0);
    expect(tee.bytes()).toBe(200_000 * 29 + 'done\n'.length);
    expect(result.stdout.length).toBeLessThanOrEqual(64 * 1024);
    expect(result.stdout.endsWith(`line ${String(199_999).padStart(23, '0')}\n`)).toBe(true);
    expect(result.droppedBytes.stdout).toBe(200_000 * 29 - 64 * 1024);
    expect(result.stderr).toBe('done\n');
    expect(result.droppedBytes.stderr).toBe(0);
  });

  it('on a timeout kills the whole process group, children included, and says which processes it stopped', async () => {
    const tee = countingSink();
    const started = Date.now();
    const result = await runCommand(['sh', '-c', 'sleep 60 & echo "child $!"; sleep 60'], { tee: tee.sink, timeoutMs: 500 });
    expect(result.timedOut).toBe(true);
    expect(describeExit(result)).toBe('timed out');
    expect(Date.now() - started).toBeLessThan(10_000);
    const child = Number(/child (\d+)/.exec(tee.text())?.[1]);
    expect(child).toBeGreaterThan(0);
    expect(result.killedPids).toContain(child);
    expect(result.killedPids.length).toBeGreaterThanOrEqual(2);
    // The group gets SIGKILL once the leader is gone; give the kernel a moment.
    for (let i = 0; i < 50 && isProcessRunning(child); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(isProcessRunning(child)).toBe(false);
  });

  it('reports a missing program as a spawn error, not an exception', async () => {
    const result = await runCommand([join(scratch, 'no-such-perf')]);
    expect(result.spawnError?.code).toBe('ENOENT');
    expect(result.exitCode).not.toBe(0);
  });

  it('reports a program without execute permission as EACCES', async () => {
    const path = join(scratch, 'not-executable');
    writeFileSync(path, '#!/bin/sh\nexit 0\n');
    chmodSync(path, 0o644);
    const result = await runCommand([path]);
    expect(result.spawnError?.code).toBe('EACCES');
  });

  it('describes exits by code and by signal', async () => {
    expect(describeExit(await runCommand(['sh', '-c', 'exit 3']))).toBe('exit code 3');
    expect(describeExit(await runCommand(['sh', '-c', 'kill -TERM $$']))).toBe('signal SIGTERM');
  });
});

describe('runStreamingLines', () => {
  it('hands over every line and bounds collected stderr', async () => {
    const lines: string[] = [];
    const result = await runStreamingLines(
      [process.execPath, '-e', 'let s = ""; for (let i = 0; i < 5000; i++) s += `${i}\\n`; process.stdout.write(s); process.stderr.write("e".repeat(10000));'],
      (line) => lines.push(line),
      { keepOutputBytes: 100 },
    );
    expect(lines.length).toBe(5000);
    expect(lines.at(-1)).toBe('4999');
    expect(result.stderr).toBe('e'.repeat(100));
    expect(result.droppedBytes.stderr).toBe(9900);
  });

  // A program that writes 10 MB would block on a full pipe if the reader stopped without closing it.
  const endless = [process.execPath, '-e', 'const line = "x".repeat(99) + "\\n"; let n = 0; const write = () => { while (n < 1e5) { n++; if (!process.stdout.write(line)) return process.stdout.once("drain", write); } }; write();'];

  it('rethrows what the line callback threw, after the program has ended', async () => {
    let seen = 0;
    const reading = runStreamingLines(endless, () => {
      seen += 1;
      if (seen === 10) throw new Error('the sink refused line 10');
    });
    await expect(reading).rejects.toThrow('the sink refused line 10');
    expect(seen).toBe(10);
  });

  it('piped: every byte the producer writes reaches the consumer, in order, with nothing read away on the way', async () => {
    // 2 × 10^5 numbered lines, about 1.3 MB: more than a pipe and Node's stream buffers hold.
    const numbered = [process.execPath, '-e', 'let n = 0; const write = () => { while (n < 2e5) { const line = `${n++} ${"y".repeat(n % 7)}\\n`; if (!process.stdout.write(line)) return process.stdout.once("drain", write); } }; write();'];
    const lines: string[] = [];
    const result = await runPipedStreamingLines(numbered, ['cat'], (line) => lines.push(line));
    expect(result.producer.exitCode).toBe(0);
    expect(result.consumer.exitCode).toBe(0);
    expect(lines).toHaveLength(2e5);
    const wrong = lines.findIndex((line, index) => line !== `${index} ${'y'.repeat((index + 1) % 7)}`);
    expect(wrong).toBe(-1);
  });

  it('piped: rethrows the consumer side callback error once both programs have ended', async () => {
    let seen = 0;
    const reading = runPipedStreamingLines(endless, ['cat'], () => {
      seen += 1;
      if (seen === 3) throw new Error('the sink refused line 3');
    });
    await expect(reading).rejects.toThrow('the sink refused line 3');
    expect(seen).toBe(3);
  });
});

describe('listProcessGroup', () => {
  it('finds the members of a running group, leader first', async () => {
    const tee = countingSink();
    const running = runCommand(['sh', '-c', 'sleep 30 & echo "child $!"; echo "leader $$"; sleep 30'], { tee: tee.sink, timeoutMs: 2000 });
    for (let i = 0; i < 100 && !/leader \d+/.test(tee.text()); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    const leader = Number(/leader (\d+)/.exec(tee.text())?.[1]);
    const child = Number(/child (\d+)/.exec(tee.text())?.[1]);
    const members = listProcessGroup(leader);
    expect(members[0]).toBe(leader);
    expect(members).toContain(child);
    expect(members).not.toContain(process.pid);
    await running;
  });
});
