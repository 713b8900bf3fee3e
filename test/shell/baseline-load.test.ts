/**
 * A baseline's contents are untrusted input: sizes are bounded, report.json is type-checked, a
 * corrupt folded line names its file and line, and every error is a UserError in the project's
 * style (setting, value, where it came from, what was expected, the fix). Nothing malformed is
 * ignored, so it cannot turn into a pass.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { baselineLimits, loadBaselinePath, readFoldedFile } from '../../src/shell/baseline.js';
import { UserError } from '../../src/errors.js';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'baseline', 'output-dir');
const workDir = mkdtempSync(join(tmpdir(), 'ppg-baseline-load-'));
let copies = 0;

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A fresh copy of the fixture directory. */
function copyFixture(): string {
  const dir = join(workDir, `copy-${++copies}`);
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** The fixture with its report.json changed by `edit`. */
function withReport(edit: (report: Record<string, unknown>) => unknown): string {
  const dir = copyFixture();
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'report.json'), JSON.stringify(edit(report) ?? report));
  return dir;
}

const describeSetting = { describe: "input 'baseline'" };
const fromArtifact = { describe: "input 'baseline' (the downloaded artifact)", origin: "artifact 1234 from run 5678 on 'main'" };

async function loadError(path: string, options: { describe: string; origin?: string } = describeSetting): Promise<UserError> {
  try {
    await loadBaselinePath(path, options);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error(`expected loading ${path} to fail`);
}

describe('loadBaselinePath on a well-formed directory', () => {
  test('reads every run with its times, and the meta', async () => {
    const baseline = await loadBaselinePath(fixture, describeSetting);
    expect(baseline?.runs.map((run) => [Object.fromEntries(run.stacks), run.wallSeconds, run.cpuSeconds])).toEqual([
      [{ 'python;main;hot': 70, 'python;main;cold': 30 }, 1.25, 0.1],
      [{ 'python;main;hot': 72, 'python;main;cold': 28 }, 1.5, 0.1],
    ]);
    expect(baseline?.meta).toEqual({ pythonVersion: '3.13.0', mode: 'perf-jit', event: 'cpu-clock', quality: { rootedShare: 0.97, pythonShare: 0.99 } });
  });

  test('report.json fields that are absent stay absent', async () => {
    const dir = withReport(() => ({ schemaVersion: 1 }));
    const baseline = await loadBaselinePath(dir, describeSetting);
    expect(baseline?.meta).toEqual({});
    expect(baseline?.runs.map((run) => run.wallSeconds)).toEqual([undefined, undefined]);
  });
});

describe('report.json of the wrong shape', () => {
  const cases: Array<[string, (report: Record<string, unknown>) => unknown, string]> = [
    ['runs not an array', (report) => ({ ...report, runs: { 1: {} } }), "'runs' is an object; expected an array."],
    ['wallSeconds a string', (report) => ({ ...report, runs: [{ wallSeconds: '1.25' }, {}] }), `'runs[0].wallSeconds' is a string ("1.25"); expected a number ≥ 0.`],
    ['cpuSeconds negative', (report) => ({ ...report, runs: [{}, { cpuSeconds: -1 }] }), "'runs[1].cpuSeconds' is the number -1; expected a number ≥ 0."],
    ['a run not an object', (report) => ({ ...report, runs: [{}, 3] }), "'runs[1]' is the number 3; expected an object."],
    ['python.version a number', (report) => ({ ...report, python: { version: 3.13 } }), "'python.version' is the number 3.13; expected a string."],
    ['python a string', (report) => ({ ...report, python: '3.13' }), `'python' is a string ("3.13"); expected an object.`],
    ['mode null', (report) => ({ ...report, mode: null }), "'mode' is null; expected a string."],
    ['event a number', (report) => ({ ...report, event: 1 }), "'event' is the number 1; expected a string."],
    ['quality share out of range', (report) => ({ ...report, quality: { rootedShare: 2 } }), "'quality.rootedShare' is the number 2; expected a number from 0 to 1."],
    ['quality an array', (report) => ({ ...report, quality: [] }), "'quality' is an array; expected an object."],
    ['the top level an array', () => [1, 2], "'(top level)' is an array; expected an object."],
    ['more runs than run files', (report) => ({ ...report, runs: [{}, {}, {}] }), 'lists 3 runs but'],
  ];
  for (const [label, edit, expected] of cases) {
    test(`${label} is an error naming the setting, the file and the field`, async () => {
      const dir = withReport(edit);
      const error = await loadError(dir);
      expect(error.message).toContain(`Invalid value '${dir}' for input 'baseline'. ${join(dir, 'report.json')}`);
      expect(error.message).toContain(expected);
      expect(error.message).toMatch(/ (Replace|Expected|Use) /);
    });
  }

  test('invalid JSON is an error, not an empty meta', async () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'report.json'), '{"runs": [');
    const error = await loadError(dir);
    expect(error.message).toMatch(/report\.json is not valid JSON \(.+\)\. Replace the baseline with a directory written by python-perf-gate/);
  });

  test('with an origin, the error says where the contents came from', async () => {
    const dir = withReport((report) => ({ ...report, runs: 'none' }));
    const error = await loadError(dir, fromArtifact);
    expect(error.message).toMatch(
      new RegExp(`^Invalid value '${dir}' for input 'baseline' \\(the downloaded artifact\\) \\(artifact 1234 from run 5678 on 'main'\\)\\. .*report\\.json: 'runs' is a string`),
    );
  });
});

