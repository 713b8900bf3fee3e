/**
 * Which samples a fold keeps by event: only the first event type seen, like
 * stackcollapse-perf.pl (a capture of `cpu-clock` and `page-faults` would otherwise add up
 * incomparable weights). Samples that name no event are kept.
 */
import { detachString } from './fold-detach-string.js';

export class FirstEventFilter {
  /** The event kept (the first one seen, or the one given); undefined while no sample named one. */
  kept: string | undefined;
  /** Other event names seen, in order of first appearance. */
  readonly ignored: string[] = [];

  /** `kept`: the event to keep when it is known already (the first event of a whole capture whose part this fold reads). */
  constructor(kept?: string) {
    this.kept = kept;
  }

  /** True when a sample of `event` is folded. */
  accepts(event: string | undefined): boolean {
    if (event === undefined) return true;
    if (this.kept === undefined) {
      this.kept = detachString(event);
      return true;
    }
    if (event === this.kept) return true;
    if (!this.ignored.includes(event)) this.ignored.push(detachString(event));
    return false;
  }
}
