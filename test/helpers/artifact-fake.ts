/**
 * The GitHub fakes for a test file of the artifact code: started before the file's tests, with
 * GITHUB_API_URL pointing at them before src/shell/artifacts.ts is imported (@actions/github reads
 * it once, when first imported, and the artifact client's cross-run download uses that Octokit);
 * environment changes pushed on `restorers` are undone after each test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { applyEnv, GitHubFake } from '../fakes/github-fakes.js';

export type ArtifactsModule = typeof import('../../src/shell/artifacts.js');

export interface ArtifactFake {
  fake: GitHubFake;
  artifacts: ArtifactsModule;
  workDir: string;
  /** Undone after each test, last first. */
  restorers: Array<() => void>;
}

export function useArtifactFake(prefix: string): ArtifactFake {
  const shared = { restorers: [] } as unknown as ArtifactFake;
  let restoreApiUrl: () => void = () => undefined;
  beforeAll(async () => {
    shared.fake = await new GitHubFake().start();
    restoreApiUrl = applyEnv({ GITHUB_API_URL: shared.fake.apiUrl });
    shared.artifacts = await import('../../src/shell/artifacts.js');
    shared.workDir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    while (shared.restorers.length > 0) shared.restorers.pop()?.();
  });
  afterAll(async () => {
    restoreApiUrl();
    await shared.fake.stop();
    rmSync(shared.workDir, { recursive: true, force: true });
  });
  return shared;
}
