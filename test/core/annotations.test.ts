import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findDefinitionLine, parsePythonFrame } from '../../src/core/annotations.js';
import { fixturePath } from '../helpers/golden.js';

const ordersPath = fixturePath('annotations', 'orders.py');
const orders = readFileSync(ordersPath, 'utf8');

describe('findDefinitionLine', () => {
  test('points at the def line, not the decorators above it', () => {
    const lines = orders.split('\n');
    expect(lines[findDefinitionLine(orders, 'Order.parse')! - 1]).toBe('    def parse(');
    expect(lines[findDefinitionLine(orders, 'Order.total')! - 1]).toBe('    def total(self) -> float:');
    expect(lines[findDefinitionLine(orders, 'Order')! - 1]).toBe('class Order:');
    expect(lines[findDefinitionLine(orders, 'timed.<locals>.decorate.<locals>.wrapper')! - 1]).toBe('        def wrapper(*args, **kwargs):');
    expect(lines[findDefinitionLine(orders, 'Order.refresh')! - 1]).toBe('    async def refresh(self) -> None:');
  });

  test('maps anonymous code objects to the enclosing definition and <module> to line 1', () => {
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
