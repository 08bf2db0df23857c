import type { DrawSource } from './draws';
import { triangularQuantile, type PreparedRun } from './prepare';

/**
 * The index of every path at one step only, without storing the rest: what sensitivity needs,
 * at a cost of samples × drivers instead of samples × steps.
 */
export function indexAtStep(run: PreparedRun, source: DrawSource, samples: number, step: number, out: Float64Array): void {
	const drivers = run.driverIds.length;
	const events = run.eventProbability.length;
	const t = run.steps.years[step];
	const shift = new Float64Array(drivers);
	const eta = new Float64Array(run.steps.years.length * samples);
	source.etaInto(eta, samples);
	for (let p = 0; p < samples; p++) {
		const { values, offset } = source.block(p, 1);
		shift.fill(0);
		for (let e = 0; e < events; e++) {
			if (run.eventStartStep[e] > step || !(values[offset + drivers + e] < run.eventProbability[e])) continue;
			for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++) shift[run.effectDriver[j]] += run.effectShift[j];
		}
		let weighted = 0;
		for (let i = 0; i < drivers; i++) {
			let x = triangularQuantile(values[offset + i], run.low[i], run.mode[i], run.high[i]) + run.trend[i] * t + shift[i];
			x = x < -1 ? -1 : x > 1 ? 1 : x;
			weighted += run.normalizedWeights[i] * x;
		}
		out[p] = weighted + eta[step * samples + p];
	}
}
