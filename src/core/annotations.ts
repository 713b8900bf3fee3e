/**
 * Source locations for Python frames, so a regressed hotspot can be annotated on the line that
 * defines it. Pure: the caller reads the file.
 *
 * CPython's perf map names frames `py::<qualname>:<filename>`, where the qualname is the code
 * object's `co_qualname`: `func`, `Class.method`, `outer.<locals>.inner`, `<module>`,
 * `outer.<locals>.<lambda>`, `outer.<locals>.<genexpr>`.
 */

/** A frame name split into the code object's qualname and its source file. */
export interface PythonFrame {
  qualname: string;
  file: string;
}

const FRAME_PREFIX = 'py::';

/**
 * Splits `py::<qualname>:<file>`. Qualnames never contain `:`, so the first `:` after the prefix
 * ends it. Returns undefined for other frames and for files that are not in the repository:
 * pseudo-files (`<frozen abc>`, `<string>`) and the placeholders `python-frame-names.ts` writes
 * for paths outside the working directory (`<stdlib>/…`, `<site-packages>/…`, `~/…`).
 */
export function parsePythonFrame(name: string): PythonFrame | undefined {
  if (!name.startsWith(FRAME_PREFIX)) return undefined;
  const rest = name.slice(FRAME_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon <= 0) return undefined;
  const qualname = rest.slice(0, colon);
  const file = rest.slice(colon + 1);
  if (file === '' || file.startsWith('<') || file === '~' || file.startsWith('~/')) return undefined;
  return { qualname, file };
}

/** A `def`, `async def` or `class` statement found in the source. */
export interface PythonDefinition {
  /** `co_qualname` of the code object the statement creates. */
  qualname: string;
  kind: 'def' | 'class';
  /** 1-based line of the `def`/`class` keyword (decorators are above it). */
  line: number;
}

/**
 * The 1-based line defining `qualname` in `source`: the `def`/`async def` line of a function (not
 * its decorators), the `class` line for class-body code, 1 for `<module>`. Anonymous code objects
 * (`<lambda>`, `<genexpr>`, `<listcomp>`, …) map to the enclosing function's line (1 at module
 * level). When several statements bind the same qualname (conditional definitions, property
 * setters), the first one wins. Undefined when nothing matches.
 */
export function findDefinitionLine(source: string, qualname: string): number | undefined {
  const target = stripAnonymousTail(qualname);
  if (target === '' || target === '<module>') return 1;
  return listPythonDefinitions(source).find((definition) => definition.qualname === target)?.line;
}

/** Drops trailing anonymous segments: `f.<locals>.<lambda>` → `f`, `<genexpr>` → ``. */
function stripAnonymousTail(qualname: string): string {
  const parts = qualname.split('.');
  while (parts.length > 0) {
    const last = parts[parts.length - 1] ?? '';
    if (last === '<locals>' || (last.startsWith('<') && last.endsWith('>') && last !== '<module>')) parts.pop();
    else break;
  }
  return parts.join('.');
}

