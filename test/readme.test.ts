/** The README documents every input and output that action.yml declares, and its two commands exist. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/tools.js';

const actionYml = readFileSync(join(projectRoot, 'action.yml'), 'utf8');
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

function listKeys(section: 'inputs' | 'outputs'): string[] {
  const block = new RegExp(`^${section}:\\n([\\s\\S]*?)(?=^\\S)`, 'm').exec(actionYml)?.[1] ?? '';
  return [...block.matchAll(/^ {2}([a-z0-9-]+):$/gm)].map((match) => match[1] as string);
}

describe('README and action.yml agree', () => {
  it('every input has a row in the README', () => {
    const inputs = listKeys('inputs');
    expect(inputs.length).toBeGreaterThan(20);
    for (const input of inputs) expect(readme, input).toContain(`| \`${input}\` |`);
  });
  it('every output has a row in the README', () => {
    const outputs = listKeys('outputs');
    expect(outputs.length).toBeGreaterThan(5);
    for (const output of outputs) expect(readme, output).toContain(`| \`${output}\` |`);
  });
  it('the quick start is exactly the demo and the test command', () => {
    const quickStart = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(quickStart.split('\n').filter(Boolean).map((line) => line.split('#')[0]?.trim())).toEqual(['node dist/cli.js demo', 'npm cit']);
  });
  it('action.yml runs the committed bundle on node24', () => {
    expect(actionYml).toMatch(/runs:\n {2}using: node24\n {2}main: dist\/index\.js/);
  });
});
