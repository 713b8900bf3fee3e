import { describe, expect, it } from 'vitest';
import { formatHelp, parseArgs } from '../src/cli-args.js';

describe('parseArgs (from the options table)', () => {
  it('reads values, switches, aliases, positionals and the words after --', () => {
    const parsed = parseArgs('profile', ['--frequency', '99', '--keep-perf-data', '--output-dir=x', 'file', '--', '--not-an-option']);
    expect([...parsed.values]).toEqual([
      ['frequency', '99'],
      ['keep-perf-data', 'true'],
      ['output-dir', 'x'],
    ]);
    expect(parsed.positionals).toEqual(['file']);
    expect(parsed.rest).toEqual(['--not-an-option']);
  });
  it('a switch takes =true or =false and nothing else', () => {
    expect(parseArgs('check', ['--json=false']).values.get('json')).toBe('false');
    expect(() => parseArgs('check', ['--json=maybe'])).toThrow("Invalid value 'maybe' for option '--json'. Expected no value, or '=true' / '=false'.");
  });
  it('unknown options are errors that list the ones the command takes', () => {
    expect(() => parseArgs('check', ['--freq', '9'])).toThrow(
      /^Unknown option '--freq' for 'python-perf-gate check'. Expected one of: --python, --mode, --event, --install-perf, --allow-sudo, --json\. Run 'python-perf-gate check --help'\.$/,
    );
  });
  it('an option missing its value is an error, also when the next word is another option', () => {
    expect(() => parseArgs('profile', ['--frequency'])).toThrow("Option '--frequency' needs a value. Run 'python-perf-gate profile --help'.");
    expect(() => parseArgs('flamegraph', ['--title', '--width', '800', 'file.folded'])).toThrow(/^Option '--title' needs a value, but the next word is the option '--width'/);
    // A value that starts with '--' is still possible with '='.
    expect(parseArgs('flamegraph', ['--title=--width']).values.get('title')).toBe('--width');
  });
  it('help lists every option of the command with its default', () => {
    const help = formatHelp({ usage: 'python-perf-gate profile …', description: 'Profiles.', command: 'profile' });
    expect(help).toMatch(/--frequency VALUE +Sampling frequency in Hz \(1–20000\)\. \(default 999\)/);
    expect(help).toMatch(/--out, --output-dir VALUE/);
    expect(help).toMatch(/--mode auto\|fp\|perf-jit\|dwarf/);
    expect(help).not.toMatch(/--json/);
  });
});
