// The per-path part of the simulation: draw a path's assessments and events, and sort its
// drivers into linear ones (never reach ±1 on this path, so their weighted sum is linear in t
// between events) and bounded ones (evaluated step by step, clamped).

import type { PathDraws } from './draws';
import type { PreparedRun } from './prepare';

/** Per-path scratch space, allocated once per run. */
export class PathState {
	readonly base: Float64Array;
	readonly occurred: Uint8Array;
	/** Whether each driver may reach ±1 on this path (then it is evaluated step by step). */
	readonly bounded: Uint8Array;
	readonly boundedList: Int32Array;
	boundedCount = 0;
	readonly shift: Float64Array;
	readonly shiftUp: Float64Array;
	readonly shiftDown: Float64Array;
	anyEvent = false;
	constructor(drivers: number, events: number, steps: number) {
		this.base = new Float64Array(drivers);
		this.occurred = new Uint8Array(events);
		this.bounded = new Uint8Array(drivers);
		this.boundedList = new Int32Array(drivers);
		this.shift = new Float64Array(drivers);
		this.shiftUp = new Float64Array(drivers);
		this.shiftDown = new Float64Array(drivers);
	}
}

/** Draws the path's assessments and events, and sorts its drivers into linear and bounded. */
export function startPath(run: PreparedRun, draws: PathDraws, state: PathState): void {
	const drivers = state.base.length;
	const events = state.occurred.length;
	const { base, occurred, shiftUp, shiftDown } = state;
	const { values, offset: row } = draws;
	const { low, high, mode, span, left, right, effectOffset, effectDriver, effectUp, effectDown } = run;
	for (let i = 0; i < drivers; i++) {
		// triangularQuantile, with the driver's constants computed once per run.
		const u = values[row + i];
		if (span[i] <= 0) base[i] = mode[i];
		else if (u * span[i] < left[i]) base[i] = low[i] + Math.sqrt(u * span[i] * left[i]);
		else base[i] = high[i] - Math.sqrt((1 - u) * span[i] * right[i]);
	}
	state.anyEvent = false;
	for (let e = 0; e < events; e++) {
		const happens = values[row + drivers + e] < run.eventChance[e];
		occurred[e] = happens ? 1 : 0;
		if (!happens) continue;
		state.anyEvent = true;
		for (let j = effectOffset[e]; j < effectOffset[e + 1]; j++) {
			shiftUp[effectDriver[j]] += effectUp[j];
			shiftDown[effectDriver[j]] += effectDown[j];
		}
	}
	state.boundedCount = 0;
	for (let i = 0; i < drivers; i++) {
		const bounded = base[i] + run.driftDown[i] + shiftDown[i] < -1 || base[i] + run.driftUp[i] + shiftUp[i] > 1;
		state.bounded[i] = bounded ? 1 : 0;
		if (bounded) state.boundedList[state.boundedCount++] = i;
	}
	if (!state.anyEvent) return;
	// Cheaper than clearing every driver for the next path: only the shifted ones are non-zero.
	for (let e = 0; e < events; e++) {
		if (occurred[e] === 0) continue;
		for (let j = effectOffset[e]; j < effectOffset[e + 1]; j++) {
			shiftUp[effectDriver[j]] = 0;
			shiftDown[effectDriver[j]] = 0;
		}
	}
}
