/**
 * Command-line parsing for `python-perf-gate <command>`, from the options table: `--name value`,
 * `--name=value`, switches (`--json`, `--json=false`), and everything after `--` kept verbatim.
 * Unknown options and options missing their value are errors that say what the command takes.
 */
import { UserError } from './errors.js';
import { listCommandOptions, type CommandName, type OptionDef, type OptionName } from './options.js';

export interface ParsedArgs {
  /** Raw values by option name (the table's key), as the user typed them. */
  values: Map<OptionName, string>;
  positionals: string[];
  /** Words after `--`. */
  rest: string[];
  help: boolean;
}

export function parseArgs(command: CommandName, argv: string[]): ParsedArgs {
  const options = listCommandOptions(command);
  const byFlag = new Map<string, [OptionName, OptionDef]>();
  for (const entry of options) {
    const def = entry[1];
    if (def.flag) byFlag.set(def.flag, entry);
    if (def.alias) byFlag.set(def.alias, entry);
  }
  const parsed: ParsedArgs = { values: new Map(), positionals: [], rest: [], help: false };
  const helpHint = `Run 'python-perf-gate ${command} --help'.`;
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
    if (!word.startsWith('--')) {
      parsed.positionals.push(word);
      continue;
    }
    const equals = word.indexOf('=');
    const flag = word.slice(2, equals === -1 ? undefined : equals);
    const entry = byFlag.get(flag);
    if (!entry) {
      const accepted = options.map(([, def]) => `--${def.flag}`).join(', ');
      throw new UserError(`Unknown option '--${flag}' for 'python-perf-gate ${command}'. Expected one of: ${accepted}. ${helpHint}`);
    }
    const [name, def] = entry;
    if (def.switch) {
      const value = equals === -1 ? 'true' : word.slice(equals + 1);
      if (value !== 'true' && value !== 'false') {
        throw new UserError(`Invalid value '${value}' for option '--${flag}'. Expected no value, or '=true' / '=false'.`);
      }
      parsed.values.set(name, value);
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) value = word.slice(equals + 1);
    else {
      value = argv[index + 1];
      index += 1;
      // `--title --width 800`: the next word is another option, so --title was given no value.
      if (value !== undefined && value.startsWith('--') && value.length > 2) {
        throw new UserError(
          `Option '--${flag}' needs a value, but the next word is the option '${value}'. Give the value after '--${flag}' (or write --${flag}=VALUE for a value that starts with '--'). ${helpHint}`,
        );
      }
    }
    if (value === undefined) throw new UserError(`Option '--${flag}' needs a value. ${helpHint}`);
    parsed.values.set(name, value);
  }
  return parsed;
}

export function formatHelp(options: { usage: string; description: string; command: CommandName }): string {
  const specs = listCommandOptions(options.command);
  const labels = specs.map(([, def]) => formatOptionLabel(def));
  const width = Math.max('--help'.length, ...labels.map((label) => label.length));
  const lines = [`Usage: ${options.usage}`, '', options.description, ''];
  if (specs.length > 0) {
    lines.push('Options:');
    specs.forEach(([, def], index) => {
      const shown = def.default && !def.switch ? ` (default ${def.default})` : '';
      lines.push(`  ${(labels[index] as string).padEnd(width)}  ${def.description}${shown}`);
    });
    lines.push(`  ${'--help'.padEnd(width)}  Show this help.`);
  }
  return `${lines.join('\n')}\n`;
}

function formatOptionLabel(def: OptionDef): string {
  const name = def.alias ? `--${def.flag}, --${def.alias}` : `--${def.flag}`;
  if (def.switch) return name;
  return def.kind === 'choice' && def.choices ? `${name} ${def.choices.join('|')}` : `${name} VALUE`;
}
