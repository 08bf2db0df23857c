import { BLOCK_PATHS, BlockState, startBlock } from './block-state';
import type { DrawSource } from './draws';
import type { PreparedRun } from './prepare';

/**
 * The index of every path at one step only, without storing the rest: what sensitivity needs,
 * at a cost of samples × drivers instead of samples × steps. Blocks of paths as in the kernel.
 */
export function indexAtStep(
	run: PreparedRun,
	source: DrawSource,
	samples: number,
	step: number,
	out: Float64Array
): void {
	const drivers = run.driverIds.length;
	const t = run.steps.years[step];
	const eta = new Float64Array(samples);
	source.etaStepInto(eta, samples, step);
	const state = new BlockState(run);
	const shift = new Float64Array(drivers * BLOCK_PATHS);
	const weighted = new Float64Array(BLOCK_PATHS);
	for (let from = 0; from < samples; from += BLOCK_PATHS) {
		const count = Math.min(BLOCK_PATHS, samples - from);
		startBlock(run, source.block(from, count), count, state, false);
		if (state.tabulated) shiftsByMask(count, state, step, shift);
		else shiftsByEffects(run, count, state, step, shift);
		weighted.fill(0);
		for (let i = 0; i < drivers; i++) {
			const row = i * BLOCK_PATHS;
			const drift = run.trend[i] * t;
			const weight = run.normalizedWeights[i];
			for (let q = 0; q < count; q++) {
				let x = state.base[row + q] + drift + shift[row + q];
				x = x < -1 ? -1 : x > 1 ? 1 : x;
				weighted[q] += weight * x;
			}
		}
		for (let q = 0; q < count; q++) out[from + q] = weighted[q] + eta[from + q];
	}
}

/** Each path's shifts of the events started by the step, from the row of their mask. */
function shiftsByMask(count: number, state: BlockState, step: number, shift: Float64Array): void {
	const { drivers, events, shiftRow, startStep } = state;
	const { total } = state.shifts;
	const started = state.startedMask;
	started.fill(0, 0, count);
	for (let e = 0; e < events; e++)
		for (let q = 0; q < count; q++) started[q] |= (startStep[e * BLOCK_PATHS + q] <= step ? 1 : 0) << e;
	for (let i = 0; i < drivers; i++) {
		const row = i * BLOCK_PATHS;
		for (let q = 0; q < count; q++) shift[row + q] = total[(shiftRow[q] & started[q]) * drivers + i];
	}
}

/** For models with many events: each path's shifts of its started events, effect by effect. */
function shiftsByEffects(run: PreparedRun, count: number, state: BlockState, step: number, shift: Float64Array): void {
	shift.fill(0);
	for (let e = 0; e < state.events; e++) {
		const eventRow = e * BLOCK_PATHS;
		for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++) {
			const row = run.effectDriver[j] * BLOCK_PATHS;
			const effect = run.effectShift[j];
			for (let q = 0; q < count; q++)
				if (state.occurred[eventRow + q] === 1 && state.startStep[eventRow + q] <= step) shift[row + q] += effect;
		}
	}
}
