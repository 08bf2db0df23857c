// The reliability diagram's data: every (forecast, outcome) probability is a binary forecast
// ("this outcome will hold"), binned by its probability in steps of 0.1; per bin the mean forecast,
// the share that held and the count. A calibrated forecaster's points lie on the diagonal.

import type { CalibrationBin, ScoredForecast } from './types';

export const CALIBRATION_BINS = 10;

/** Bin of a probability: [k/10, (k+1)/10), with 1 in the last bin. */
export function binOf(probability: number): number {
	return Math.min(CALIBRATION_BINS - 1, Math.max(0, Math.floor(probability * CALIBRATION_BINS + 1e-9)));
}

export function calibrationBins(binary: readonly { probability: number; held: boolean }[]): CalibrationBin[] {
	const sums = Array.from({ length: CALIBRATION_BINS }, () => ({ count: 0, p: 0, held: 0 }));
	for (const { probability, held } of binary) {
		const bin = sums[binOf(probability)];
		bin.count += 1;
		bin.p += probability;
		bin.held += held ? 1 : 0;
	}
	return sums.map((s, k) => ({
		from: k / CALIBRATION_BINS,
		to: (k + 1) / CALIBRATION_BINS,
		count: s.count,
		meanForecast: s.count ? s.p / s.count : null,
		observedFrequency: s.count ? s.held / s.count : null
	}));
}

/** Each scored forecast's K probabilities as K binary forecasts. */
export function binaryForecasts(scored: readonly ScoredForecast[]): { probability: number; held: boolean }[] {
	return scored.flatMap((f) => f.probabilities.map((probability, k) => ({ probability, held: k === f.observed })));
}
