// The tornado and the gap attribution of docs/model.md, written plainly on the reference engine
// (reference.ts), to check sensitivity.ts and gap.ts against. Slow by design: for tests only.

import type { GapAttribution, GapOptions } from './gap';
import { defaultMetric, type Metric } from './metric';
import { outcomeOf, referencePaths, referenceSimulate, relativeWeights, runSize } from './reference';
import type { SensitivityOptions, Tornado } from './sensitivity';
import { timeSteps } from './time';
import type { DriverSetting, ModelInput, ScenarioInput } from './types';

/** A metric of one scenario, path by path: a share of paths, or the mean index. */
export function referenceMetric(
	model: ModelInput,
	scenario: ScenarioInput,
	metric: Metric,
	options: { samples: number; seed: number }
): number {
	const stepCount = timeSteps(model.horizon).labels.length;
	const step = Math.min(stepCount - 1, Math.max(0, metric.step ?? stepCount - 1));
	let total = 0;
	for (const { index } of referencePaths(model, scenario, options)) {
		if (metric.kind === 'mean-index') total += index[step];
		else if (metric.kind === 'rupture')
			total += index.slice(0, step + 1).some((s) => outcomeOf(s, model.thresholds) === 0) ? 1 : 0;
		else total += metric.outcomes.includes(model.outcomes[outcomeOf(index[step], model.thresholds)].id) ? 1 : 0;
	}
	return total / options.samples;
}

function withDriver(scenario: ScenarioInput, id: string, change: Partial<DriverSetting>): ScenarioInput {
	return { ...scenario, drivers: { ...scenario.drivers, [id]: { ...scenario.drivers[id], ...change } } };
}

/**
 * The swing of the metric when one driver's input goes from its low end to its high end, all else
 * at the scenario's settings: the assessment pinned at its range's low, then at its high (no range
 * left); or the weight at −50%, then at +50%. Largest swing first.
 */
export function referenceSensitivity(
	model: ModelInput,
	scenario: ScenarioInput,
	options: Omit<SensitivityOptions, 'cache'> = {}
): Tornado {
	const metric = options.metric ?? defaultMetric(model);
	const input = options.input ?? 'assessment';
	const size = runSize(scenario, options);
	const evaluate = (s: ScenarioInput) => referenceMetric(model, s, metric, size);
	const bars = model.drivers.map(({ id }) => {
		const setting = scenario.drivers[id];
		const [lowEnd, highEnd] =
			input === 'weight'
				? [{ weight: setting.weight * 0.5 }, { weight: setting.weight * 1.5 }]
				: [
						{ low: setting.low, assessment: setting.low, high: setting.low },
						{ low: setting.high, assessment: setting.high, high: setting.high }
					];
		const low = evaluate(withDriver(scenario, id, lowEnd));
		const high = evaluate(withDriver(scenario, id, highEnd));
		return { driver: id, low, high, swing: Math.abs(high - low) };
	});
	bars.sort((a, b) => b.swing - a.swing || a.driver.localeCompare(b.driver));
	return { metric, input, base: evaluate(scenario), bars };
}

/**
 * How much of the difference in the mean index between A and B (both on A's draws) each driver
 * explains: its change in contribution Δcᵢ, split by the midpoint rule into the part of its
 * relative weight, Δwᵢ·(x̄ᵢᴬ + x̄ᵢᴮ)/2, and the part of its mean value, the rest.
 */
export function referenceGapAttribution(
	model: ModelInput,
	a: ScenarioInput,
	b: ScenarioInput,
	options: Omit<GapOptions, 'cache'> = {}
): GapAttribution {
	const shared = { seed: options.seed ?? a.seed, samples: options.samples ?? a.samples };
	const projectionA = referenceSimulate(model, a, shared);
	const projectionB = referenceSimulate(model, b, shared);
	const last = projectionA.times.length - 1;
	const step = Math.min(last, Math.max(0, options.step ?? last));
	const weightsA = relativeWeights(model.drivers.map(({ id }) => a.drivers[id]));
	const weightsB = relativeWeights(model.drivers.map(({ id }) => b.drivers[id]));
	const drivers = model.drivers.map(({ id }, i) => {
		const total = projectionB.contributions[id][step] - projectionA.contributions[id][step];
		const meanValue = (projectionA.driverMeans[id][step] + projectionB.driverMeans[id][step]) / 2;
		const fromWeight = (weightsB[i] - weightsA[i]) * meanValue;
		return { driver: id, total, fromWeight, fromValue: total - fromWeight };
	});
	drivers.sort((x, y) => Math.abs(y.total) - Math.abs(x.total) || x.driver.localeCompare(y.driver));
	const indexA = projectionA.index.mean[step];
	const indexB = projectionB.index.mean[step];
	const gap = indexB - indexA;
	return { step, indexA, indexB, gap, drivers, residual: gap - drivers.reduce((sum, d) => sum + d.total, 0) };
}
