import { describe, expect, it } from 'vitest';
import { normalisePythonFrameName, normalisePythonPath } from '../../src/core/python-frame-names.js';

const RUNNER = { workingDirectory: '/home/runner/work/repo/repo', homeDirectory: '/home/runner' };

describe('normalisePythonPath', () => {
  it.each([
    ['/home/runner/work/repo/repo/examples/bench.py', 'examples/bench.py'],
    ['/opt/hostedtoolcache/Python/3.13.1/x64/lib/python3.13/json/encoder.py', '<stdlib>/json/encoder.py'],
    ['/opt/hostedtoolcache/Python/3.13.1/x64/lib/python3.13/site-packages/numpy/core/_methods.py', '<site-packages>/numpy/core/_methods.py'],
    ['/home/runner/work/repo/repo/.venv/lib/python3.12/site-packages/pkg/mod.py', '<site-packages>/pkg/mod.py'],
    ['/usr/lib/python3/dist-packages/requests/api.py', '<site-packages>/requests/api.py'],
    ['/usr/lib/python3.11/asyncio/events.py', '<stdlib>/asyncio/events.py'],
    ['/usr/lib64/python3.13t/threading.py', '<stdlib>/threading.py'],
    ['/root/.pyenv/versions/3.12.1/lib/python3.12/json/decoder.py', '<stdlib>/json/decoder.py'],
    ['/home/runner/.local/bin/tool.py', '~/.local/bin/tool.py'],
    ['<frozen abc>', '<frozen abc>'],
    ['<frozen importlib._bootstrap_external>', '<frozen importlib._bootstrap_external>'],
    ['<string>', '<string>'],
    ['./examples/bench.py', 'examples/bench.py'],
    ['examples/bench.py', 'examples/bench.py'],
    ['/srv/other/app.py', '/srv/other/app.py'],
    ['/home/runner/work/repo/repository-two/x.py', '~/work/repo/repository-two/x.py'],
  ])('%s → %s', (path, expected) => {
    expect(normalisePythonPath(path, RUNNER)).toBe(expected);
  });

  it('accepts a working directory with a trailing slash and works without a home directory', () => {
    expect(normalisePythonPath('/w/app/main.py', { workingDirectory: '/w/app/' })).toBe('main.py');
    expect(normalisePythonPath('/home/runner/x.py', { workingDirectory: '/w/app' })).toBe('/home/runner/x.py');
  });
});

describe('normalisePythonFrameName', () => {
  it('rewrites only the filename part of py:: symbols', () => {
    expect(normalisePythonFrameName('py::JSONEncoder.iterencode:/opt/hostedtoolcache/Python/3.13.1/x64/lib/python3.13/json/encoder.py', RUNNER)).toBe(
      'py::JSONEncoder.iterencode:<stdlib>/json/encoder.py',
    );
    expect(normalisePythonFrameName('py::score_all.<locals>.<genexpr>:/home/runner/work/repo/repo/examples/bench.py', RUNNER)).toBe(
      'py::score_all.<locals>.<genexpr>:examples/bench.py',
    );
    expect(normalisePythonFrameName('py::<module>:<frozen runpy>', RUNNER)).toBe('py::<module>:<frozen runpy>');
    expect(normalisePythonFrameName('_PyEval_EvalFrameDefault', RUNNER)).toBe('_PyEval_EvalFrameDefault');
  });
});
