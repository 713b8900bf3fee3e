/**
 * Typed reading of one setting from the options table: the raw text (an action input or a CLI
 * flag) or the table's default, validated by the option's kind and range. Every invalid value is
 * reported as "Invalid value 'x' for input 'frequency'. Expected an integer 1–20000." (or
 * "option '--frequency'" on the command line), so the user knows what to change.
 */
import { isAbsolute, resolve } from 'node:path';
import { findOption, type OptionDef, type OptionName } from './options.js';

/** Where raw values come from: Action inputs or CLI options, named as the user knows them. */
export interface InputSource {
  /** The raw value, or '' when not given. */
  get(name: OptionName): string;
  /** How to name the setting in an error: "input 'frequency'" or "option '--frequency'". */
  describe(name: OptionName): string;
  /** Directory relative paths are resolved against (the workspace, or the current directory). */
  baseDirectory: string;
  /** CLI only: the words after `--` — the script's arguments, or the command itself. */
  trailing?: string[];
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

export interface InputReader {
  /** The raw text given, trimmed; '' when not given (no default applied). */
  given(name: OptionName): string;
  text(name: OptionName): string;
  path(name: OptionName): string;
  integer(name: OptionName): number;
  number(name: OptionName): number;
  /** A 'percent' option ('10%' or '10' → 0.10) or a 'points' option ('0.5' → 0.005). */
  fraction(name: OptionName): number;
  boolean(name: OptionName): boolean;
  choice<T extends string>(name: OptionName): T;
  event(name: OptionName): string;
  invalid(name: OptionName, value: string, expected: string): SettingsError;
}

export function createInputReader(source: InputSource): InputReader {
  const invalid = (name: OptionName, value: string, expected: string) =>
    new SettingsError(`Invalid value '${value}' for ${source.describe(name)}. Expected ${expected}.`);
  const given = (name: OptionName) => source.get(name).trim();
  const raw = (name: OptionName) => given(name) || findOption(name).default;
  const range = (def: OptionDef) => `${def.min}–${def.max}`;
  return {
    given,
    invalid,
    text: raw,
    path(name) {
      const value = raw(name);
      return isAbsolute(value) ? value : resolve(source.baseDirectory, value);
    },
    integer(name) {
      const def = findOption(name);
      const value = raw(name);
      const parsed = Number(value);
      if (!/^\d+$/.test(value) || parsed < (def.min ?? 0) || parsed > (def.max ?? Number.MAX_SAFE_INTEGER)) {
        throw invalid(name, value, `an integer ${range(def)}`);
      }
      return parsed;
    },
    number(name) {
      const def = findOption(name);
      const value = raw(name);
      const parsed = Number(value);
      if (!/^[0-9.eE+-]+$/.test(value) || !Number.isFinite(parsed) || parsed < (def.min ?? -Infinity) || parsed > (def.max ?? Infinity)) {
        throw invalid(name, value, `a number ${range(def)}`);
      }
      return parsed;
    },
    fraction(name) {
      const def = findOption(name);
      const value = raw(name);
      if (def.kind === 'points') {
        const parsed = Number(value);
        if (!/^[0-9.]+$/.test(value) || !Number.isFinite(parsed) || parsed < (def.min ?? 0) || parsed > (def.max ?? 100)) {
          throw invalid(name, value, `percentage points ${range(def)}, e.g. 0.5`);
        }
        return parsed / 100;
      }
      const parsed = Number(value.replace(/%$/, ''));
      if (!/^[0-9.]+%?$/.test(value) || !Number.isFinite(parsed) || parsed < (def.min ?? 0) || parsed > (def.max ?? 100)) {
        throw invalid(name, value, `a percentage ${range(def)}, e.g. '10%' or '10'`);
      }
      return parsed / 100;
    },
    boolean(name) {
      const value = raw(name).toLowerCase();
      if (['true', 'yes', '1', 'on'].includes(value)) return true;
      if (['false', 'no', '0', 'off'].includes(value)) return false;
      throw invalid(name, raw(name), "'true' or 'false'");
    },
    choice<T extends string>(name: OptionName): T {
      const allowed = findOption(name).choices ?? [];
      const value = raw(name);
      if (!allowed.includes(value)) throw invalid(name, value, `one of ${allowed.map((choice) => `'${choice}'`).join(', ')}`);
      return value as T;
    },
    event(name) {
      const value = raw(name);
      if (!/^[A-Za-z0-9_.:/=-]+$/.test(value)) throw invalid(name, value, "a perf event name such as 'cpu-clock' or 'cycles'");
      return value;
    },
  };
}
