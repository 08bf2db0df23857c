// The kernel's first pass, path by path: draw the path, and reduce its linear drivers to a
// level, a slope and a jump per event (see path-state.ts); only drivers that may touch ±1 are
// evaluated step by step, straight into the index.

import type { DrawSource } from './draws';
import type { PreparedRun } from './prepare';
import { PathState, startPath } from './path-state';
import type { Scratch } from './scratch';

export interface LinearParts {
	level: Float64Array;
	slope: Float64Array;
	/** Weighted jump of the linear drivers when event e occurs on path p, at [e·samples + p]. */
	eventJump: Float64Array;
	/** Σ over linear paths of each driver's sampled assessment, its path count, and event shifts by start step. */
	baseSum: Float64Array;
	count: Float64Array;
	shiftFrom: Float64Array;
}

/**
 * η (written by the draw source) and the bounded drivers go straight into `index`, step-major;
 * linear drivers into their parts.
 */
export function pathPass(run: PreparedRun, source: DrawSource, samples: number, index: Float64Array, driverSums: Float64Array, scratch: Scratch): LinearParts {
	const drivers = run.driverIds.length;
	const events = run.eventProbability.length;
	const steps = run.steps.years.length;
	const { normalizedWeights: weight, trend } = run;
	const years = Float64Array.from(run.steps.years);
	source.etaInto(index, samples);
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

	for (let p = 0; p < samples; p++) {
		const draws = source.path(p);
		startPath(run, draws, state);
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

