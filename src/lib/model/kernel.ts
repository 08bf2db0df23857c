// The Monte Carlo loop, run live while an analyst drags a slider. Two passes:
//  1. path by path: draw the path, and reduce its linear drivers to a level, a slope and a jump
//     per event (see path-state.ts); only drivers that may touch ±1 are evaluated step by step.
//  2. step by step over all paths (contiguous arrays, no per-path branching): the index, its
//     sum and range, outcome counts and rupture so far.

import type { DrawSource } from './draws';
import type { PreparedRun } from './prepare';
import { PathState, startPath } from './path-state';
import { Scratch } from './scratch';

export interface KernelResult {
	samples: number;
	steps: number;
	/** Cohesion index, step-major (steps × samples), for quantiles. */
	index: Float64Array;
	/** Smallest and largest index per step. */
	indexMin: Float64Array;
	indexMax: Float64Array;
	/** Paths per outcome, steps × outcomes. */
	outcomeCounts: Int32Array;
	/** Paths that were in the lowest outcome at any step so far, per step. */
	ruptureCounts: Int32Array;
	/** Σ over paths of each driver's value, steps × drivers. */
	driverSums: Float64Array;
	/** Σ over paths of the index, per step. */
	indexSums: Float64Array;
}

interface LinearParts {
	level: Float64Array;
	slope: Float64Array;
	/** Weighted jump of the linear drivers when event e occurs on path p, at [e·samples + p]. */
	eventJump: Float64Array;
	/** Σ over linear paths of each driver's sampled assessment, its path count, and event shifts by start step. */
	baseSum: Float64Array;
	count: Float64Array;
	shiftFrom: Float64Array;
}

/** Pass 1: η and the bounded drivers go straight into `index`; linear drivers into their parts. */
function pathPass(run: PreparedRun, source: DrawSource, samples: number, index: Float64Array, driverSums: Float64Array, scratch: Scratch): LinearParts {
	const drivers = run.driverIds.length;
	const events = run.eventProbability.length;
	const steps = run.steps.years.length;
	const { normalizedWeights: weight, trend } = run;
	const years = Float64Array.from(run.steps.years);
	const parts: LinearParts = {
		level: scratch.float('level', samples),
		slope: scratch.float('slope', samples),
		eventJump: scratch.float('eventJump', events * samples),
		baseSum: new Float64Array(drivers),
		count: new Float64Array(drivers),
		shiftFrom: new Float64Array((steps + 1) * drivers)
	};
	const state = new PathState(drivers, events, steps);
	const { base, bounded, occurred } = state;
	const lastYear = years[steps - 1] ?? 0;

	for (let p = 0; p < samples; p++) {
		const draws = source.path(p);
		startPath(run, draws, state, lastYear);
		const { eta, etaOffset } = draws;
		let level = 0;
		let slope = 0;
		for (let i = 0; i < drivers; i++) {
			if (bounded[i] === 1) continue;
			level += weight[i] * base[i];
			slope += weight[i] * trend[i];
			parts.baseSum[i] += base[i];
			parts.count[i] += 1;
		}
		parts.level[p] = level;
		parts.slope[p] = slope;
		for (let k = 0; k < steps; k++) index[k * samples + p] = eta[etaOffset + k];
		if (!state.anyEvent && state.boundedCount === 0) continue;

		for (let e = 0; e < events; e++) {
			if (occurred[e] === 0) continue;
			const start = run.eventStartStep[e];
			let jump = 0;
			for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++) {
				const i = run.effectDriver[j];
				if (bounded[i] === 1) continue;
				jump += weight[i] * run.effectShift[j];
				parts.shiftFrom[start * drivers + i] += run.effectShift[j];
			}
			parts.eventJump[e * samples + p] = jump;
		}
		if (state.boundedCount > 0) addBoundedDrivers(run, state, p, samples, years, index, driverSums);
	}
	return parts;
}

