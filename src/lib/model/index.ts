// The engine's only entry point for the rest of the app.

export type * from './types';
export { simulate, type SimulateOptions } from './simulate';
export {
	sensitivity,
	type Tornado,
	type TornadoBar,
	type TornadoInputKind,
	type SensitivityInput,
	type SensitivityOptions
} from './sensitivity';
export { defaultMetric, evaluateMetric, type Metric, type OutcomesMetric } from './metric';
export { gapAttribution, type GapAttribution, type GapItem, type GapInputKind, type GapOptions } from './gap';
export { estimativeTerm, percent, ESTIMATIVE_TERMS, type EstimativeTerm, type EstimativeKey } from './estimative';
export { keyJudgments, type KeyJudgment, type JudgmentKind } from './judgments';
export { timeSteps, yearEndSteps, monthNumber, type TimeSteps } from './time';
export { DrawCache } from './draws';
export { deviationVariance, orderedProbit } from './closed-form';
export { settingRows, changedRows, differsFromFirst, DRIVER_FIELDS, type SettingRow } from './diff';
/** The reference engine: the spec written plainly, many times slower. For checks and the bench only. */
export { referenceSimulate as slowReferenceSimulate } from './reference';
