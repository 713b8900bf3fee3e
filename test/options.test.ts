/** action.yml, the README and the CLI all come from the one options table, and agree with it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listActionInputs, listCommandOptions, optionTable, type OptionDef } from '../src/options.js';
import { projectRoot } from './helpers/tools.js';

const action = parse(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string; required?: boolean; default?: string }> };
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

describe('the options table', () => {
  it('action.yml declares exactly the table’s inputs, in its order, with its defaults and descriptions', () => {
    const inputs = listActionInputs();
    expect(Object.keys(action.inputs)).toEqual(inputs.map(([, def]) => def.input));
    for (const [, def] of inputs) {
      const declared = action.inputs[def.input];
      expect({ input: def.input, description: declared?.description, default: String(declared?.default ?? ''), required: declared?.required }).toEqual({
        input: def.input,
        description: def.description,
        default: def.actionDefault ?? def.default,
        required: false,
      });
    }
  });
  it('the README’s inputs table shows the same defaults where it quotes one', () => {
    for (const [, def] of listActionInputs()) {
      const row = new RegExp(`^\\| \`${def.input}\` \\|([^|]*)\\|`, "m").exec(readme);
      expect(row, def.input).not.toBeNull();
      const quoted = /^`([^`]*)`$/.exec((row?.[1] ?? '').trim());
      if (quoted) expect({ input: def.input, default: quoted[1] }).toEqual({ input: def.input, default: def.actionDefault ?? def.default });
    }
  });
  it('every kind has what its reader needs: ranges for numbers, choices that include the default', () => {
    for (const [name, def] of Object.entries(optionTable) as [string, OptionDef][]) {
      if (def.kind === 'integer' || def.kind === 'number' || def.kind === 'percent' || def.kind === 'points') {
        expect({ name, min: typeof def.min, max: typeof def.max }).toEqual({ name, min: 'number', max: 'number' });
      }
      if (def.kind === 'choice') expect(def.choices, name).toContain(def.default);
      if (def.kind === 'boolean') expect(['true', 'false'], name).toContain(def.default);
      expect(def.input ?? def.flag, name).toBeDefined();
    }
  });
  it('no command takes two options with the same flag', () => {
    for (const command of ['check', 'profile', 'demo', 'compare', 'fold', 'flamegraph'] as const) {
      const flags = listCommandOptions(command).flatMap(([, def]) => [def.flag, def.alias].filter(Boolean));
      expect(new Set(flags).size, command).toBe(flags.length);
    }
  });
});
