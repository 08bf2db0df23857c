import { BLOCK_PATHS, type BlockState } from './block-state';
import type { PreparedRun } from './prepare';

/**
 * Each event's jump in the weighted sum of a path's linear drivers, when it happens there. On a
 * path without bounded drivers that is the same for every path; the others are redone.
 */
export class EventJumps {
	/** The jump of event e when every driver is linear: Σ weight · shift over its effects. */
	readonly #full: Float64Array;
	/** Paths on which each event happens, and per effect those on which its driver is bounded. */
	readonly #happened: Float64Array;
	readonly #unapplied: Float64Array;

	constructor(
		private readonly run: PreparedRun,
		private readonly samples: number,
		private readonly eventJump: Float64Array
	) {
		const events = run.eventChance.length;
		this.#full = new Float64Array(events);
		this.#happened = new Float64Array(events);
		this.#unapplied = new Float64Array(run.effectDriver.length);
		for (let e = 0; e < events; e++) {
			let jump = 0;
			for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++)
				jump += run.normalizedWeights[run.effectDriver[j]] * run.effectShift[j];
			this.#full[e] = jump;
		}
	}

	addBlock(state: BlockState, from: number, count: number): void {
		for (let e = 0; e < state.events; e++) {
			const jumpRow = e * this.samples + from;
			const eventRow = e * BLOCK_PATHS;
			const full = this.#full[e];
			let happened = this.#happened[e];
			for (let q = 0; q < count; q++) {
				const happens = state.occurred[eventRow + q];
				this.eventJump[jumpRow + q] = full * happens;
				happened += happens;
			}
			this.#happened[e] = happened;
		}
	}

	/** A path with bounded drivers: its jumps leave those drivers out (they move step by step). */
	redoPath(state: BlockState, q: number, p: number): void {
		const { run } = this;
		for (let e = 0; e < state.events; e++) {
			if (state.occurred[e * BLOCK_PATHS + q] === 0) continue;
			let jump = 0;
			for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++) {
				const i = run.effectDriver[j];
				if (state.bounded[i * BLOCK_PATHS + q] === 1) this.#unapplied[j]++;
				else jump += run.normalizedWeights[i] * run.effectShift[j];
			}
			this.eventJump[e * this.samples + p] = jump;
		}
	}

	/** Σ over paths of each effect's shift where it applied to a linear driver, by start step. */
	addShifts(shiftFrom: Float64Array): void {
		const { run } = this;
		const drivers = run.driverIds.length;
		for (let e = 0; e < this.#full.length; e++) {
			for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++) {
				shiftFrom[run.eventStartStep[e] * drivers + run.effectDriver[j]] +=
					run.effectShift[j] * (this.#happened[e] - this.#unapplied[j]);
			}
		}
	}
}
