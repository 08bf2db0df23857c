// Shared inputs for the chart builder tests: a small projection and English text.

import type { Projection, Tornado } from '$lib/model';
import type { ChartContext, ChartText, ChartTheme, DriverLabel, EventLabel, OutcomeStyle } from './types';

export const projection: Projection = {
	modelId: 'm',
	scenarioId: 's',
	seed: 1,
	samples: 100,
	times: ['2025-Q3', '2025-Q4', '2026-Q1'],
	years: [0, 0.25, 0.5],
	outcomes: ['rupture', 'cooling', 'transactional', 'deepening-alliance'],
	stateProbabilities: {
		rupture: [0.05, 0.1, 0.15],
		cooling: [0.25, 0.3, 0.3],
		transactional: [0.5, 0.4, 0.35],
		'deepening-alliance': [0.2, 0.2, 0.2]
	},
	ruptureRisk: [0.05, 0.12, 0.2],
	index: {
		p5: [-0.4, -0.5, -0.6],
		p25: [-0.1, -0.15, -0.2],
		p50: [0.1, 0.08, 0.05],
		p75: [0.3, 0.32, 0.35],
		p95: [0.6, 0.65, 0.7],
		mean: [0.11, 0.07, 0.04]
	},
	contributions: {
		military: [0.2, 0.21, 0.22],
		trade: [0.05, -0.01, -0.03],
		sanctions: [-0.06, -0.08, -0.1]
	},
	driverMeans: {
		military: [0.5, 0.52, 0.55],
		trade: [0.1, -0.02, -0.06],
		sanctions: [-0.3, -0.4, -0.5]
	},
	eventShares: { ceasefire: [0, 0.1, 0.25] },
	// Slightly negative interaction, as clamping can leave it.
	uncertainty: { variance: 0.04, ranges: 0.3, events: 0.18, unmodelled: 0.53, interaction: -0.01 }
};

export const outcomes: OutcomeStyle[] = [
	{ id: 'deepening-alliance', label: 'Deepening alliance', color: '#009E73' },
	{ id: 'rupture', label: 'Rupture', color: '#D55E00' },
	{ id: 'transactional', label: 'Transactional', color: '#56B4E9' },
	{ id: 'cooling', label: 'Cooling', color: '#E69F00' }
];

export const drivers: DriverLabel[] = [
	{ id: 'military', label: 'Military cooperation' },
	{ id: 'trade', label: 'Trade' },
	{ id: 'sanctions', label: 'Sanctions pressure' }
];

export const events: EventLabel[] = [{ id: 'ceasefire', label: 'Ceasefire' }];

export const tornado: Tornado = {
	metric: { kind: 'outcomes', outcomes: ['transactional', 'deepening-alliance'] },
	input: 'assessment',
	base: 0.55,
	bars: [
		{ kind: 'driver', id: 'trade', low: 0.5, high: 0.58, swing: 0.08 },
		{ kind: 'driver', id: 'military', low: 0.4, high: 0.7, swing: 0.3 },
		// Raising this input lowers the metric: each end still goes its own way from the base.
		{ kind: 'driver', id: 'sanctions', low: 0.62, high: 0.47, swing: 0.15 },
		// Both ends above the base (a nonlinear metric): neither end's bar may hide the other.
		{ kind: 'event', id: 'ceasefire', low: 0.6, high: 0.72, swing: 0.12 }
	]
};

export const text: ChartText = {
	outcomeProbabilities: 'Outcome probabilities over time',
	cohesionIndex: 'Cohesion index',
	ruptureRisk: 'Rupture risk by date',
	contributionsAt: (time) => `Contributions at ${time}`,
	sensitivity: (metric, base) => `Sensitivity of ${metric} (base ${base})`,
	probability: 'Probability',
	date: 'Date',
	driver: 'Driver',
	contribution: 'Contribution to the index',
	band90: '90% band',
	band50: '50% band',
	median: 'Median',
	mean: 'Mean',
	percentile: (p) => `${p}th percentile`,
	pushesUp: 'Pushes up',
	pushesDown: 'Pushes down',
	lowEnd: 'Low end',
	highEnd: 'High end',
	swing: 'Swing',
	base: (value) => `Scenario as set: ${value}`,
	baseLine: (value) => `As set: ${value}`,
	input: 'Input',
	tornadoEnds: {
		assessmentLow: 'Assessment low',
		assessmentHigh: 'Assessment high',
		eventOff: 'Probability 0',
		eventOn: 'Probability 1',
		weightLow: 'Weight −50%',
		weightHigh: 'Weight +50%',
		eitherLow: 'Assessment low / Probability 0',
		eitherHigh: 'Assessment high / Probability 1',
		eitherLowShort: 'Low / 0',
		eitherHighShort: 'High / 1'
	},
	sources: { ranges: 'Ranges', events: 'Events', unmodelled: 'Unmodelled', interaction: 'Interaction' },
	largestSource: (source, share) => `Largest: ${source} (${share})`,
	uncertaintyShare: 'Share',
	source: 'Source',
	percentColumn: (label) => `${label} (%)`,
	pointsColumn: (label) => `${label} (percentage points)`,
	percent: (share) => `${Math.round(share * 100)}%`,
	number: (value) => value.toFixed(2),
	time: (label) => label.replace('-', ' ')
};

export function context(rtl = false, theme: ChartTheme = 'light'): ChartContext {
	return { rtl, theme, text };
}

/** Loose views into a config, for reading what the builders set. */
export interface ScaleView {
	type?: string;
	reverse?: boolean;
	position?: string;
	stacked?: boolean;
	min?: number;
	max?: number;
	ticks: { callback: (value: number) => string; font?: { size?: number } };
}

export function scaleOf(config: { options?: { scales?: object } }, id: string): ScaleView {
	const scales = (config.options?.scales ?? {}) as Record<string, ScaleView>;
	return scales[id];
}

/** Walks a config and reports anything that is not plain data (arrays, plain objects, primitives, functions). */
export function nonPlainPaths(value: unknown, path = '$'): string[] {
	if (value === null || typeof value !== 'object') return [];
	if (Array.isArray(value)) return value.flatMap((v, i) => nonPlainPaths(v, `${path}[${i}]`));
	const proto: unknown = Object.getPrototypeOf(value);
	if (proto !== Object.prototype && proto !== null) return [path];
	return Object.entries(value).flatMap(([k, v]) => nonPlainPaths(v, `${path}.${k}`));
}
