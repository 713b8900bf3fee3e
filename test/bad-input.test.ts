/**
 * Every setting × invalid values, from the options table, through both readers: each error names
 * the setting as the user gave it (input 'x' in the Action, option '--x' on the command line), the
 * value, and what was expected.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputSource } from '../src/input-reader.js';
import { findOption, optionTable, type OptionDef, type OptionName } from '../src/options.js';
import { readFlameGraphSettings, readFoldSettings, readSettings } from '../src/settings.js';

const base = mkdtempSync(join(tmpdir(), 'ppg-bad-input-'));
writeFileSync(join(base, 'bench.py'), 'print(1)\n');
writeFileSync(join(base, 'a-file'), 'not a directory\n');

/** Values no option of that kind accepts. */
function invalidValuesFor(def: OptionDef): string[] {
  switch (def.kind) {
    case 'integer':
      return ['fast', '1.5', '-1', String((def.max ?? 0) + 1), ...(def.min !== undefined && def.min > 0 ? [String(def.min - 1)] : []), '1e3'];
    case 'number':
      return ['fast', String((def.max ?? 0) * 10 + 1), '-5', 'NaN', 'Infinity'];
    case 'percent':
      return ['ten', '-5%', `${(def.max ?? 100) + 1}%`, '10%%', '5 %'];
    case 'points':
      return ['half', '-1', String((def.max ?? 100) + 1), '0.5%'];
    case 'boolean':
      return ['maybe', 'truee', '2'];
    case 'choice':
      return ['turbo', (def.choices?.[0] ?? 'x').toUpperCase(), `${def.choices?.[0] ?? 'x'} `.repeat(2).trim()];
    case 'event':
      return ['cpu clock', 'cycles;rm', '$(id)'];
    default:
      return [];
  }
}

interface Reader {
  name: string;
  source(values: Partial<Record<OptionName, string>>): InputSource;
  describe(def: OptionDef, name: OptionName): string | undefined;
}

const readers: Reader[] = [
  {
    name: 'Action',
    source: (values) => ({ get: (name) => values[name] ?? '', describe: (name) => `input '${findOption(name).input ?? name}'`, baseDirectory: base }),
    describe: (def) => (def.input ? `input '${def.input}'` : undefined),
  },
  {
    name: 'CLI',
    source: (values) => ({ get: (name) => values[name] ?? '', describe: (name) => `option '--${findOption(name).flag ?? name}'`, baseDirectory: base }),
    describe: (def) => (def.flag ? `option '--${def.flag}'` : undefined),
  },
];

/** Reads the settings that `name` belongs to (profile settings, or a CLI command's own). */
function readFor(name: OptionName, source: InputSource): void {
  const def = findOption(name);
  if (def.commands?.includes('flamegraph') && !def.input) readFlameGraphSettings(source);
  else if (def.commands?.includes('fold') && !def.input) readFoldSettings(source);
  else readSettings(source);
}

const cases = (Object.entries(optionTable) as [OptionName, OptionDef][]).flatMap(([name, def]) =>
  readers.flatMap((reader) => {
    const describe = reader.describe(def, name);
    if (!describe) return [];
    // Switches of the command line only (--json, --pid, …) are refused by parseArgs itself before any
    // reader sees them (test/cli-args.test.ts).
    if (def.switch && !def.input && reader.name === 'CLI') return [];
    return invalidValuesFor(def).map((value) => ({ reader, name, def, describe, value }));
  }),
);

describe('every invalid value of every setting is answered', () => {
  it('covers every validated option through both readers', () => {
    const validated = (Object.values(optionTable) as OptionDef[]).filter((def) => invalidValuesFor(def).length > 0);
    expect(validated.length).toBeGreaterThan(25);
    expect(cases.length).toBeGreaterThan(150);
  });

  it.each(cases.map((entry) => [`${entry.reader.name} ${entry.describe} = ${JSON.stringify(entry.value)}`, entry] as const))('%s', (_label, entry) => {
    const values: Partial<Record<OptionName, string>> = { script: 'bench.py', [entry.name]: entry.value };
    let message = '';
    try {
      readFor(entry.name, entry.reader.source(values));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message, `no error for ${entry.describe} = ${JSON.stringify(entry.value)}`).not.toBe('');
    expect(message).toContain(`Invalid value '${entry.value.trim()}' for ${entry.describe}. Expected `);
  });

  it('paths: a working directory that is a file, or missing, names the setting and the value', () => {
    for (const reader of readers) {
      for (const value of ['a-file', 'no-such-dir']) {
        expect(() => readSettings(reader.source({ script: 'bench.py', 'working-directory': value }))).toThrow(
          `Invalid value '${value}' for ${reader.describe(findOption('working-directory'), 'working-directory')}. Expected an existing directory`,
        );
      }
    }
  });
});
