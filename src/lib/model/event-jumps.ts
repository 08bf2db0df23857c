import { BLOCK_PATHS, type BlockState } from './block-state';
import type { PreparedRun } from './prepare';

/**
 * Each path's event jumps in the weighted sum of its linear drivers, at the step each event starts
 * on that path (events over windows start at different steps on different paths). On a path
 * without bounded drivers an event's jump is the same everywhere; on the others the bounded
 * drivers are left out (they move step by step).
 */
export class EventJumps {
	/**
	 * `jumpAt[k·samples + p]` receives the jumps of path p's events that start at step k;
	 * `shiftFrom[k·drivers + i]` the shifts on linear drivers by start step, summed over paths;
	 * `started[e·(steps + 1) + k]` counts the paths on which event e starts at step k. Each has a
	 * spare last row (k = steps) for the events that do not apply.
	 */
	constructor(
		private readonly run: PreparedRun,
		private readonly samples: number,
		private readonly jumpAt: Float64Array,
		private readonly shiftFrom: Float64Array,
		private readonly started: Float64Array
	) {}

	addBlock(state: BlockState, from: number, count: number): void {
		const { run, samples, jumpAt, shiftFrom, started } = this;
		const drivers = state.drivers;
		const steps = run.steps.years.length;
		// An event that does not apply has start step `steps`: its jump and shifts land in the spare
		// last row, never read, so that no path needs a branch on whether it happened.
		for (let e = 0; e < state.events; e++) {
			const eventRow = e * BLOCK_PATHS;
			const firstEffect = run.effectOffset[e];
			const lastEffect = run.effectOffset[e + 1];
			const countRow = e * (steps + 1);
			for (let q = 0; q < count; q++) {
				const step = state.startStep[eventRow + q];
				started[countRow + step]++;
				let jump = 0;
				for (let j = firstEffect; j < lastEffect; j++) {
					const i = run.effectDriver[j];
					// A bounded driver moves step by step (bounded-drivers.ts): not in the jump.
					const linear = 1 - state.bounded[i * BLOCK_PATHS + q];
					jump += run.normalizedWeights[i] * run.effectShift[j] * linear;
					shiftFrom[step * drivers + i] += run.effectShift[j] * linear;
				}
				jumpAt[step * samples + from + q] += jump;
			}
		}
	}
}
