// Tornado analysis: how far a metric swings when one input moves across its plausible range,
// everything else held at the scenario's settings and the same random draws.

import { DrawCache } from './draws';
import { defaultMetric, evaluateMetric, type Metric, type MetricContext } from './metric';
import type { DriverSetting, ModelInput, ScenarioInput } from './types';

export type SensitivityInput = 'assessment' | 'weight';

export interface TornadoBar {
	driver: string;
	/** Metric with the input at its low end (assessment = low; weight −50%). */
	low: number;
	/** Metric with the input at its high end (assessment = high; weight +50%). */
	high: number;
	/** |high − low|. */
	swing: number;
}

export interface Tornado {
	metric: Metric;
	input: SensitivityInput;
	/** Metric at the scenario's own settings. */
	base: number;
	/** Largest swing first. */
	bars: TornadoBar[];
}

export interface SensitivityOptions {
	metric?: Metric;
	input?: SensitivityInput;
	samples?: number;
	seed?: number;
	cache?: DrawCache;
}

const WEIGHT_SWING = 0.5;

function withDriver(scenario: ScenarioInput, id: string, change: Partial<DriverSetting>): ScenarioInput {
	return { ...scenario, drivers: { ...scenario.drivers, [id]: { ...scenario.drivers[id], ...change } } };
}

function endpoints(setting: DriverSetting, input: SensitivityInput): [Partial<DriverSetting>, Partial<DriverSetting>] {
	if (input === 'weight') {
		// Only relative weights count, so +50% may exceed 1 here without leaving the model's meaning.
		return [{ weight: setting.weight * (1 - WEIGHT_SWING) }, { weight: setting.weight * (1 + WEIGHT_SWING) }];
	}
	// The assessment pinned at each end of the analyst's range, with no uncertainty left in it.
	return [
		{ low: setting.low, assessment: setting.low, high: setting.low },
		{ low: setting.high, assessment: setting.high, high: setting.high }
	];
}

export function sensitivity(model: ModelInput, scenario: ScenarioInput, options: SensitivityOptions = {}): Tornado {
	const metric = options.metric ?? defaultMetric(model);
	const input = options.input ?? 'assessment';
	const context: MetricContext = {
		model,
		seed: (options.seed ?? scenario.seed) >>> 0,
		samples: Math.max(1, Math.floor(options.samples ?? scenario.samples)),
		cache: options.cache ?? new DrawCache(1)
	};
	const base = evaluateMetric(context, scenario, metric);
	const bars = model.drivers.map(({ id }) => {
		const [lowChange, highChange] = endpoints(scenario.drivers[id], input);
		const low = evaluateMetric(context, withDriver(scenario, id, lowChange), metric);
		const high = evaluateMetric(context, withDriver(scenario, id, highChange), metric);
		return { driver: id, low, high, swing: Math.abs(high - low) };
	});
	bars.sort((a, b) => b.swing - a.swing || a.driver.localeCompare(b.driver));
	return { metric, input, base, bars };
}
