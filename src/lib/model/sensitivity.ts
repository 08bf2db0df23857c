// Tornado analysis: how far a metric swings when one input moves across its plausible range,
// everything else held at the scenario's settings and the same random draws.

import { DrawCache } from './draws';
import { defaultMetric, evaluateMetric, type Metric, type MetricContext } from './metric';
import type { DriverSetting, ModelInput, ScenarioInput } from './types';

export type SensitivityInput = 'assessment' | 'weight';

export type TornadoInputKind = 'driver' | 'event';

export interface TornadoBar {
	kind: TornadoInputKind;
	/** Driver or event id. */
	id: string;
	/** Metric with the input at its low end (assessment = low; weight −50%; probability 0). */
	low: number;
	/** Metric with the input at its high end (assessment = high; weight +50%; probability 1). */
	high: number;
	/** |high − low|. */
	swing: number;
}

export interface Tornado {
	metric: Metric;
	input: SensitivityInput;
	/** Metric at the scenario's own settings: with the same seed and samples, the key judgment's number. */
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

function withEvent(scenario: ScenarioInput, id: string, probability: number): ScenarioInput {
	return { ...scenario, events: { ...scenario.events, [id]: { probability } } };
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
	const bar = (kind: TornadoInputKind, id: string, atLow: ScenarioInput, atHigh: ScenarioInput): TornadoBar => {
		const low = evaluateMetric(context, atLow, metric);
		const high = evaluateMetric(context, atHigh, metric);
		return { kind, id, low, high, swing: Math.abs(high - low) };
	};
	const bars = model.drivers.map(({ id }) => {
		const [lowChange, highChange] = endpoints(scenario.drivers[id], input);
		return bar('driver', id, withDriver(scenario, id, lowChange), withDriver(scenario, id, highChange));
	});
	// Events have no weight: they join the tornado of the inputs as set, from "never" to "surely".
	if (input === 'assessment')
		for (const { id } of model.events)
			bars.push(bar('event', id, withEvent(scenario, id, 0), withEvent(scenario, id, 1)));
	bars.sort(bySwing);
	return { metric, input, base, bars };
}

/** Largest swing first; ties by kind (drivers first), then id. */
export function bySwing(a: TornadoBar, b: TornadoBar): number {
	return b.swing - a.swing || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id);
}
