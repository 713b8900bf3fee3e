/** findDefinitionLine against CPython itself as the oracle (needs a python3 on PATH). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findDefinitionLine, listPythonDefinitions } from '../../src/core/annotations.js';
import { fixturePath } from '../helpers/golden.js';

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

  test('the anonymous code objects the unit tests map are the ones CPython compiles', () => {
    const anonymous = readCpythonCodeObjects(ordersPath).filter((code) => code.defLine === null && code.qualname !== '<module>');
    expect(anonymous.map((code) => code.qualname)).toEqual(
      expect.arrayContaining(['score_order.<locals>.<lambda>', 'score_order.<locals>.<genexpr>', 'fetch_all.<locals>.<genexpr>']),
    );
  });
});
