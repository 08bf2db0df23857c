// Gap attribution: which drivers explain the difference between two scenarios' mean index.
//
// The mean index is Σᵢ cᵢ + E[η] with cᵢ = (wᵢ/Σw)·E[xᵢ]. Run both scenarios on the same draws and
// E[η] is identical, so the gap is exactly Σᵢ Δcᵢ. Each Δcᵢ splits exactly (midpoint rule for a
// product) into a part from the driver's relative weight and a part from its value.

import { DrawCache } from './draws';
import { simulate } from './simulate';
import type { ModelInput, ScenarioInput } from './types';

export interface DriverGap {
	driver: string;
	/** Δcᵢ: this driver's share of the gap (B − A). */
	total: number;
	/** Part due to the change in relative weight. */
	fromWeight: number;
	/** Part due to the change in the driver's expected value (assessment, range, trend, events). */
	fromValue: number;
}

export interface GapAttribution {
	/** Step index the gap is measured at. */
	step: number;
	indexA: number;
	indexB: number;
	/** indexB − indexA. */
	gap: number;
	/** Largest |total| first. */
	drivers: DriverGap[];
	/** gap − Σ totals: rounding only, as both runs share their draws. */
	residual: number;
}

export interface GapOptions {
	/** Step to compare at; default the horizon. */
	step?: number;
	samples?: number;
	seed?: number;
	cache?: DrawCache;
}

function relativeWeights(model: ModelInput, scenario: ScenarioInput): number[] {
	const weights = model.drivers.map((d) => scenario.drivers[d.id].weight);
	const total = weights.reduce((sum, w) => sum + w, 0);
	return weights.map((w) => (total > 0 ? w / total : 0));
}

export function gapAttribution(
	model: ModelInput,
	a: ScenarioInput,
	b: ScenarioInput,
	options: GapOptions = {}
): GapAttribution {
	// Both runs use A's seed and sample count: common random numbers make the gap the inputs' alone.
	const shared = {
		seed: options.seed ?? a.seed,
		samples: options.samples ?? a.samples,
		cache: options.cache ?? new DrawCache(1)
	};
	const projectionA = simulate(model, a, shared);
	const projectionB = simulate(model, b, shared);
	const last = projectionA.times.length - 1;
	const step = Math.min(last, Math.max(0, options.step ?? last));
	const weightsA = relativeWeights(model, a);
	const weightsB = relativeWeights(model, b);
	const drivers = model.drivers.map(({ id }, i) => {
		const cA = projectionA.contributions[id][step];
		const cB = projectionB.contributions[id][step];
		const valueA = projectionA.driverMeans[id][step];
		const valueB = projectionB.driverMeans[id][step];
		const fromWeight = (weightsB[i] - weightsA[i]) * ((valueA + valueB) / 2);
		return { driver: id, total: cB - cA, fromWeight, fromValue: cB - cA - fromWeight };
	});
	drivers.sort((x, y) => Math.abs(y.total) - Math.abs(x.total) || x.driver.localeCompare(y.driver));
	const indexA = projectionA.index.mean[step];
	const indexB = projectionB.index.mean[step];
	const explained = drivers.reduce((sum, d) => sum + d.total, 0);
	return { step, indexA, indexB, gap: indexB - indexA, drivers, residual: indexB - indexA - explained };
}
