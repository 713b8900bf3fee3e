/**
 * Whole callchain lines (as pushed, `\r` included) already seen, with the frame id each stands
 * for: the folder's fast path, one lookup per line instead of parsing it. perf prints the same
 * caller after the same callee line most of the time, so each line also remembers the line that
 * followed it last time; comparing two strings is much cheaper than hashing one.
 *
 * Only lines of frames that are not `(inlined)` are cached: an inlined frame takes the DSO of the
 * frame after it, so its line alone does not name it.
 */
import { detachString } from './fold-detach-string.js';

/** At most this many distinct lines are cached (bounds memory on odd inputs). */
const MAX_CACHED_LINES = 1 << 17;

export class LineCache {
  private readonly byText = new Map<string, number>();
  /** Line id → its text, its frame id, and the line that followed it last time (text and id). */
  private readonly texts: string[] = [];
  private readonly frameIds: number[] = [];
  private readonly nextText: (string | undefined)[] = [];
  private readonly nextId: number[] = [];
  /** Line id of the previous line of the current run of cached lines, or -1. */
  private previous = -1;

  /**
   * The frame id of `line` when it was seen before, else -1. A hit continues the run of cached
   * lines (and links it to the line before); call `breakRun` when a line goes anywhere else.
   */
  frameOf(line: string): number {
    const previous = this.previous;
    let lineId = -1;
    if (previous >= 0 && line === this.nextText[previous]) {
      lineId = this.nextId[previous] as number;
    } else {
      const found = this.byText.get(line);
      if (found === undefined) return -1;
      lineId = found;
      if (previous >= 0) {
        this.nextText[previous] = this.texts[found];
        this.nextId[previous] = found;
      }
    }
    this.previous = lineId;
    return this.frameIds[lineId] as number;
  }

  /** The next line does not follow the previous cached one. */
  breakRun(): void {
    this.previous = -1;
  }

  /** Caches `line` as the line of frame `frameId`; it starts a new run. False when the cache is full (nothing cached). */
  add(line: string, frameId: number): boolean {
    if (this.texts.length >= MAX_CACHED_LINES) return false;
    const text = detachString(line);
    const lineId = this.texts.length;
    this.texts.push(text);
    this.frameIds.push(frameId);
    this.nextText.push(undefined);
    this.nextId.push(-1);
    this.byText.set(text, lineId);
    this.previous = lineId;
    return true;
  }
}
