// Runs before `npm test` (npm's pretest): makes sure the real tools the tests use are here —
// perf, Chromium, unzip, git, go, pytest — and installs the missing ones with apt-get when it can (root, or
// passwordless sudo, on Debian or Ubuntu). Otherwise it stops at once and names the one command to
// run. CPython 3.12 and 3.13 cannot come from apt on every release, so they are only checked.
// PPG_SKIP_PROVISION=1 skips it (the tests still fail, saying what is missing).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

if (process.env.PPG_SKIP_PROVISION === '1') process.exit(0);

const onPath = (name) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));
const works = (argv) => spawnSync(argv[0], argv.slice(1), { stdio: 'ignore', timeout: 30_000 }).status === 0;
const release = (() => {
  try {
    return Object.fromEntries(
      readFileSync('/etc/os-release', 'utf8')
        .split('\n')
        .map((line) => /^([A-Z_]+)=(.*)$/.exec(line))
        .filter(Boolean)
        .map((match) => [match[1], match[2].replace(/^"|"$/g, '')]),
    );
  } catch {
    return {};
  }
})();
const family = [release.ID, ...(release.ID_LIKE ?? '').split(' ')].includes('ubuntu') ? 'ubuntu' : [release.ID, ...(release.ID_LIKE ?? '').split(' ')].includes('debian') ? 'debian' : 'other';

// The same names the browser test looks for.
const chromiumNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const tools = [
  { name: 'perf', present: () => works(['perf', '--version']), packages: { debian: ['linux-perf'], ubuntu: ['linux-tools-common', 'linux-tools-generic'] } },
  {
    name: 'Chromium',
    present: () => (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) || chromiumNames.some(onPath),
    packages: { debian: ['chromium'], ubuntu: ['chromium-browser'] },
  },
  { name: 'unzip', present: () => onPath('unzip'), packages: { debian: ['unzip'], ubuntu: ['unzip'] } },
  { name: 'git', present: () => onPath('git'), packages: { debian: ['git'], ubuntu: ['git'] } },
  // go tool pprof reads the pprof export in the demo test.
  { name: 'go', present: () => works(['go', 'version']), packages: { debian: ['golang-go'], ubuntu: ['golang-go'] } },
  // The pytest-harness test runs the distribution's pytest (pure Python) under CPython 3.13.
  { name: 'pytest', present: () => existsSync('/usr/lib/python3/dist-packages/pytest/__init__.py'), packages: { debian: ['python3-pytest'], ubuntu: ['python3-pytest'] } },
];

const missing = tools.filter((tool) => !tool.present());
if (missing.length > 0) {
  const names = missing.map((tool) => tool.name).join(', ');
  if (family === 'other') {
    fail(`The tests need ${names}, and this is not Debian or Ubuntu, so they cannot be installed automatically. Install them with your package manager.`);
  }
  const packages = missing.flatMap((tool) => tool.packages[family]);
  const isRoot = process.getuid?.() === 0;
  const sudo = isRoot ? [] : works(['sudo', '-n', 'true']) ? ['sudo', '-n'] : undefined;
  const command = `${isRoot ? '' : 'sudo '}apt-get update && ${isRoot ? '' : 'sudo '}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  if (!sudo) fail(`The tests need ${names}. Install ${missing.length === 1 ? 'it' : 'them'} with:\n  ${command}`);
  process.stderr.write(`pretest: installing ${packages.join(' ')} for ${names}\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = [...sudo, 'apt-get', 'install', '-y', '--no-install-recommends', ...packages];
  if (spawnSync(install[0], install.slice(1), { stdio: 'inherit', env }).status !== 0) {
    const update = [...sudo, 'apt-get', 'update'];
    if (spawnSync(update[0], update.slice(1), { stdio: 'inherit', env }).status !== 0 || spawnSync(install[0], install.slice(1), { stdio: 'inherit', env }).status !== 0) {
      fail(`Installing ${packages.join(' ')} failed (see above). Run:\n  ${command}`);
    }
  }
  const still = missing.filter((tool) => !tool.present());
  if (still.length > 0) fail(`After installing, ${still.map((tool) => tool.name).join(', ')} still does not work. On Ubuntu, perf needs linux-tools-$(uname -r): sudo apt-get install -y linux-tools-$(uname -r)`);
}

// CPython ≥ 3.12 (3.12 and 3.13) and one older than 3.12: on PATH or under pyenv/uv.
const pythons = new Set();
for (const dir of (process.env.PATH ?? '').split(delimiter)) for (const minor of [12, 13]) if (dir && existsSync(join(dir, `python3.${minor}`))) pythons.add(minor);
for (const root of [join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions'), join(homedir(), '.local', 'share', 'uv', 'python')]) {
  if (!existsSync(root)) continue;
  for (const entry of readdirSync(root)) for (const minor of [12, 13]) if (new RegExp(`(^|-)3\\.${minor}\\.`).test(entry)) pythons.add(minor);
}
const absent = [12, 13].filter((minor) => !pythons.has(minor));
if (absent.length > 0) {
  fail(`The tests need CPython ${absent.map((minor) => `3.${minor}`).join(' and ')} (on PATH or under pyenv/uv). Install with e.g.: ${absent.map((minor) => `uv python install 3.${minor}`).join(' && ')}`);
}
function fail(message) {
  process.stderr.write(`pretest: ${message}\n`);
  process.exit(1);
}
