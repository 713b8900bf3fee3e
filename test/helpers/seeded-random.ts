/**
 * mulberry32: a small, well-known 32-bit generator in [0, 1). Deterministic per seed, so tests and
 * benchmarks that draw random samples repeat exactly (no Math.random anywhere).
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
