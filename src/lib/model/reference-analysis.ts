// The tornado and the gap attribution of docs/model.md, written plainly on the reference engine
// (reference.ts), to check sensitivity.ts and gap.ts against. Slow by design: for tests only.

import { attributeGap, type GapAttribution, type GapOptions } from './gap';
import { defaultMetric, type Metric } from './metric';
import { outcomeOf, referencePaths, runSize } from './reference';
import { bySwing, type SensitivityOptions, type Tornado, type TornadoBar } from './sensitivity';
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
 * The swing of the metric when one input goes from its low end to its high end, all else at the
 * scenario's settings: a driver's assessment pinned at its range's low, then at its high (no range
 * left), or its weight at −50%, then at +50%; with the assessments, each event's probability at 0,
 * then at 1. Largest swing first.
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
	const bars: TornadoBar[] = model.drivers.map(({ id }) => {
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
		return { kind: 'driver', id, low, high, swing: Math.abs(high - low) };
	});
	if (input === 'assessment')
		for (const { id } of model.events) {
			const at = (probability: number) =>
				evaluate({ ...scenario, events: { ...scenario.events, [id]: { probability } } });
			const low = at(0);
			const high = at(1);
			bars.push({ kind: 'event', id, low, high, swing: Math.abs(high - low) });
		}
	bars.sort(bySwing);
	return { metric, input, base: evaluate(scenario), bars };
}

/**
 * The gap between A and B attributed to their inputs by the path method of gap.ts (attributeGap),
 * each run of a mixed scenario done path by path on A's draws.
 */
export function referenceGapAttribution(
	model: ModelInput,
	a: ScenarioInput,
	b: ScenarioInput,
	options: Omit<GapOptions, 'cache'> = {}
): GapAttribution {
	const size = { seed: (options.seed ?? a.seed) >>> 0, samples: Math.max(1, Math.floor(options.samples ?? a.samples)) };
	const last = timeSteps(model.horizon).labels.length - 1;
	const step = Math.min(last, Math.max(0, options.step ?? last));
	const metric = defaultMetric(model);
	return attributeGap(model, a, b, step, metric, (s) => ({
		mean: referenceMetric(model, s, { kind: 'mean-index', step }, size),
		share: referenceMetric(model, s, { ...metric, step }, size)
	}));
}