describe('bounded sizes', () => {
  test(`a folded file over ${baselineLimits.foldedFileBytes / 2 ** 20} MiB is refused before it is read`, async () => {
    const dir = copyFixture();
    const file = join(dir, 'runs', 'run-2.folded');
    truncateSync(file, baselineLimits.foldedFileBytes + 1); // sparse: no disk used
    const error = await loadError(dir, fromArtifact);
    expect(error.message).toContain(`(artifact 1234 from run 5678 on 'main'). ${file} is 256.0 MiB; a baseline's folded file may have at most 256 MiB.`);

    const single = join(workDir, 'huge.folded');
    writeFileSync(single, '');
    truncateSync(single, baselineLimits.foldedFileBytes + 2 ** 20);
    expect((await loadError(single)).message).toContain(`Invalid value '${single}' for input 'baseline'. ${single} is 257 MiB`);
  });

  test('folded files that add up to more than the total are refused before any is read', async () => {
    const dir = withReport((report) => ({ ...report, runs: undefined }));
    for (let index = 1; index <= 5; index += 1) {
      const file = join(dir, 'runs', `run-${index}.folded`);
      writeFileSync(file, '');
      truncateSync(file, baselineLimits.foldedFileBytes - 1);
    }
    expect((await loadError(dir)).message).toContain('Its 5 folded files add up to more than 1024 MiB.');
  });

  test(`report.json over ${baselineLimits.reportBytes / 2 ** 20} MiB is refused`, async () => {
    const dir = copyFixture();
    truncateSync(join(dir, 'report.json'), baselineLimits.reportBytes + 1);
    expect((await loadError(dir)).message).toContain("report.json is 16.0 MiB; a baseline's report.json may have at most 16 MiB.");
  });

  test(`more than ${baselineLimits.runFiles} run files are refused`, async () => {
    const dir = withReport((report) => ({ ...report, runs: undefined }));
    for (let index = 3; index <= baselineLimits.runFiles + 1; index += 1) writeFileSync(join(dir, 'runs', `run-${index}.folded`), 'a 1\n');
    expect((await loadError(dir)).message).toContain(`holds 1,001 run-N.folded files; a baseline may have at most 1,000.`);
  });
});

describe('corrupt folded lines', () => {
  test('in a run file of a directory: the error names the file and the line', async () => {
    const dir = copyFixture();
    const file = join(dir, 'runs', 'run-2.folded');
    writeFileSync(file, 'python;main;hot 72\n\npython;main;cold twenty\n');
    const error = await loadError(dir, fromArtifact);
    expect(error.message).toBe(
      `Invalid value '${dir}' for input 'baseline' (the downloaded artifact) (artifact 1234 from run 5678 on 'main'). ${file} line 3 is not a folded-stack line: "python;main;cold twenty"; expected 'frame;frame;… COUNT' with a non-negative number at the end. Replace the baseline with one written by python-perf-gate (or by stackcollapse-perf.pl).`,
    );
  });

  test('in a folded file given directly, and through readFoldedFile', async () => {
    const file = join(workDir, 'bad.folded');
    writeFileSync(file, 'a;b 1\na;b -4\n');
    expect((await loadError(file)).message).toContain(`${file} line 2 is not a folded-stack line: "a;b -4"`);
    await expect(readFoldedFile(file)).rejects.toThrow(`Invalid folded-stack line 2: 'a;b -4'. Expected 'frame;frame;… COUNT' with a non-negative number at the end. (in ${file})`);
  });

  test('a run file that is not a regular file is refused, not read', async () => {
    const dir = copyFixture();
    rmSync(join(dir, 'runs', 'run-2.folded'));
    mkdirSync(join(dir, 'runs', 'run-2.folded'));
    expect((await loadError(dir)).message).toContain(`${join(dir, 'runs', 'run-2.folded')} is not a regular file.`);
  });
});
