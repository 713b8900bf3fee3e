/**
 * The stack of the sample being read, as frame ids (leaf first, as perf prints) with a running
 * hash of them, so that `StackTable` can count it without building any string.
 *
 * `(inlined)` frames are printed before the real frame they were inlined into and take its DSO
 * when it is at the same address (as perf-script.ts resolves them), so they wait in `pending`
 * until the next real frame or the end of the sample.
 */
import type { FrameInfo, FrameTable } from './fold-frame-table.js';
import { FrameIdBuilder } from './fold-stack-table.js';

export class SampleStack extends FrameIdBuilder {
  /** `(inlined)` frames waiting for the next real frame: [address, frame id, …]. */
  private readonly pending: (string | number)[] = [];

  constructor(private readonly frameTable: FrameTable) {
    super();
  }

  /** Empties the stack for a new sample. */
  override clear(): void {
    super.clear();
    this.pending.length = 0;
  }

  /** True while `(inlined)` frames wait for the frame that gives them their DSO. */
  hasPendingInlined(): boolean {
    return this.pending.length > 0;
  }

  /** Holds back the `(inlined)` frame `id` printed at `address` until the next real frame. */
  deferInlined(address: string, id: number): void {
    this.pending.push(address, id);
  }

  /**
   * Pushes the waiting `(inlined)` frames, each resolved to the DSO of the frame after it when at
   * the same address, else `[unknown]`. `outer` is the real frame that follows them; undefined
   * at the end of the sample.
   */
  pushPendingInlined(outer: { address: string; dso: string } | undefined): void {
    const pending = this.pending;
    const frames = this.frameTable.frames;
    const resolved: number[] = [];
    let address = outer?.address;
    let dso = outer?.dso ?? '';
    for (let index = pending.length - 2; index >= 0; index -= 2) {
      const frameAddress = pending[index] as string;
      const info = frames[pending[index + 1] as number] as FrameInfo;
      dso = address !== undefined && address === frameAddress ? dso : '[unknown]';
      address = frameAddress;
      resolved.push(this.frameTable.idOfSymbol(info.inlinedSymbol as string, dso));
    }
    pending.length = 0;
    for (let index = resolved.length - 1; index >= 0; index -= 1) this.push(resolved[index] as number);
  }
}
