// The reference engine: the model of docs/model.md written as plainly as possible, to check the
// optimised engine (simulate.ts and the kernel under it) against. One path at a time, one step at a
// time, every formula as the spec writes it, a sort for the quantiles. It reads the same common
// random numbers in the same layout (draws.ts): per path, one uniform per driver, one per event and
// one per step, path after path from one seeded stream. Slow by design: for tests and the bench.

import { inverseNormal, UniformStream } from './random';
import { monthNumber, STEP_YEARS, timeSteps } from './time';
import type { DriverSetting, ModelInput, Projection, ScenarioInput, Uncertainty } from './types';

export interface ReferenceOptions {
	samples?: number;
	seed?: number;
}

/** One simulated path. */
export interface ReferencePath {
	/** The cohesion index S at each step. */
	index: number[];
	/** Each driver's value x at each step: drivers[i][k]. */
	drivers: number[][];
	/** The step from which each event applies (the step count when it does not). */
	eventSteps: number[];
}

const BAND_PROBABILITIES = { p5: 0.05, p25: 0.25, p50: 0.5, p75: 0.75, p95: 0.95 } as const;

/** The run's sample count and seed, as `simulate` reads them. */
export function runSize(scenario: ScenarioInput, options: ReferenceOptions): { samples: number; seed: number } {
	return {
		samples: Math.max(1, Math.floor(options.samples ?? scenario.samples)),
		seed: (options.seed ?? scenario.seed) >>> 0
	};
}

/** w / Σw: only relative weights count; all zero when every weight is zero. */
export function relativeWeights(settings: DriverSetting[]): number[] {
	const total = settings.reduce((sum, s) => sum + s.weight, 0);
	return settings.map((s) => (total > 0 ? s.weight / total : 0));
}

/** The inverse CDF of the triangular distribution (low, mode, high) at u; low = high: fixed. */
export function triangularQuantile(u: number, low: number, mode: number, high: number): number {
	const span = high - low;
	if (span <= 0) return mode;
	// u < (mode − low)/span, multiplied out as the engine writes it, so a draw on the boundary goes
	// the same way in both. A mode rounded a hair past `high` makes the right part negative: hence
	// the max, and the clamp for ranges so narrow that the products round outside them.
	const x =
		u * span < mode - low
			? low + Math.sqrt(u * span * (mode - low))
			: high - Math.sqrt(Math.max(0, (1 - u) * span * (high - mode)));
	return Math.min(high, Math.max(low, x));
}

/** The outcome k of an index value: τ_{k−1} ≤ S < τ_k, τ₀ = −∞, τ_K = +∞. */
export function outcomeOf(s: number, thresholds: number[]): number {
	let k = 0;
	while (k < thresholds.length && s >= thresholds[k]) k++;
	return k;
}

/** The first step whose time is at or after `years`; the step count when none is. */
function firstStepFrom(stepYears: number[], years: number): number {
	const k = stepYears.findIndex((t) => t >= years);
	return k === -1 ? stepYears.length : k;
}

/**
 * Which sources of uncertainty a run draws (docs/model.md#decomposition). A source switched off
 * takes its centre: each assessment its mode; each event its effects times `eventShares[e][k]`, the
 * share of paths of the full run on which it applies by step k; η zero.
 */
export interface Sources {
	ranges: boolean;
	unmodelled: boolean;
	/** Undefined: events drawn. */
	eventShares?: number[][];
}

const ALL_SOURCES: Sources = { ranges: true, unmodelled: true };

/** One path's events: when each applies from (the step count when it does not within the horizon). */
function eventSteps(
	model: ModelInput,
	draws: Float64Array,
	driverCount: number,
	probabilities: number[],
	stepYears: number[]
): number[] {
	const yearsOf = (month: string) => (monthNumber(month) - monthNumber(model.horizon.start)) / 12;
	const settled = new Map<string, { happened: boolean; time: number }>();
	// Each event after those it requires (validation rules out cycles), by recursion.
	const settle = (e: number): { happened: boolean; time: number } => {
		const event = model.events[e];
		const known = settled.get(event.id);
		if (known) return known;
		const from = yearsOf(event.window.from);
		const to = yearsOf(event.window.to);
		// Event e's two uniforms: whether at D + 2e, when at D + 2e + 1.
		let time = Math.min(to, from + draws[driverCount + 2 * e + 1] * (to - from));
		let happened = draws[driverCount + 2 * e] < probabilities[e];
		for (const id of event.requires ?? []) {
			const required = settle(model.events.findIndex((other) => other.id === id));
			happened = happened && required.happened;
			time = Math.max(time, required.time);
		}
		const result = { happened: happened && time <= to, time };
		settled.set(event.id, result);
		return result;
	};
	return model.events.map((_, e) => {
		const { happened, time } = settle(e);
		return happened ? firstStepFrom(stepYears, time) : stepYears.length;
	});
}

