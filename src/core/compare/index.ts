/** The compare stage's public interface (see compare-profiles.ts for the method). */
export { compareProfiles } from './compare-profiles.js';
export { DEFAULT_COMPARE_OPTIONS, resolveCompareOptions, type CompareOptions } from './options.js';
export type {
  CompareInput,
  Comparison,
  Decision,
  DispersionModel,
  FunctionChange,
  FunctionComparison,
  Interval,
  MachineFacts,
  MetricComparison,
  ProfileMeta,
  Regression,
  Role,
  RunProfile,
  SideSummary,
  TimeChange,
  TimeComparison,
  TimeMetric,
  TimeSide,
  Verdict,
} from './model.js';
export { extractMinorVersion } from './validity.js';
export { describeTimeChange, formatInterval, formatLimit, formatP, formatPoints, formatRelative, formatShare } from './wording.js';
