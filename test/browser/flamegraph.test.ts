/**
 * The flame graph's embedded script in a real browser: headless Debian Chromium via playwright-core,
 * opening the SVG from a file:// URL as a person would.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDiffFlameGraph } from '../../src/core/flamegraph/diff.js';
import { renderFlameGraph } from '../../src/core/flamegraph/svg.js';
import { parseFoldedText, totalWeight, type FoldedStacks } from '../../src/core/folded.js';
import { fixturePath, testRoot } from '../helpers/golden.js';
import { findChromium } from '../helpers/tools.js';

const artifacts = join(testRoot, '.artifacts');
const baseline = parseFoldedText(readFileSync(fixturePath('render', 'bench-baseline.folded'), 'utf8'));
const current = parseFoldedText(readFileSync(fixturePath('render', 'bench-current.folded'), 'utf8'));

/** Independent of the renderer: weight of stacks with at least one frame matching `test`. */
function weightWhere(stacks: FoldedStacks, test: (frames: string[]) => boolean): number {
  let sum = 0;
  for (const [stack, weight] of stacks) if (test(stack.split(';'))) sum += weight;
  return sum;
}

const percent = (part: number, total: number) => ((100 * part) / total).toFixed(2);

let browser: Browser;

async function openSvg(svg: string, fileName: string): Promise<Page> {
  const path = join(artifacts, fileName);
  writeFileSync(path, svg);
  const page = await browser.newPage();
  await page.goto(pathToFileURL(path).href);
  const height = await page.evaluate(() => Number(document.documentElement.getAttribute('height')));
  await page.setViewportSize({ width: 1200, height });
  return page;
}

function frameRect(page: Page, name: string) {
  return page.locator(`g.frame[data-name="${name}"] rect`);
}

async function rectBox(page: Page, name: string): Promise<{ x: number; width: number }> {
  const rect = frameRect(page, name).first();
  return { x: Number(await rect.getAttribute('x')), width: Number(await rect.getAttribute('width')) };
}

describe('flame graph in headless Chromium', () => {
  beforeAll(async () => {
    const executablePath = findChromium();
    mkdirSync(artifacts, { recursive: true });
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('hovers, zooms, searches and resets from a file:// URL', async () => {
    const total = totalWeight(baseline);
    const page = await openSvg(renderFlameGraph(baseline, { title: 'examples/bench.py --rounds 3 (real perf-jit capture)' }), 'flamegraph.svg');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));

    // Hover: the details line shows name, samples, % of total and self %.
    const runRound = 'py::run_round:examples/bench.py';
    const runRoundSamples = weightWhere(baseline, (frames) => frames.includes(runRound));
    const runRoundSelf = weightWhere(baseline, (frames) => frames.at(-1) === runRound);
    const expectedDetails = `${runRound} (${runRoundSamples} samples, ${percent(runRoundSamples, total)}%, self ${percent(runRoundSelf, total)}%)`;
    await frameRect(page, runRound).hover();
    await expect.poll(() => page.locator('#pfg-details').textContent()).toBe(expectedDetails);
    expect(await page.locator(`g.frame[data-name="${runRound}"] > title`).textContent()).toBe(expectedDetails);

    // Click to zoom: the frame spans the full width, ancestors stay, unrelated frames hide.
    const before = await rectBox(page, runRound);
    expect(before.width).toBeLessThan(1100);
    const roundTrip = 'py::round_trip:examples/bench.py';
    const roundTripBefore = await rectBox(page, roundTrip);
    await frameRect(page, runRound).click();
    const zoomed = await rectBox(page, runRound);
    expect(zoomed.x).toBeCloseTo(10, 1);
    expect(zoomed.width).toBeCloseTo(1180, 0);
    const roundTripZoomed = await rectBox(page, roundTrip);
    expect(roundTripZoomed.width / roundTripBefore.width).toBeCloseTo(1180 / before.width, 2);
    await expect.poll(() => frameRect(page, 'py::main:examples/bench.py').isVisible()).toBe(true); // ancestor
    await expect.poll(() => frameRect(page, '[truncated]').isVisible()).toBe(false); // unrelated
    await expect.poll(() => page.locator('#pfg-unzoom').isVisible()).toBe(true);
    // Re-fitted labels show the function, not the py:: prefix or the file (the tooltip keeps both).
    expect(await page.locator(`g.frame[data-name="${runRound}"] > text`).textContent()).toBe('run_round');

    // Search by regex through the test hook: recursion nests matches, each sample counts once.
    const pattern = '^py::tree_depth';
    const regex = new RegExp(pattern);
    const expectedMatch = percent(weightWhere(baseline, (frames) => frames.some((f) => regex.test(f))), total);
    const nestedHits = await page.locator('g.frame[data-name^="py::tree_depth"]').count();
    expect(nestedHits).toBeGreaterThan(2);
    const returned = await page.evaluate((term) => (window as unknown as { pfgSearch: (t: string) => number }).pfgSearch(term), pattern);
    expect(returned.toFixed(2)).toBe(expectedMatch);
    await expect.poll(() => page.locator('#pfg-matched').textContent()).toBe(`Matched: ${expectedMatch}%`);
    expect(await frameRect(page, 'py::tree_depth:examples/bench.py').first().getAttribute('fill')).toBe('rgb(230,0,230)');

    // The keyboard shortcut opens the prompt for people.
    page.once('dialog', (dialog) => void dialog.accept('json'));
    await page.keyboard.press('/');
    const jsonMatch = percent(weightWhere(baseline, (frames) => frames.some((f) => /json/.test(f))), total);
    await expect.poll(() => page.locator('#pfg-matched').textContent()).toBe(`Matched: ${jsonMatch}%`);

    // Reset zoom: back to the original geometry.
    await page.locator('#pfg-unzoom').click();
    const reset = await rectBox(page, runRound);
    expect(reset.x).toBeCloseTo(before.x, 1);
    expect(reset.width).toBeCloseTo(before.width, 1);
    await expect.poll(() => frameRect(page, '[truncated]').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#pfg-unzoom').isVisible()).toBe(false);

    await page.evaluate((term) => (window as unknown as { pfgSearch: (t: string) => number }).pfgSearch(term), '^py::score');
    await frameRect(page, 'py::score_all:examples/bench.py').hover();
    await page.screenshot({ path: join(artifacts, 'flamegraph.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows before and after shares when hovering the diff graph', async () => {
    const page = await openSvg(renderDiffFlameGraph(baseline, current), 'diff-flamegraph.svg');
    const name = 'py::score_all:examples/bench.py';
    const before = percent(weightWhere(baseline, (frames) => frames.includes(name)), totalWeight(baseline));
    const after = percent(weightWhere(current, (frames) => frames.includes(name)), totalWeight(current));
    await frameRect(page, name).first().hover();
    await expect.poll(() => page.locator('#pfg-details').textContent()).toContain(`${name} (before ${before}%, after ${after}%, Δ +`);
    await page.screenshot({ path: join(artifacts, 'diff-flamegraph.png') });
    await page.close();

    const reverse = await openSvg(renderDiffFlameGraph(baseline, current, { shape: 'baseline' }), 'diff-flamegraph-reverse.svg');
    await reverse.locator('g.frame[data-name="py::compress_report:examples/bench.py"] rect').first().hover();
    await expect.poll(() => reverse.locator('#pfg-details').textContent()).toMatch(/^py::compress_report:examples\/bench\.py \(before \d+\.\d\d%, after 0\.00%, Δ −/);
    await reverse.close();
  });
});
