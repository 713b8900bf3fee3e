/** Where progress and notices go: the Action's log or the terminal's stderr. */
export interface Reporter {
  info(line: string): void;
  notice(line: string): void;
  warning(line: string): void;
  /** Detail for debugging (perf command lines): the Action's debug log; the terminal with PPG_DEBUG=1. */
  debug(line: string): void;
  /** Runs one stage inside a collapsible group of the log (`::group::` in the Action). */
  group<T>(name: string, body: () => Promise<T>): Promise<T>;
}
