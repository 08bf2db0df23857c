// The kernel's first pass, a block of paths at a time (see block-state.ts): reduce each path's
// linear drivers to a level, a slope and a jump per event; evaluate the drivers that may touch
// ±1 step by step, straight into the index.

import { BLOCK_PATHS, BlockState, startBlock } from './block-state';
import type { DrawSource } from './draws';
import type { PreparedRun } from './prepare';
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
	source.etaInto(index, samples);
	const parts: LinearParts = {
		level: scratch.float('level', samples),
		slope: scratch.float('slope', samples),
		eventJump: scratch.float('eventJump', events * samples),
		baseSum: new Float64Array(drivers),
		count: new Float64Array(drivers),
		shiftFrom: new Float64Array((steps + 1) * drivers)
	};
	const state = new BlockState(drivers, events);
	const bounded = new BoundedDrivers(run, samples, index, driverSums);
	for (let from = 0; from < samples; from += BLOCK_PATHS) {
		const count = Math.min(BLOCK_PATHS, samples - from);
		startBlock(run, source.block(from, count), count, state);
		addLinearDrivers(run, state, from, count, parts);
		addEventJumps(run, state, from, count, samples, parts);
		for (let q = 0; q < count; q++) if (state.boundedCount[q] > 0) bounded.add(state, q, from + q);
	}
	return parts;
}

/** Level and slope of each path's linear drivers, and their sums over paths per driver. */
function addLinearDrivers(run: PreparedRun, state: BlockState, from: number, count: number, parts: LinearParts): void {
	const { level, slope, baseSum, count: linearCount } = parts;
	for (let i = 0; i < state.drivers; i++) {
		const row = i * BLOCK_PATHS;
		const weight = run.normalizedWeights[i];
		const weightedTrend = weight * run.trend[i];
		let sum = baseSum[i];
		let paths = linearCount[i];
		for (let q = 0; q < count; q++) {
			const linear = 1 - state.bounded[row + q];
			const base = state.base[row + q];
			level[from + q] += weight * base * linear;
			slope[from + q] += weightedTrend * linear;
			sum += base * linear;
			paths += linear;
		}
		baseSum[i] = sum;
		linearCount[i] = paths;
	}
}

/** Each event's jump in the weighted sum of a path's linear drivers, when it happens there. */
function addEventJumps(run: PreparedRun, state: BlockState, from: number, count: number, samples: number, parts: LinearParts): void {
	const drivers = state.drivers;
	for (let e = 0; e < state.events; e++) {
		const jumpRow = e * samples + from;
		const eventRow = e * BLOCK_PATHS;
		const shiftRow = run.eventStartStep[e] * drivers;
		for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++) {
			const i = run.effectDriver[j];
			const driverRow = i * BLOCK_PATHS;
			const shift = run.effectShift[j];
			const weightedShift = run.normalizedWeights[i] * shift;
			let applied = 0;
			for (let q = 0; q < count; q++) {
				const applies = state.occurred[eventRow + q] * (1 - state.bounded[driverRow + q]);
				parts.eventJump[jumpRow + q] += weightedShift * applies;
				applied += applies;
			}
			parts.shiftFrom[shiftRow + i] += shift * applied;
		}
	}
}

/** The drivers that may reach ±1 on a path, clamped step by step. */
class BoundedDrivers {
	readonly #list: Int32Array;
	readonly #shift: Float64Array;
	readonly #years: Float64Array;

	constructor(
		private readonly run: PreparedRun,
		private readonly samples: number,
		private readonly index: Float64Array,
		private readonly driverSums: Float64Array
	) {
		this.#list = new Int32Array(run.driverIds.length);
		this.#shift = new Float64Array(run.driverIds.length);
		this.#years = Float64Array.from(run.steps.years);
	}

	add(state: BlockState, q: number, p: number): void {
		const { run, samples, index, driverSums } = this;
		const drivers = state.drivers;
		const events = state.events;
		const list = this.#list;
		const shift = this.#shift;
		let listed = 0;
		for (let i = 0; i < drivers; i++) {
			shift[i] = 0;
			if (state.bounded[i * BLOCK_PATHS + q] === 1) list[listed++] = i;
		}
		let nextEvent = 0;
		for (let k = 0; k < this.#years.length; k++) {
			while (nextEvent < events && run.eventStartStep[run.eventsByStart[nextEvent]] <= k) {
				const e = run.eventsByStart[nextEvent++];
				if (state.occurred[e * BLOCK_PATHS + q] === 0) continue;
				for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++) {
					const i = run.effectDriver[j];
					if (state.bounded[i * BLOCK_PATHS + q] === 1) shift[i] += run.effectShift[j];
				}
			}
			const t = this.#years[k];
			let sum = 0;
			for (let b = 0; b < listed; b++) {
				const i = list[b];
				let x = state.base[i * BLOCK_PATHS + q] + run.trend[i] * t + shift[i];
				x = x < -1 ? -1 : x > 1 ? 1 : x;
				sum += run.normalizedWeights[i] * x;
				driverSums[k * drivers + i] += x;
			}
			index[k * samples + p] += sum;
		}
	}
}
