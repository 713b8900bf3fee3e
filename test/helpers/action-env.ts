/** Runs the bundled Action (dist/index.js) the way the runner does: inputs and files via env. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionPath } from './tools.js';

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Asynchronous on purpose: the fakes of GitHub's services run in the test's own process, so the
 * test must keep its event loop free while the Action talks to them.
 */
export async function runAction(options: { workspace: string; inputs: Record<string, string>; env?: Record<string, string> }): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'ppg-runner-'));
  const outputPath = join(files, 'output.txt');
  const summaryPath = join(files, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('INPUT_') && !key.startsWith('GITHUB_') && !key.startsWith('ACTIONS_')) env[key] = value;
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: files,
    ...options.env,
  });
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [actionPath], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
    child.once('error', reject);
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
  };
}

/** Reads `name<<DELIM\nvalue\nDELIM` entries written by @actions/core. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index] as string);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    index += 1;
    while (index < lines.length && lines[index] !== delimiter) value.push(lines[index++] as string);
    outputs[name as string] = value.join('\n');
  }
  return outputs;
}