/** The model's paths, one at a time, in draw order. */
export function* referencePaths(
	model: ModelInput,
	scenario: ScenarioInput,
	options: ReferenceOptions = {},
	sources: Sources = ALL_SOURCES
): Generator<ReferencePath> {
	const { samples, seed } = runSize(scenario, options);
	const { years } = timeSteps(model.horizon);
	const settings = model.drivers.map(({ id }) => {
		const setting = scenario.drivers[id];
		if (!setting) throw new Error(`scenario ${scenario.id} has no setting for driver ${id}`);
		return setting;
	});
	const weights = relativeWeights(settings);
	for (const event of model.events)
		for (const id of Object.keys(event.effects))
			if (!model.drivers.some((d) => d.id === id)) throw new Error(`event ${event.id} affects unknown driver ${id}`);
	/** The shift of event e on driver i, or undefined when it has no effect on it. */
	const shiftOf = model.events.map((event) =>
		model.drivers.map(({ id }) => (Object.hasOwn(event.effects, id) ? event.effects[id] : undefined))
	);
	const probabilities = model.events.map((event) => scenario.events[event.id]?.probability ?? 0);
	const { persistence, volatility } = scenario.dynamics ?? model.dynamics;
	const driverCount = model.drivers.length;
	const eventCount = model.events.length;

	const stream = new UniformStream(seed);
	const draws = new Float64Array(driverCount + 2 * eventCount + years.length);
	for (let p = 0; p < samples; p++) {
		// This path's draws: driver i's uniform at i, event e's two at D + 2e and D + 2e + 1, step
		// k's at D + 2E + k.
		stream.fill(draws);
		const assessed = settings.map((s, i) =>
			sources.ranges ? triangularQuantile(draws[i], s.low, s.assessment, s.high) : s.assessment
		);
		const startSteps = eventSteps(model, draws, driverCount, probabilities, years);
		const path: ReferencePath = { index: [], drivers: settings.map(() => []), eventSteps: startSteps };
		let eta = 0;
		for (let k = 0; k < years.length; k++) {
			// η(0) = 0, η(t+Δ) = φ·η(t) + σ·√Δ·ε: step 0's normal is drawn but never used.
			if (k > 0 && sources.unmodelled)
				eta =
					persistence * eta +
					volatility * Math.sqrt(STEP_YEARS) * inverseNormal(draws[driverCount + 2 * eventCount + k]);
			let weighted = 0;
			for (let i = 0; i < driverCount; i++) {
				// The shifts of the events that have occurred by this step (or their expected
				// shifts), in the model's order.
				let shifts = 0;
				for (let e = 0; e < eventCount; e++) {
					const shift = shiftOf[e][i];
					if (shift === undefined) continue;
					if (sources.eventShares) shifts += shift * sources.eventShares[e][k];
					else if (startSteps[e] <= k) shifts += shift;
				}
				const x = Math.min(1, Math.max(-1, assessed[i] + settings[i].trend * years[k] + shifts));
				path.drivers[i].push(x);
				weighted += weights[i] * x;
			}
			path.index.push(weighted + eta);
		}
		yield path;
	}
}

