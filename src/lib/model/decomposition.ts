// What the outcome depends on (docs/model.md#decomposition): the variance of the horizon index
// with only one source of uncertainty left on, over the full run's, on the same draws. A source is
// switched off by putting its centre in place of its draws: the ranges → each driver's assessment;
// the events → each one's effects times the share of paths of the full run on which it has
// happened by the horizon; the unmodelled factors → η = 0.

import { BLOCK_PATHS, type BlockState } from './block-state';
import type { ShiftTables } from './event-masks';
import type { PreparedRun } from './prepare';
import type { Uncertainty } from './types';

/**
 * Population variance of `values`. Measured from the first value, so that values that are all the
 * same give exactly 0 (a source switched off has no share, not a share of rounding).
 */
export function variance(values: ArrayLike<number>): number {
	const n = values.length;
	if (n === 0) return 0;
	const origin = values[0];
	let sum = 0;
	for (let p = 0; p < n; p++) sum += values[p] - origin;
	const mean = sum / n;
	let squares = 0;
	for (let p = 0; p < n; p++) squares += (values[p] - origin - mean) * (values[p] - origin - mean);
	return squares / n;
}

/** Shares of the full variance; all 0 when the full variance is 0. */
export function shares(full: number, ranges: number, events: number, unmodelled: number): Uncertainty {
	if (!(full > 0)) return { variance: 0, ranges: 0, events: 0, unmodelled: 0, interaction: 0 };
	return {
		variance: full,
		ranges: ranges / full,
		events: events / full,
		unmodelled: unmodelled / full,
		interaction: (full - ranges - events - unmodelled) / full
	};
}

/** Gathers, block by block, what each path's index at the horizon would be with one source on. */
export class Decomposition {
	/** Each path's sampled assessments, driver-major: kept until the events' shares are known. */
	readonly #base: Float64Array;
	/** The horizon index with only the events on, and with only η on (its driver part is a constant). */
	readonly #eventsOnly: Float64Array;
	readonly #etaOnly: Float64Array;
	readonly #horizon: number;
	/** With the events tabulated by mask, the events-only index of each mask, worked out once. */
	#byMask: Float64Array | undefined;
	readonly #weighted: Float64Array;

	constructor(
		private readonly run: PreparedRun,
		private readonly samples: number
	) {
		const drivers = run.driverIds.length;
		this.#base = new Float64Array(drivers * samples);
		this.#eventsOnly = new Float64Array(samples);
		this.#etaOnly = new Float64Array(samples);
		this.#horizon = run.steps.years[run.steps.years.length - 1] ?? 0;
		this.#weighted = new Float64Array(BLOCK_PATHS);
	}

	/** The events-only index of every mask of the tables (at most 2⁸). */
	#indexByMask(tables: ShiftTables): Float64Array {
		const drivers = this.run.driverIds.length;
		const masks = tables.total.length / Math.max(1, drivers);
		const byMask = new Float64Array(masks);
		for (let mask = 0; mask < masks; mask++) byMask[mask] = this.#eventsOnlyIndex(tables.total, mask * drivers);
		return byMask;
	}

	/** Σ w·clamp(mode + trend·H + shift) for the shifts at shift[row + i]. */
	#eventsOnlyIndex(shift: Float64Array, row: number): number {
		const { run } = this;
		let s = 0;
		for (let i = 0; i < run.driverIds.length; i++)
			s += run.normalizedWeights[i] * clamp(run.mode[i] + run.trend[i] * this.#horizon + shift[row + i]);
		return s;
	}

	/**
	 * `index` holds η, step-major, for the block's paths: nothing else has been added to it yet.
	 * `state.shifts` hold each path's shifts of the events that apply by the horizon (block-state.ts).
	 */
	addBlock(state: BlockState, from: number, count: number, index: Float64Array): void {
		const { run, samples } = this;
		const last = run.steps.years.length - 1;
		this.#etaOnly.set(index.subarray(last * samples + from, last * samples + from + count), from);
		const drivers = state.drivers;
		for (let i = 0; i < drivers; i++)
			this.#base.set(state.base.subarray(i * BLOCK_PATHS, i * BLOCK_PATHS + count), i * samples + from);
		if (state.tabulated) {
			const byMask = (this.#byMask ??= this.#indexByMask(state.shifts));
			for (let q = 0; q < count; q++) this.#eventsOnly[from + q] = byMask[state.shiftRow[q]];
			return;
		}
		// Many events: each path's own row of shifts, positive and negative parts (block-state.ts).
		const { up, down } = state.shifts;
		const weighted = this.#weighted.fill(0);
		for (let i = 0; i < drivers; i++) {
			const weight = run.normalizedWeights[i];
			const centre = run.mode[i] + run.trend[i] * this.#horizon;
			for (let q = 0; q < count; q++)
				weighted[q] += weight * clamp(centre + up[q * drivers + i] + down[q * drivers + i]);
		}
		this.#eventsOnly.set(weighted.subarray(0, count), from);
	}

	/**
	 * `full` is the full run's index at the horizon, per path; `eventShares[e]` the share of paths on
	 * which event e has happened by the horizon.
	 */
	finish(full: Float64Array, eventShares: Float64Array): Uncertainty {
		const { run, samples } = this;
		const drivers = run.driverIds.length;
		const centre = new Float64Array(drivers);
		for (let e = 0; e < eventShares.length; e++)
			for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++)
				centre[run.effectDriver[j]] += run.effectShift[j] * eventShares[e];
		const rangesOnly = new Float64Array(samples);
		for (let i = 0; i < drivers; i++) {
			const weight = run.normalizedWeights[i];
			const drift = run.trend[i] * this.#horizon + centre[i];
			for (let p = 0; p < samples; p++) rangesOnly[p] += weight * clamp(this.#base[i * samples + p] + drift);
		}
		return shares(variance(full), variance(rangesOnly), variance(this.#eventsOnly), variance(this.#etaOnly));
	}
}

function clamp(x: number): number {
	return x < -1 ? -1 : x > 1 ? 1 : x;
}
