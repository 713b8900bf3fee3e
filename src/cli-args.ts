/**
 * Command-line parsing for `python-perf-gate <command>`: `--name value`, `--name=value`, boolean
 * flags, and everything after `--` kept verbatim. Unknown options are errors that say which
 * options the command takes.
 */
import { UserError } from './errors.js';

export interface OptionSpec {
  name: string;
  /** Takes a value (`--frequency 999`) or is a flag (`--json`). */
  kind: 'value' | 'flag';
  /** May be given more than once (`--diff BASE CURRENT` uses two positionals instead). */
  help: string;
  alias?: string;
}

export interface ParsedArgs {
  options: Map<string, string>;
  positionals: string[];
  /** Words after `--`. */
  rest: string[];
  help: boolean;
}

export function parseArgs(command: string, argv: string[], specs: OptionSpec[]): ParsedArgs {
  const byName = new Map<string, OptionSpec>();
  for (const spec of specs) {
    byName.set(spec.name, spec);
    if (spec.alias) byName.set(spec.alias, spec);
  }
  const parsed: ParsedArgs = { options: new Map(), positionals: [], rest: [], help: false };
  for (let index = 0; index < argv.length; index += 1) {
    const word = argv[index] as string;
    if (word === '--') {
      parsed.rest = argv.slice(index + 1);
      break;
    }
    if (word === '--help' || word === '-h') {
      parsed.help = true;
      continue;
    }
    if (!word.startsWith('--') || word === '-') {
      parsed.positionals.push(word);
      continue;
    }
    const equals = word.indexOf('=');
    const name = word.slice(2, equals === -1 ? undefined : equals);
    const spec = byName.get(name);
    if (!spec) {
      throw new UserError(
        `Unknown option '--${name}' for 'python-perf-gate ${command}'. Expected one of: ${specs.map((s) => `--${s.name}`).join(', ')}. Run 'python-perf-gate ${command} --help'.`,
      );
    }
    if (spec.kind === 'flag') {
      if (equals !== -1) {
        const value = word.slice(equals + 1);
        if (!['true', 'false'].includes(value)) throw new UserError(`Invalid value '${value}' for option '--${name}'. Expected no value, or 'true' / 'false'.`);
        parsed.options.set(spec.name, value);
      } else {
        parsed.options.set(spec.name, 'true');
      }
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) value = word.slice(equals + 1);
    else {
      value = argv[index + 1];
      index += 1;
    }
    if (value === undefined) throw new UserError(`Option '--${name}' needs a value. Run 'python-perf-gate ${command} --help'.`);
    parsed.options.set(spec.name, value);
  }
  return parsed;
}

export function formatHelp(usage: string, description: string, specs: OptionSpec[]): string {
  const width = Math.max(0, ...specs.map((spec) => optionLabel(spec).length));
  const lines = [`Usage: ${usage}`, '', description, ''];
  if (specs.length > 0) {
    lines.push('Options:');
    for (const spec of specs) lines.push(`  ${optionLabel(spec).padEnd(width)}  ${spec.help}`);
    lines.push(`  ${'--help'.padEnd(width)}  Show this help.`);
  }
  return `${lines.join('\n')}\n`;
}

function optionLabel(spec: OptionSpec): string {
  const name = spec.alias ? `--${spec.name}, --${spec.alias}` : `--${spec.name}`;
  return spec.kind === 'value' ? `${name} VALUE` : name;
}