/** The drivers that may reach ±1 on this path, clamped step by step. */
function addBoundedDrivers(run: PreparedRun, state: PathState, p: number, samples: number, years: Float64Array, index: Float64Array, driverSums: Float64Array): void {
	const drivers = run.driverIds.length;
	const events = run.eventProbability.length;
	const { base, bounded, boundedList, shift, occurred } = state;
	shift.fill(0);
	let nextEvent = state.anyEvent ? 0 : events;
	for (let k = 0; k < years.length; k++) {
		while (nextEvent < events && run.eventStartStep[run.eventsByStart[nextEvent]] <= k) {
			const e = run.eventsByStart[nextEvent++];
			if (occurred[e] === 0) continue;
			for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++) {
				if (bounded[run.effectDriver[j]] === 1) shift[run.effectDriver[j]] += run.effectShift[j];
			}
		}
		const t = years[k];
		let sum = 0;
		for (let b = 0; b < state.boundedCount; b++) {
			const i = boundedList[b];
			let x = base[i] + run.trend[i] * t + shift[i];
			x = x < -1 ? -1 : x > 1 ? 1 : x;
			sum += run.normalizedWeights[i] * x;
			driverSums[k * drivers + i] += x;
		}
		index[k * samples + p] += sum;
	}
}

/**
 * `scratch` lends the large working arrays; the returned `index` is one of them, valid until the
 * next run with the same scratch.
 */
export function runKernel(run: PreparedRun, source: DrawSource, samples: number, scratch: Scratch = new Scratch()): KernelResult {
	const drivers = run.driverIds.length;
	const steps = run.steps.years.length;
	const cuts = run.thresholds.length;
	const outcomes = cuts + 1;
	const years = Float64Array.from(run.steps.years);
	const index = scratch.float('index', steps * samples);
	const driverSums = new Float64Array(steps * drivers);
	const parts = pathPass(run, source, samples, index, driverSums, scratch);

	const indexMin = new Float64Array(steps);
	const indexMax = new Float64Array(steps);
	const outcomeCounts = new Int32Array(steps * outcomes);
	const ruptureCounts = new Int32Array(steps);
	const indexSums = new Float64Array(steps);
	const offset = scratch.float('offset', samples);
	const ruptured = scratch.bytes('ruptured', samples);
	const counts = new Int32Array(outcomes);
	const { level, slope, eventJump } = parts;
	const thresholds = run.thresholds;
	let nextEvent = 0;

	for (let k = 0; k < steps; k++) {
		while (nextEvent < run.eventsByStart.length && run.eventStartStep[run.eventsByStart[nextEvent]] <= k) {
			const row = run.eventsByStart[nextEvent++] * samples;
			for (let p = 0; p < samples; p++) offset[p] += eventJump[row + p];
		}
		const t = years[k];
		const row = k * samples;
		counts.fill(0);
		let sum = 0;
		let min = Infinity;
		let max = -Infinity;
		let ruptures = 0;
		for (let p = 0; p < samples; p++) {
			const s = index[row + p] + level[p] + slope[p] * t + offset[p];
			index[row + p] = s;
			sum += s;
			min = Math.min(min, s);
			max = Math.max(max, s);
			let outcome = 0;
			while (outcome < cuts && s >= thresholds[outcome]) outcome++;
			counts[outcome]++;
			if (outcome === 0) ruptured[p] = 1;
			ruptures += ruptured[p];
		}
		indexSums[k] = sum;
		indexMin[k] = min;
		indexMax[k] = max;
		ruptureCounts[k] = ruptures;
		outcomeCounts.set(counts, k * outcomes);
	}
	addLinearSums(driverSums, parts, run.trend, years);
	return { samples, steps, index, indexMin, indexMax, outcomeCounts, ruptureCounts, driverSums, indexSums };
}

/** Σ over linear paths of base + trend·t + shift(t), added to the step-by-step sums. */
function addLinearSums(driverSums: Float64Array, parts: LinearParts, trend: Float64Array, years: Float64Array): void {
	const drivers = parts.baseSum.length;
	const cumulative = new Float64Array(drivers);
	for (let k = 0; k < years.length; k++) {
		for (let i = 0; i < drivers; i++) {
			cumulative[i] += parts.shiftFrom[k * drivers + i];
			driverSums[k * drivers + i] += parts.baseSum[i] + parts.count[i] * trend[i] * years[k] + cumulative[i];
		}
	}
}
