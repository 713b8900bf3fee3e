/**
 * The distinct frames of a fold, numbered 0, 1, 2, … in order of first appearance, with what the
 * folder needs of each (`FrameInfo`). Samples are sequences of these ids, so a frame is parsed,
 * classified and named once, however often perf prints it.
 *
 * Three caches, all keyed by text perf repeats: the frame text after the address
 * (`SYMBOL[+0xOFF] (DSO)`, the same for every address inside one function), the DSO (classified
 * once), and per DSO the symbol without offset (named once). Resolved `(inlined)` frames are
 * numbered by DSO + symbol.
 */
import { classifyFrameOrigin, FrameOrigin, isInterpreterDso, isKernelDso, isStackRootSymbol } from './fold-frame-classification.js';
import { detachString } from './fold-detach-string.js';
import { buildFrameName } from './fold-frame-names.js';
import { INLINED_DSO, parsePerfFrameLine, type PerfFrame } from './perf-script.js';
import type { PathNormalisationOptions } from './python-frame-names.js';

/** What the folder needs of one distinct frame (a symbol in a DSO). */
export interface FrameInfo {
  /** Folded name (`py::…`, `…_[k]`, `[libfoo.so]`, …); empty for an unresolved `(inlined)` frame. */
  name: string;
  origin: FrameOrigin;
  /** Symbol is `[unknown]` (counted in `unknownFrames`). */
  unknown: boolean;
  /** Symbol is a process/thread root. */
  root: boolean;
  /** DSO as printed; `inlined` for an `(inlined)` frame, which is resolved per sample. */
  dso: string;
  /** Symbol as printed, kept only for `(inlined)` frames (needed to resolve them). */
  inlinedSymbol: string | undefined;
}

interface DsoInfo {
  interpreter: boolean;
  kernel: boolean;
  /** symbol → folded name, for this DSO. */
  names: Map<string, string>;
}

/** At most this many distinct frame texts are cached (bounds memory on odd inputs). */
const MAX_CACHED_TAILS = 1 << 18;

export class FrameTable {
  /** Frame id → its description. */
  readonly frames: FrameInfo[] = [];
  private readonly byTail = new Map<string, number>();
  private readonly bySymbol = new Map<string, number>();
  private readonly dsos = new Map<string, DsoInfo>();

  constructor(private readonly paths: PathNormalisationOptions) {}

  /** The id of the frame of callchain line `line` whose frame text starts at `tailStart` (see `findFrameTail`). */
  idOfFrameLine(line: string, tailStart: number): number {
    const tail = line.slice(tailStart);
    const id = this.byTail.get(tail);
    return id === undefined ? this.addFrameLine(line, tail) : id;
  }

  /** The id of frame `symbol` in `dso` (for `(inlined)` frames once their DSO is known). */
  idOfSymbol(symbol: string, dso: string): number {
    const key = `${dso}\n${symbol}`;
    let id = this.bySymbol.get(key);
    if (id === undefined) {
      id = this.frames.length;
      this.frames.push(this.describeFrame(symbol, dso));
      this.bySymbol.set(key, id);
    }
    return id;
  }

  private addFrameLine(line: string, tail: string): number {
    const frame = parsePerfFrameLine(line) as PerfFrame;
    const id = this.frames.length;
    this.frames.push(this.describeFrame(frame.symbol, frame.dso));
    if (this.byTail.size < MAX_CACHED_TAILS) this.byTail.set(detachString(tail), id);
    return id;
  }

  private describeFrame(symbol: string, dso: string): FrameInfo {
    const unknown = symbol === '[unknown]';
    const root = isStackRootSymbol(symbol);
    if (dso === INLINED_DSO) {
      return { name: '', origin: FrameOrigin.Native, unknown, root, dso: INLINED_DSO, inlinedSymbol: detachString(symbol) };
    }
    const info = this.describeDso(dso);
    const origin = classifyFrameOrigin({ symbol, inInterpreterDso: info.interpreter });
    return { name: this.nameFrame(symbol, dso, info), origin, unknown, root, dso: detachString(dso), inlinedSymbol: undefined };
  }

  private describeDso(dso: string): DsoInfo {
    let info = this.dsos.get(dso);
    if (info === undefined) {
      info = { interpreter: isInterpreterDso(dso), kernel: isKernelDso(dso), names: new Map() };
      this.dsos.set(detachString(dso), info);
    }
    return info;
  }

  private nameFrame(symbol: string, dso: string, info: DsoInfo): string {
    let name = info.names.get(symbol);
    if (name === undefined) {
      name = detachString(buildFrameName({ symbol, dso, inKernel: info.kernel, paths: this.paths }));
      info.names.set(detachString(symbol), name);
    }
    return name;
  }
}