/** The R-7 quantile (linear between order statistics) of values sorted in increasing order. */
export function sortedQuantile(sorted: number[], probability: number): number {
	const h = (sorted.length - 1) * probability;
	const low = Math.floor(h);
	const high = Math.min(sorted.length - 1, low + 1);
	return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

/** What `simulate` returns, computed plainly: much slower, the same numbers (see reference.test.ts). */
export function referenceSimulate(
	model: ModelInput,
	scenario: ScenarioInput,
	options: ReferenceOptions = {}
): Projection {
	const { samples, seed } = runSize(scenario, options);
	const steps = timeSteps(model.horizon);
	const stepCount = steps.labels.length;
	const outcomeIds = model.outcomes.map((o) => o.id);
	const weights = relativeWeights(model.drivers.map(({ id }) => scenario.drivers[id]));
	const perStep = <T>(make: () => T) => Array.from({ length: stepCount }, make);
	const outcomeCounts = perStep(() => outcomeIds.map(() => 0));
	const ruptureCounts = perStep(() => 0);
	const indexValues = perStep((): number[] => []);
	const indexSums = perStep(() => 0);
	const driverSums = model.drivers.map(() => perStep(() => 0));
	const eventCounts = model.events.map(() => perStep(() => 0));

	for (const path of referencePaths(model, scenario, { samples, seed })) {
		path.eventSteps.forEach((start, e) => {
			for (let k = start; k < stepCount; k++) eventCounts[e][k]++;
		});
		let ruptured = false;
		for (let k = 0; k < stepCount; k++) {
			const s = path.index[k];
			const outcome = outcomeOf(s, model.thresholds);
			outcomeCounts[k][outcome]++;
			// Rupture by t: in the lowest outcome at any step up to t.
			if (outcome === 0) ruptured = true;
			if (ruptured) ruptureCounts[k]++;
			indexValues[k].push(s);
			indexSums[k] += s;
			path.drivers.forEach((values, i) => (driverSums[i][k] += values[k]));
		}
	}

	const sorted = indexValues.map((values) => [...values].sort((a, b) => a - b));
	const band = (probability: number) => sorted.map((values) => sortedQuantile(values, probability));
	const driverMeans: Record<string, number[]> = {};
	const contributions: Record<string, number[]> = {};
	model.drivers.forEach(({ id }, i) => {
		driverMeans[id] = driverSums[i].map((sum) => sum / samples);
		contributions[id] = driverMeans[id].map((mean) => weights[i] * mean);
	});
	return {
		modelId: model.id,
		scenarioId: scenario.id,
		seed,
		samples,
		times: steps.labels,
		years: steps.years,
		outcomes: outcomeIds,
		stateProbabilities: Object.fromEntries(
			outcomeIds.map((id, o) => [id, outcomeCounts.map((counts) => counts[o] / samples)])
		),
		ruptureRisk: ruptureCounts.map((count) => count / samples),
		index: {
			p5: band(BAND_PROBABILITIES.p5),
			p25: band(BAND_PROBABILITIES.p25),
			p50: band(BAND_PROBABILITIES.p50),
			p75: band(BAND_PROBABILITIES.p75),
			p95: band(BAND_PROBABILITIES.p95),
			mean: indexSums.map((sum) => sum / samples)
		},
		contributions,
		driverMeans,
		eventShares: Object.fromEntries(model.events.map(({ id }, e) => [id, eventCounts[e].map((c) => c / samples)])),
		uncertainty: referenceUncertainty(model, scenario, { samples, seed }, indexValues[stepCount - 1], eventCounts)
	};
}

/** Population variance, measured from the first value: equal values give exactly 0. */
function variance(values: number[]): number {
	const deviations = values.map((v) => v - values[0]);
	const mean = deviations.reduce((sum, d) => sum + d, 0) / values.length;
	return deviations.reduce((sum, d) => sum + (d - mean) * (d - mean), 0) / values.length;
}

/**
 * The decomposition of Var S(H) (docs/model.md#decomposition), from the full run's horizon index
 * and its event counts per step: each source alone on, the others at their centres.
 */
function referenceUncertainty(
	model: ModelInput,
	scenario: ScenarioInput,
	options: { samples: number; seed: number },
	fullHorizon: number[],
	eventCounts: number[][]
): Uncertainty {
	const full = variance(fullHorizon);
	const eventShares = eventCounts.map((counts) => counts.map((c) => c / options.samples));
	const horizonVariance = (sources: Sources) =>
		variance([...referencePaths(model, scenario, options, sources)].map((path) => path.index[path.index.length - 1]));
	const ranges = horizonVariance({ ranges: true, unmodelled: false, eventShares });
	const events = horizonVariance({ ranges: false, unmodelled: false });
	const unmodelled = horizonVariance({ ranges: false, unmodelled: true, eventShares });
	if (!(full > 0)) return { variance: 0, ranges: 0, events: 0, unmodelled: 0, interaction: 0 };
	return {
		variance: full,
		ranges: ranges / full,
		events: events / full,
		unmodelled: unmodelled / full,
		interaction: (full - ranges - events - unmodelled) / full
	};
}
