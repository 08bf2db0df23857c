import { BLOCK_PATHS, type BlockState } from './block-state';
import type { PreparedRun } from './prepare';

/**
 * Each path's event jumps in the weighted sum of its linear drivers, at the step each event starts
 * on that path (events over windows start at different steps on different paths). On a path
 * without bounded drivers an event's jump is the same everywhere; on the others the bounded
 * drivers are left out (they move step by step).
 */
export class EventJumps {
	/** The jump of event e when every driver is linear: Σ weight · shift over its effects. */
	readonly #full: Float64Array;

	/**
	 * `jumpAt[k·samples + p]` receives the jumps of path p's events that start at step k;
	 * `shiftFrom[k·drivers + i]` the shifts on linear drivers by start step, summed over paths;
	 * `started[e·steps + k]` counts the paths on which event e starts at step k.
	 */
	constructor(
		private readonly run: PreparedRun,
		private readonly samples: number,
		private readonly jumpAt: Float64Array,
		private readonly shiftFrom: Float64Array,
		private readonly started: Float64Array
	) {
		const events = run.eventChance.length;
		this.#full = new Float64Array(events);
		for (let e = 0; e < events; e++) {
			let jump = 0;
			for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++)
				jump += run.normalizedWeights[run.effectDriver[j]] * run.effectShift[j];
			this.#full[e] = jump;
		}
	}

	addBlock(state: BlockState, from: number, count: number): void {
		const { run, samples, jumpAt, shiftFrom, started } = this;
		const drivers = state.drivers;
		const steps = run.steps.years.length;
		for (let e = 0; e < state.events; e++) {
			const eventRow = e * BLOCK_PATHS;
			const firstEffect = run.effectOffset[e];
			const lastEffect = run.effectOffset[e + 1];
			for (let q = 0; q < count; q++) {
				if (state.occurred[eventRow + q] === 0) continue;
				const step = state.startStep[eventRow + q];
				started[e * steps + step]++;
				const allLinear = state.boundedCount[q] === 0;
				let jump = allLinear ? this.#full[e] : 0;
				for (let j = firstEffect; j < lastEffect; j++) {
					const i = run.effectDriver[j];
					if (!allLinear) {
						if (state.bounded[i * BLOCK_PATHS + q] === 1) continue;
						jump += run.normalizedWeights[i] * run.effectShift[j];
					}
					shiftFrom[step * drivers + i] += run.effectShift[j];
				}
				jumpAt[step * samples + from + q] += jump;
			}
		}
	}
}
