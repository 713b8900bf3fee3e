/**
 * The flame graph's embedded script in a real browser: headless Debian Chromium via playwright-core,
 * opening the SVG from a file:// URL as a person would.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
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

/** The `<g>` of the `nth` frame named `name` (names live in the script's data, not in attributes). */
async function frameGroup(page: Page, name: string, nth = 0): Promise<Locator> {
  const index = await page.evaluate(
    ([frameName, which]) => {
      const found = (window as unknown as { pfgFindFrames: (n: string) => Element[] }).pfgFindFrames(frameName);
      const group = found[which];
      return group ? Array.prototype.indexOf.call(group.parentNode!.children, group) : -1;
    },
    [name, nth] as const,
  );
  expect(index, `frame ${name} #${nth}`).toBeGreaterThanOrEqual(0);
  return page.locator(`#pfg-frames > g:nth-child(${index + 1})`);
}

async function frameRect(page: Page, name: string, nth = 0): Promise<Locator> {
  return (await frameGroup(page, name, nth)).locator('rect');
}

async function rectBox(page: Page, name: string): Promise<{ x: number; width: number }> {
  const rect = await frameRect(page, name);
  return { x: Number(await rect.getAttribute('x')), width: Number(await rect.getAttribute('width')) };
}

/** Names of all frames, in drawing order, as the script sees them. */
function listFrameNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const data = JSON.parse(document.getElementById('pfg-data')!.textContent!) as { names: string[]; name: number[] };
    return data.name.map((index) => data.names[index]!);
  });
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
    // No tooltip is stored in the file; hovering writes the details line and the frame's <title>.
    expect(await (await frameGroup(page, runRound)).locator('title').count()).toBe(0);
    await (await frameRect(page, runRound)).hover();
    await expect.poll(() => page.locator('#pfg-details').textContent()).toBe(expectedDetails);
    expect(await (await frameGroup(page, runRound)).locator('> title').textContent()).toBe(expectedDetails);

    // Click to zoom: the frame spans the full width, ancestors stay, unrelated frames hide.
    const before = await rectBox(page, runRound);
    expect(before.width).toBeLessThan(1100);
    const roundTrip = 'py::round_trip:examples/bench.py';
    const roundTripBefore = await rectBox(page, roundTrip);
    const names = await listFrameNames(page);
    const labelled = () => page.evaluate(() => [...document.getElementById('pfg-frames')!.children].map((g) => (g.getElementsByTagName('text')[0]?.textContent ?? '') !== ''));
    const labelledBefore = await labelled();
    await (await frameRect(page, runRound)).click();
    const zoomed = await rectBox(page, runRound);
    expect(zoomed.x).toBeCloseTo(10, 1);
    expect(zoomed.width).toBeCloseTo(1180, 0);
    const roundTripZoomed = await rectBox(page, roundTrip);
    expect(roundTripZoomed.width / roundTripBefore.width).toBeCloseTo(1180 / before.width, 2);
    await expect.poll(async () => (await frameRect(page, 'py::main:examples/bench.py')).isVisible()).toBe(true); // ancestor
    await expect.poll(async () => (await frameRect(page, '[truncated]')).isVisible()).toBe(false); // unrelated
    await expect.poll(() => page.locator('#pfg-unzoom').isVisible()).toBe(true);
    // Re-fitted labels show the function, not the py:: prefix or the file (the tooltip keeps both).
    expect(await (await frameGroup(page, runRound)).locator('> text').textContent()).toBe('run_round');
    // Frames too narrow for a label at first get one when the zoom makes room.
    const labelledAfter = await labelled();
    expect(labelledAfter.filter((now, index) => now && !labelledBefore[index]).length).toBeGreaterThan(0);

    // Search by regex through the test hook: recursion nests matches, each sample counts once.
    const pattern = '^py::tree_depth';
    const regex = new RegExp(pattern);
    const expectedMatch = percent(weightWhere(baseline, (frames) => frames.some((f) => regex.test(f))), total);
    const nestedHits = names.filter((name) => name.startsWith('py::tree_depth')).length;
    expect(nestedHits).toBeGreaterThan(2);
    const returned = await page.evaluate((term) => (window as unknown as { pfgSearch: (t: string) => number }).pfgSearch(term), pattern);
    expect(returned.toFixed(2)).toBe(expectedMatch);
    await expect.poll(() => page.locator('#pfg-matched').textContent()).toBe(`Matched: ${expectedMatch}%`);
    const fillOf = async (rect: Locator) => rect.evaluate((element) => getComputedStyle(element).fill);
    expect(await fillOf(await frameRect(page, 'py::tree_depth:examples/bench.py'))).toBe('rgb(230, 0, 230)');
    expect(await fillOf(await frameRect(page, 'py::main:examples/bench.py'))).not.toBe('rgb(230, 0, 230)');

    // The keyboard shortcut opens the prompt for people.
    page.once('dialog', (dialog) => void dialog.accept('json'));
    await page.keyboard.press('/');
    const jsonMatch = percent(weightWhere(baseline, (frames) => frames.some((f) => /json/.test(f))), total);
    await expect.poll(() => page.locator('#pfg-matched').textContent()).toBe(`Matched: ${jsonMatch}%`);
    // Ctrl+F too.
    page.once('dialog', (dialog) => void dialog.accept('^py::main'));
    await page.keyboard.press('Control+f');
    const mainMatch = percent(weightWhere(baseline, (frames) => frames.some((f) => /^py::main/.test(f))), total);
    await expect.poll(() => page.locator('#pfg-matched').textContent()).toBe(`Matched: ${mainMatch}%`);

    // Reset zoom: back to the original geometry.
    await page.locator('#pfg-unzoom').click();
    const reset = await rectBox(page, runRound);
    expect(reset.x).toBeCloseTo(before.x, 1);
    expect(reset.width).toBeCloseTo(before.width, 1);
    await expect.poll(async () => (await frameRect(page, '[truncated]')).isVisible()).toBe(true);
    await expect.poll(() => page.locator('#pfg-unzoom').isVisible()).toBe(false);

    await page.evaluate((term) => (window as unknown as { pfgSearch: (t: string) => number }).pfgSearch(term), '^py::score');
    await (await frameRect(page, 'py::score_all:examples/bench.py')).hover();
    await page.screenshot({ path: join(artifacts, 'flamegraph.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows own and inclusive before/after when hovering the diff graph, saturated where the gate says so', async () => {
    const regressed = 'py::score_order:examples/bench.py';
    const significant = [{ name: regressed, direction: 'regressed' as const, summary: 'own time +90% (95% interval +60% … +120%), share 10.0% → 19.0%' }];
    const page = await openSvg(renderDiffFlameGraph(baseline, current, { significant }), 'diff-flamegraph.svg');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const name = 'py::score_all:examples/bench.py';
    const before = percent(weightWhere(baseline, (frames) => frames.includes(name)), totalWeight(baseline));
    const after = percent(weightWhere(current, (frames) => frames.includes(name)), totalWeight(current));
    await (await frameRect(page, name)).hover();
    const hovered = () => page.locator('#pfg-details').textContent();
    await expect.poll(hovered).toContain(`; inclusive ${before}% → ${after}%; baseline`);
    expect(await hovered()).toMatch(/^py::score_all:examples\/bench\.py \(own \d+\.\d\d% → \d+\.\d\d%/);
    // The widest frame of the regressed function: saturated red, and the tooltip quotes the gate.
    const names = await listFrameNames(page);
    const widths = await page.evaluate(() => [...document.getElementById('pfg-frames')!.children].map((g) => Number(g.getElementsByTagName('rect')[0]!.getAttribute('width'))));
    const widest = names.reduce((best, frameName, index) => (frameName === regressed && (best < 0 || widths[index]! > widths[best]!) ? index : best), -1);
    const widestGroup = page.locator(`#pfg-frames > g:nth-child(${widest + 1})`);
    expect(await widestGroup.locator('rect').evaluate((rect) => getComputedStyle(rect).fill)).toBe('rgb(215, 25, 28)');
    await widestGroup.locator('rect').hover();
    await expect.poll(() => page.locator('#pfg-details').textContent()).toContain('; gate: regressed, own time +90%');
    // Its callers are not saturated.
    const mainFill = await (await frameRect(page, 'py::main:examples/bench.py')).evaluate((rect) => getComputedStyle(rect).fill);
    expect(mainFill).not.toBe('rgb(215, 25, 28)');
    await page.screenshot({ path: join(artifacts, 'diff-flamegraph.png') });
    expect(errors).toEqual([]);
    await page.close();

    const reverse = await openSvg(renderDiffFlameGraph(baseline, current, { shape: 'baseline' }), 'diff-flamegraph-reverse.svg');
    await (await frameRect(reverse, 'py::compress_report:examples/bench.py')).hover();
    await expect.poll(() => reverse.locator('#pfg-details').textContent()).toMatch(/^py::compress_report:examples\/bench\.py \(own \d+\.\d\d% → 0\.00%.*; inclusive \d+\.\d\d% → 0\.00%/);
    await reverse.close();
  });
});
