/**
 * The speedscope export in speedscope itself (the npm package's web build, served on 127.0.0.1 and
 * opened in headless Chromium with `#profileURL=`): one profile per process, opened on the busiest,
 * with the self times the folded stacks say.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldLines } from '../../src/core/fold-python.js';
import type { FoldedStacks } from '../../src/core/folded.js';
import { toSpeedscope } from '../../src/core/speedscope.js';
import { fixturePath } from '../helpers/golden.js';
import { findChromium } from '../helpers/tools.js';

const release = join(dirname(createRequire(import.meta.url).resolve('speedscope/package.json')), 'dist', 'release');
const contentTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

let browser: Browser;
let server: Server;
let base = '';
let profileJson = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/profile.speedscope.json') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(profileJson);
      return;
    }
    const file = normalize(join(release, path === '/' ? 'index.html' : path));
    try {
      if (!file.startsWith(release)) throw new Error('outside');
      response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** The leaf with the most samples (self time), computed from the folded stacks alone. */
function topSelf(stacks: FoldedStacks): { name: string; samples: number } {
  const self = new Map<string, number>();
  for (const [stack, count] of stacks) {
    const leaf = stack.split(';').at(-1)!;
    self.set(leaf, (self.get(leaf) ?? 0) + count);
  }
  const [name, samples] = [...self].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  return { name, samples };
}

describe('speedscope export in speedscope (headless Chromium)', () => {
  it('lists one profile per process, opens the busiest, and its sandwich view leads with the top self time', async () => {
    const text = readFileSync(fixturePath('fold', 'py313-jit-multiprocessing.txt'), 'utf8');
    const fold = foldLines(text.split('\n'), { view: 'python', workingDirectory: '/work/main', homeDirectory: '/root', perProcess: true });
    // Smallest first, so opening on the busiest is not the same as opening on the first.
    const processes = [...fold.processStacks!].sort((a, b) => total(a.stacks) - total(b.stacks) || a.pid - b.pid);
    const profiles = processes.map((entry) => ({ name: `run 1 · pid ${entry.pid}`, stacks: entry.stacks }));
    profileJson = toSpeedscope(profiles, { name: 'multiprocessing capture', frequency: 999 });
    const busiest = profiles.at(-1)!;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/index.html#profileURL=${encodeURIComponent(`${base}/profile.speedscope.json`)}`);
    await page.getByText(`${busiest.name} (${profiles.length}/${profiles.length})`).waitFor({ timeout: 20_000 });
    expect(await page.title()).toBe('multiprocessing capture - speedscope');
    await page.getByText('Sandwich').click();
    const top = topSelf(busiest.stacks);
    // Sandwich rows (total, self, symbol), largest self time first, in milliseconds at 999 Hz.
    await page.getByText('Symbol Name').waitFor({ timeout: 10_000 });
    await page.getByText(top.name, { exact: true }).first().waitFor({ timeout: 10_000 });
    const body = await page.evaluate(() => document.body.innerText);
    const rows = body.slice(body.indexOf('Symbol Name') + 'Symbol Name'.length).split('\n').map((line) => line.trim()).filter(Boolean);
    const [, selfCell, symbol] = rows;
    expect(symbol).toBe(top.name);
    expect(selfCell).toBe(`${((top.samples / 999) * 1000).toFixed(2)}ms (${Math.round((100 * top.samples) / total(busiest.stacks))}%)`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

function total(stacks: FoldedStacks): number {
  let sum = 0;
  for (const count of stacks.values()) sum += count;
  return sum;
}
