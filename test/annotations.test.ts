import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findDefinitionLine, listPythonDefinitions, parsePythonFrame } from '../src/core/annotations.js';
import { fixturePath } from './helpers/golden.js';

const ordersPath = fixturePath('annotations', 'orders.py');
const orders = readFileSync(ordersPath, 'utf8');

/**
 * Ground truth from CPython itself: every code object's `co_qualname` (3.11+), and for functions
 * and classes the line of the `def`/`class` keyword (ast's `lineno`; `co_firstlineno` points at the
 * first decorator instead).
 */
function readCpythonCodeObjects(path: string): Array<{ qualname: string; firstLine: number; defLine: number | null }> {
  const script = `
import ast, json, sys
src = open(sys.argv[1]).read()
first_to_def = {}
for node in ast.walk(ast.parse(src)):
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        first_to_def[min([node.lineno] + [d.lineno for d in node.decorator_list])] = node.lineno
out = []
def walk(code):
    out.append({"qualname": code.co_qualname, "firstLine": code.co_firstlineno, "defLine": first_to_def.get(code.co_firstlineno)})
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            walk(const)
walk(compile(src, sys.argv[1], "exec"))
print(json.dumps(out))
`;
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' })) as Array<{
    qualname: string;
    firstLine: number;
    defLine: number | null;
  }>;
}

describe('findDefinitionLine', () => {
  test('agrees with CPython on every named function and class of a realistic module', () => {
    const codeObjects = readCpythonCodeObjects(ordersPath);
    const named = codeObjects.filter((code) => code.defLine !== null);
    // The fixture has 22 def/class code objects (Order.total twice: getter and setter).
    expect(named).toHaveLength(22);
    for (const code of named) {
      // When several statements share a qualname (property getter and setter) the first one wins.
      const first = Math.min(...named.filter((other) => other.qualname === code.qualname).map((other) => other.defLine ?? Infinity));
      expect({ qualname: code.qualname, line: findDefinitionLine(orders, code.qualname) }).toEqual({ qualname: code.qualname, line: first });
    }
    // And it finds nothing CPython does not have: the same set of qualnames, in source order.
    expect(listPythonDefinitions(orders).map((definition) => definition.qualname)).toEqual(named.map((code) => code.qualname));
  });

  test('points at the def line, not the decorators above it', () => {
    const lines = orders.split('\n');
    expect(lines[findDefinitionLine(orders, 'Order.parse')! - 1]).toBe('    def parse(');
    expect(lines[findDefinitionLine(orders, 'Order.total')! - 1]).toBe('    def total(self) -> float:');
    expect(lines[findDefinitionLine(orders, 'Order')! - 1]).toBe('class Order:');
    expect(lines[findDefinitionLine(orders, 'timed.<locals>.decorate.<locals>.wrapper')! - 1]).toBe('        def wrapper(*args, **kwargs):');
    expect(lines[findDefinitionLine(orders, 'Order.refresh')! - 1]).toBe('    async def refresh(self) -> None:');
  });

  test('maps anonymous code objects to the enclosing definition and <module> to line 1', () => {
    const codeObjects = readCpythonCodeObjects(ordersPath);
    const anonymous = codeObjects.filter((code) => code.defLine === null && code.qualname !== '<module>');
    expect(anonymous.map((code) => code.qualname)).toEqual(
      expect.arrayContaining(['score_order.<locals>.<lambda>', 'score_order.<locals>.<genexpr>', 'fetch_all.<locals>.<genexpr>']),
    );
    expect(findDefinitionLine(orders, 'score_order.<locals>.<lambda>')).toBe(findDefinitionLine(orders, 'score_order'));
    expect(findDefinitionLine(orders, 'score_order.<locals>.<genexpr>')).toBe(63);
    expect(findDefinitionLine(orders, 'fetch_all.<locals>.<genexpr>')).toBe(93);
    // 3.11 and older compile comprehensions to their own code objects; 3.12 inlines them (PEP 709).
    expect(findDefinitionLine(orders, 'Order.parse.<locals>.<listcomp>')).toBe(43);
    expect(findDefinitionLine(orders, '<module>')).toBe(1);
    expect(findDefinitionLine(orders, '<lambda>')).toBe(1);
  });

  test('ignores def and class text inside strings and docstrings', () => {
    expect(findDefinitionLine(orders, 'not_a_function')).toBeUndefined();
    expect(findDefinitionLine(orders, 'Order.Fake')).toBeUndefined();
    expect(findDefinitionLine(orders, 'Fake')).toBeUndefined();
    expect(findDefinitionLine(orders, 'score_order.<locals>.inside_a_string')).toBeUndefined();
    expect(findDefinitionLine(orders, 'inside_a_string')).toBeUndefined();
  });

  test('does not nest a definition under a function that ended before an if block', () => {
    // `main` is defined inside `if __name__ == "__main__":` after score_order's body ended.
    expect(findDefinitionLine(orders, 'main')).toBe(87);
    expect(findDefinitionLine(orders, 'score_order.<locals>.main')).toBeUndefined();
  });

  test('returns undefined for qualnames that are not in the file', () => {
    expect(findDefinitionLine(orders, 'missing')).toBeUndefined();
    expect(findDefinitionLine(orders, 'Order.missing')).toBeUndefined();
    expect(findDefinitionLine(orders, 'price')).toBeUndefined(); // it is Order.Line.price
  });

  test('handles PEP 701 f-strings with nested quotes, brackets spanning lines and CRLF line ends', () => {
    const source = [
      'def first(data):',
      '    return f"{data["key"]} and {", ".join(data["list"])}"',
      'values = [',
      '    1,',
      'def not_real(): pass',
      ']',
      'def second():',
      '    pass',
      '',
    ].join('\r\n');
    expect(findDefinitionLine(source, 'first')).toBe(1);
    expect(findDefinitionLine(source, 'not_real')).toBeUndefined();
    expect(findDefinitionLine(source, 'second')).toBe(7);
    expect(findDefinitionLine(source, 'first.<locals>.second')).toBeUndefined();
  });
});

describe('parsePythonFrame', () => {
  test('splits a perf map name into qualname and file', () => {
    expect(parsePythonFrame('py::score_order:/work/app/orders.py')).toEqual({ qualname: 'score_order', file: '/work/app/orders.py' });
    expect(parsePythonFrame('py::outer.<locals>.<lambda>:app/x.py')).toEqual({ qualname: 'outer.<locals>.<lambda>', file: 'app/x.py' });
    expect(parsePythonFrame('py::<module>:/srv/bench.py')).toEqual({ qualname: '<module>', file: '/srv/bench.py' });
    expect(parsePythonFrame('py::f:/odd/dir:with:colons.py')).toEqual({ qualname: 'f', file: '/odd/dir:with:colons.py' });
  });

  test('rejects non-Python frames and pseudo-files outside the repository', () => {
    expect(parsePythonFrame('_PyEval_EvalFrameDefault')).toBeUndefined();
    expect(parsePythonFrame('py::_call_with_frames_removed:<frozen importlib._bootstrap>')).toBeUndefined();
    expect(parsePythonFrame('py::join:<stdlib>/posixpath.py')).toBeUndefined();
    expect(parsePythonFrame('py::get:<site-packages>/requests/api.py')).toBeUndefined();
    expect(parsePythonFrame('py::helper:~/scripts/helper.py')).toBeUndefined();
    expect(parsePythonFrame('py::f:')).toBeUndefined();
    expect(parsePythonFrame('py:::/x.py')).toBeUndefined();
  });
});
