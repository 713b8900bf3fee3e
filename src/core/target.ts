import { relative } from 'node:path';

/** What a run executes: a script with the checked interpreter, a shell command, or an argv as given. */
export type Target =
  | { kind: 'script'; script: string; args: string[] }
  | { kind: 'run'; command: string }
  | { kind: 'argv'; argv: string[] };

/** The target as a user would type it, with the script relative to the working directory. */
export function describeTarget(target: Target, options: { workingDirectory: string }): string {
  switch (target.kind) {
    case 'script':
      return [relative(options.workingDirectory, target.script) || target.script, ...target.args].join(' ');
    case 'run':
      return target.command;
    case 'argv':
      return target.argv.join(' ');
  }
}
