/**
 * One recorded run folded on the spot — the record stage's pairing of `recordRun` and a folder,
 * for tests and benchmarks that record outside the pipeline.
 */
import { createFolder, type FoldOptions, type FoldResult } from '../../src/core/fold-python.js';
import { recordRun, type RecordedRun, type RecordRequest } from '../../src/shell/recorder.js';

export async function recordFolded(request: Omit<RecordRequest, 'sink'> & { fold: FoldOptions }): Promise<RecordedRun & { fold?: FoldResult }> {
  const { fold: foldOptions, ...rest } = request;
  const folder = createFolder(foldOptions);
  const run = await recordRun({ ...rest, sink: folder });
  return run.failure ? run : { ...run, fold: folder.finish() };
}
