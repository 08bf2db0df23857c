// The per-path part of the simulation, a block of paths at a time: draw the paths' assessments
// and events, and sort each path's drivers into linear ones (never reach ±1 on that path, so
// their weighted sum is linear in t between events) and bounded ones (evaluated step by step,
// clamped). Every array is driver- or event-major over the block's paths, so each loop runs
// over many paths with one driver's constants at hand.
//
// Outcomes of draws (an event happened, a driver is bounded) are kept as 0/1 numbers and
// multiplied in rather than branched on: such branches are mispredicted as often as not.
// Adding a product with 0 leaves a sum unchanged, so results are the same to the bit.

import { drawStride, type DrawBlock } from './draws';
import { shiftTables, type ShiftTables } from './event-masks';
import type { PreparedRun } from './prepare';
import { firstStepAtOrAfter } from './time';

export const BLOCK_PATHS = 256;

export class BlockState {
	/** Sampled assessment of driver i on path q: base[i·BLOCK_PATHS + q]. */
	readonly base: Float64Array;
	/** 1 when event e's effects apply on path q within the horizon: occurred[e·BLOCK_PATHS + q]. */
	readonly occurred: Float64Array;
	/** The step from which they apply (the step count when they never do): startStep[e·BLOCK_PATHS + q]. */
	readonly startStep: Int32Array;
	/** Whether event e happened on path q (perhaps after the last step), and when, in years. */
	readonly happened: Uint8Array;
	readonly time: Float64Array;
	/** 1 when driver i may reach ±1 on path q (then it is evaluated step by step). */
	readonly bounded: Float64Array;
	/** How many drivers are bounded on each path. */
	readonly boundedCount: Int32Array;
	/**
	 * Sums of the positive and of the negative shifts of the events that happen, per driver: the
	 * row of path q is shiftRow[q]. With the run's shifts tabulated by event mask, the row is the
	 * path's mask; otherwise each path has its own row, added up effect by effect.
	 */
	readonly shifts: ShiftTables;
	readonly shiftRow: Int32Array;
	/** Working row for a step's mask of started events, per path (index-at-step.ts). */
	readonly startedMask: Int32Array;
	readonly tabulated: boolean;
	readonly drivers: number;
	readonly events: number;

	/** `tabulate` false sums every path's shifts effect by effect, as for many events (for tests). */
	constructor(run: PreparedRun, tabulate = true) {
		const drivers = (this.drivers = run.driverIds.length);
		const events = (this.events = run.eventChance.length);
		const tables = tabulate ? shiftTables(run) : undefined;
		this.tabulated = tables !== undefined;
		this.shifts = tables ?? {
			up: new Float64Array(BLOCK_PATHS * drivers),
			down: new Float64Array(BLOCK_PATHS * drivers),
			total: new Float64Array(0)
		};
		this.shiftRow = tables ? new Int32Array(BLOCK_PATHS) : Int32Array.from({ length: BLOCK_PATHS }, (_, q) => q);
		this.startedMask = new Int32Array(BLOCK_PATHS);
		this.base = new Float64Array(drivers * BLOCK_PATHS);
		this.occurred = new Float64Array(events * BLOCK_PATHS);
		this.startStep = new Int32Array(events * BLOCK_PATHS);
		this.happened = new Uint8Array(events * BLOCK_PATHS);
		this.time = new Float64Array(events * BLOCK_PATHS);
		this.bounded = new Float64Array(drivers * BLOCK_PATHS);
		this.boundedCount = new Int32Array(BLOCK_PATHS);
	}
}

