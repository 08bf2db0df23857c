// The kernel's first pass, a block of paths at a time (see block-state.ts): reduce each path's
// linear drivers to a level, a slope and a jump per event; evaluate the drivers that may touch
// ±1 step by step, straight into the index.

import { BLOCK_PATHS, BlockState, startBlock } from './block-state';
import { BoundedDrivers } from './bounded-drivers';
import type { Decomposition } from './decomposition';
import { EventJumps } from './event-jumps';
import type { DrawSource } from './draws';
import type { PreparedRun } from './prepare';
import type { Scratch } from './scratch';

export interface LinearParts {
	level: Float64Array;
	slope: Float64Array;
	/** Weighted jumps of the linear drivers of path p's events that start at step k, at [k·samples + p]. */
	jumpAt: Float64Array;
	/** Σ over linear paths of each driver's sampled assessment, its path count, and event shifts by start step. */
	baseSum: Float64Array;
	count: Float64Array;
	/** Σ over paths of event shifts on linear drivers, by start step and driver: [step·drivers + i]. */
	shiftFrom: Float64Array;
	/** Paths on which event e starts at step k: [e·(steps + 1) + k]; k = steps: it does not apply. */
	started: Float64Array;
}

/**
 * η (written by the draw source) and the bounded drivers go straight into `index`, step-major;
 * linear drivers into their parts.
 */
export function pathPass(
	run: PreparedRun,
	source: DrawSource,
	samples: number,
	index: Float64Array,
	driverSums: Float64Array,
	scratch: Scratch,
	decomposition?: Decomposition
): LinearParts {
	const drivers = run.driverIds.length;
	const events = run.eventChance.length;
	const steps = run.steps.years.length;
	source.etaInto(index, samples);
	const parts: LinearParts = {
		level: scratch.float('level', samples),
		slope: scratch.float('slope', samples),
		// Each with a spare row for the events that do not apply (event-jumps.ts).
		jumpAt: scratch.float('jumpAt', (steps + 1) * samples),
		baseSum: new Float64Array(drivers),
		count: new Float64Array(drivers),
		shiftFrom: new Float64Array((steps + 1) * drivers),
		started: new Float64Array(events * (steps + 1))
	};
	const state = new BlockState(run);
	const jumps = new EventJumps(run, samples, parts.jumpAt, parts.shiftFrom, parts.started);
	const bounded = new BoundedDrivers(run, samples, index, driverSums);
	for (let from = 0; from < samples; from += BLOCK_PATHS) {
		const count = Math.min(BLOCK_PATHS, samples - from);
		startBlock(run, source.block(from, count), count, state);
		decomposition?.addBlock(state, from, count, index);
		addLinearDrivers(run, state, from, count, parts);
		jumps.addBlock(state, from, count);
		for (let q = 0; q < count; q++) if (state.boundedCount[q] !== 0) bounded.add(state, q, from + q);
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
