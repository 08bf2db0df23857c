// The forecast record's pure parts: which numbers are forecasts, the scores, calibration.

export type * from './types';
export { brierScore, rankedProbabilityScore, uniformForecast } from './brier';
export { binaryForecasts, binOf, calibrationBins, CALIBRATION_BINS } from './calibration';
export { endOfMonth, madeBefore, yearEndForecasts, yearEndTargets, type YearEndForecast } from './year-end';
export { analystKey, groupForecasts, scoreForecasts, summarize, summarizeBy, type QuestionInfo } from './score';
