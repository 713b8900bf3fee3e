/** Where progress and notices go: the Action's log or the terminal's stderr. */
export interface Reporter {
  info(line: string): void;
  notice(line: string): void;
  warning(line: string): void;
}