/** Draws the block's assessments (triangular inverse CDF) and events, and classifies its drivers unless told not to. */
export function startBlock(
	run: PreparedRun,
	draws: DrawBlock,
	count: number,
	state: BlockState,
	classifyDrivers = true
): void {
	const { drivers, events, base } = state;
	const { values, offset } = draws;
	const stride = drawStride({ drivers, events, steps: run.steps.years.length });
	for (let i = 0; i < drivers; i++) {
		const row = i * BLOCK_PATHS;
		const low = run.low[i];
		const high = run.high[i];
		const span = run.span[i];
		const left = run.left[i];
		const right = run.right[i];
		if (span <= 0) {
			base.fill(run.mode[i], row, row + count);
			continue;
		}
		for (let q = 0, at = offset + i; q < count; q++, at += stride) {
			const u = values[at];
			// Both sides of the inverse CDF, blended by 0/1: which side a draw falls on is a coin
			// toss, and a branch on it costs more than the second square root. The side not taken
			// must stay finite (0 · NaN is NaN): a mode rounded a hair past its end makes it negative.
			const onLeft = +(u * span < left);
			const x =
				onLeft * (low + Math.sqrt(Math.max(0, u * span * left))) +
				(1 - onLeft) * (high - Math.sqrt(Math.max(0, (1 - u) * span * right)));
			// Only a range so narrow that its products underflow can round outside it.
			base[row + q] = x < low ? low : x > high ? high : x;
		}
	}
	startEvents(run, values, offset, stride, count, state);
	if (!classifyDrivers) return;
	if (!state.tabulated) sumShifts(run, count, state);
	classify(run, count, state);
}

/**
 * The block's events, requirements first (docs/model.md#events-over-windows): a time drawn within
 * the window and no earlier than the times of the events required; the event happens when its
 * u_occ is below its probability, all it requires happened, and that time is within its window.
 */
function startEvents(
	run: PreparedRun,
	values: Float64Array,
	offset: number,
	stride: number,
	count: number,
	state: BlockState
): void {
	const { drivers, occurred, startStep, happened, time, shiftRow, tabulated } = state;
	const stepCount = run.steps.years.length;
	if (tabulated) shiftRow.fill(0);
	for (const e of run.eventOrder) {
		const row = e * BLOCK_PATHS;
		const chance = run.eventChance[e];
		const from = run.eventFrom[e];
		const to = run.eventTo[e];
		const width = to - from;
		const firstRequired = run.requiresOffset[e];
		const lastRequired = run.requiresOffset[e + 1];
		for (let q = 0, at = offset + drivers + 2 * e; q < count; q++, at += stride) {
			// min: rounding must not push a draw past the window's end.
			let t = Math.min(to, from + values[at + 1] * width);
			let happens = values[at] < chance;
			for (let j = firstRequired; j < lastRequired; j++) {
				const required = run.eventRequires[j] * BLOCK_PATHS + q;
				happens &&= happened[required] === 1;
				t = Math.max(t, time[required]);
			}
			happens &&= t <= to;
			const step = happens ? firstStepAtOrAfter(t, stepCount) : stepCount;
			happened[row + q] = happens ? 1 : 0;
			time[row + q] = t;
			startStep[row + q] = step;
			const applies = step < stepCount ? 1 : 0;
			occurred[row + q] = applies;
			if (tabulated) shiftRow[q] |= applies << e;
		}
	}
}

/** For models with many events: each path's shifts added up effect by effect, in its own row. */
function sumShifts(run: PreparedRun, count: number, state: BlockState): void {
	const { drivers, events, occurred } = state;
	const { up, down } = state.shifts;
	up.fill(0);
	down.fill(0);
	for (let e = 0; e < events; e++) {
		const row = e * BLOCK_PATHS;
		for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++) {
			const i = run.effectDriver[j];
			for (let q = 0; q < count; q++) {
				up[q * drivers + i] += run.effectUp[j] * occurred[row + q];
				down[q * drivers + i] += run.effectDown[j] * occurred[row + q];
			}
		}
	}
}

/** A driver is bounded on a path when its trend and the path's events could take it past ±1. */
function classify(run: PreparedRun, count: number, state: BlockState): void {
	const { drivers, base, bounded, boundedCount, shiftRow } = state;
	const { up, down } = state.shifts;
	boundedCount.fill(0);
	for (let i = 0; i < drivers; i++) {
		const row = i * BLOCK_PATHS;
		const driftDown = run.driftDown[i];
		const driftUp = run.driftUp[i];
		for (let q = 0; q < count; q++) {
			const x = base[row + q];
			const shift = shiftRow[q] * drivers + i;
			const isBounded = x + driftDown + down[shift] < -1 || x + driftUp + up[shift] > 1 ? 1 : 0;
			bounded[row + q] = isBounded;
			boundedCount[q] += isBounded;
		}
	}
}
