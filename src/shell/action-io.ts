/**
 * What the Action tells GitHub through the runner: step outputs, annotations and the job summary.
 * One small interface, so the publish stage can be tested with a hand-made fake; `actionIo` is the
 * real one, backed by @actions/core.
 */
import * as core from '@actions/core';

export interface AnnotationPlace {
  /** Relative to the workspace, as GitHub expects. */
  file: string;
  startLine: number;
  title: string;
}

export interface ActionIo {
  setOutput(name: string, value: string): void;
  annotate(level: 'error' | 'warning', message: string, place: AnnotationPlace): void;
  /** Appends Markdown to the job summary file; throws when it cannot be written. */
  appendSummary(markdown: string): Promise<void>;
}

export const actionIo: ActionIo = {
  setOutput: (name, value) => core.setOutput(name, value),
  annotate: (level, message, place) => (level === 'error' ? core.error(message, place) : core.warning(message, place)),
  appendSummary: async (markdown) => {
    await core.summary.addRaw(markdown).write();
  },
};