const DEFINITION = /^(?:async[ \t]+)?(def|class)[ \t]+([\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*)/u;

interface Scope {
  indent: number;
  qualname: string;
  kind: 'def' | 'class';
}

/** Every `def`/`class` statement with the qualname CPython gives its code object, in source order. */
export function listPythonDefinitions(source: string): PythonDefinition[] {
  const definitions: PythonDefinition[] = [];
  const scopes: Scope[] = [];
  for (const logical of listLogicalLines(source)) {
    while (scopes.length > 0 && (scopes[scopes.length - 1]?.indent ?? -1) >= logical.indent) scopes.pop();
    const match = DEFINITION.exec(logical.text);
    if (!match) continue;
    const kind = match[1] === 'class' ? 'class' : 'def';
    const name = match[2] ?? '';
    const parent = scopes[scopes.length - 1];
    const qualname = !parent ? name : parent.kind === 'def' ? `${parent.qualname}.<locals>.${name}` : `${parent.qualname}.${name}`;
    definitions.push({ qualname, kind, line: logical.line });
    scopes.push({ indent: logical.indent, qualname, kind });
  }
  return definitions;
}

interface LogicalLine {
  /** 1-based line where the logical line starts. */
  line: number;
  /** Indentation width (tabs advance to the next multiple of 8, as in CPython's tokenizer). */
  indent: number;
  /** The first physical line's text after the indentation. */
  text: string;
}

/**
 * Starts of logical lines: physical lines that are not blank or comment-only and do not continue
 * an open bracket, a backslash continuation or a multi-line string.
 */
function listLogicalLines(source: string): LogicalLine[] {
  const scanner = new Scanner(source.replace(/\r\n?/g, '\n'));
  const lines: LogicalLine[] = [];
  while (!scanner.done()) {
    let indent = 0;
    while (scanner.peek() === ' ' || scanner.peek() === '\t' || scanner.peek() === '\f') {
      indent = scanner.peek() === '\t' ? (Math.floor(indent / 8) + 1) * 8 : scanner.peek() === '\f' ? 0 : indent + 1;
      scanner.pos += 1;
    }
    const char = scanner.peek();
    if (char === '\n' || char === '#' || char === undefined) {
      scanner.skipToLineEnd();
      scanner.pos += 1;
      continue;
    }
    const lineEnd = scanner.source.indexOf('\n', scanner.pos);
    lines.push({ line: scanner.line, indent, text: scanner.source.slice(scanner.pos, lineEnd < 0 ? undefined : lineEnd) });
    scanner.skipLogicalLine();
  }
  return lines;
}

const STRING_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?(?='|")/;

class Scanner {
  pos = 0;
  private newlinesBefore = 0;
  private newlinesCountedTo = 0;

  constructor(readonly source: string) {}

  done(): boolean {
    return this.pos >= this.source.length;
  }

  peek(offset = 0): string | undefined {
    return this.source[this.pos + offset];
  }

  /** 1-based line of `pos`. */
  get line(): number {
    for (let index = this.newlinesCountedTo; index < this.pos; index += 1) {
      if (this.source[index] === '\n') this.newlinesBefore += 1;
    }
    this.newlinesCountedTo = Math.max(this.newlinesCountedTo, this.pos);
    return this.newlinesBefore + 1;
  }

  skipToLineEnd(): void {
    const end = this.source.indexOf('\n', this.pos);
    this.pos = end < 0 ? this.source.length : end;
  }

  /** Consumes one logical line including its final newline. */
  skipLogicalLine(): void {
    let depth = 0;
    while (!this.done()) {
      const char = this.peek() as string;
      if (char === '#') {
        this.skipToLineEnd();
        continue;
      }
      if (char === '\\' && this.peek(1) === '\n') {
        this.pos += 2;
        continue;
      }
      if (char === '\n') {
        this.pos += 1;
        if (depth <= 0) return;
        continue;
      }
      if (this.trySkipString()) continue;
      if (char === '(' || char === '[' || char === '{') depth += 1;
      else if (char === ')' || char === ']' || char === '}') depth -= 1;
      this.pos += 1;
    }
  }

  /** Skips a string literal starting at `pos` (with its prefix); false when none starts here. */
  trySkipString(): boolean {
    const prefix = STRING_PREFIX.exec(this.source.slice(this.pos, this.pos + 3));
    if (!prefix) return false;
    // A prefix letter must start a token: in `elif"x"` the `f` belongs to the keyword.
    const previous = this.pos > 0 ? (this.source[this.pos - 1] ?? '') : '';
    if (prefix[0] !== '' && /[\p{L}\p{N}_]/u.test(previous)) return false;
    const flags = prefix[0].toLowerCase();
    this.pos += prefix[0].length;
    // Raw strings still end only at an unescaped quote, so they scan like the others.
    this.skipStringBody({ formatted: flags.includes('f') });
    return true;
  }

  private skipStringBody(options: { formatted: boolean }): void {
    const quote = this.peek() as string;
    const triple = this.peek(1) === quote && this.peek(2) === quote;
    const delimiter = triple ? quote.repeat(3) : quote;
    this.pos += delimiter.length;
    while (!this.done()) {
      const char = this.peek() as string;
      if (char === '\\') {
        this.pos += 2;
        continue;
      }
      if (!triple && char === '\n') return; // unterminated; let the line end normally
      if (this.source.startsWith(delimiter, this.pos)) {
        this.pos += delimiter.length;
        return;
      }
      if (options.formatted && char === '{') {
        if (this.peek(1) === '{') {
          this.pos += 2;
          continue;
        }
        this.pos += 1;
        this.skipReplacementField();
        continue;
      }
      this.pos += 1;
    }
  }

  /** Skips an f-string `{…}` field, which may hold nested strings and brackets (PEP 701). */
  private skipReplacementField(): void {
    let depth = 0;
    while (!this.done()) {
      const char = this.peek() as string;
      if (this.trySkipString()) continue;
      if (char === '(' || char === '[' || char === '{') depth += 1;
      else if (char === ')' || char === ']') depth -= 1;
      else if (char === '}') {
        if (depth === 0) {
          this.pos += 1;
          return;
        }
        depth -= 1;
      }
      this.pos += 1;
    }
  }
}
