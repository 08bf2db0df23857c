// The per-path part of the simulation: draw a path's assessments and events, and sort its
// drivers into linear ones (never reach ±1 on this path, so their weighted sum is linear in t
// between events) and bounded ones (evaluated step by step, clamped).

import type { PathDraws } from './draws';
import { triangularQuantile, type PreparedRun } from './prepare';

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
export function startPath(run: PreparedRun, draws: PathDraws, state: PathState, lastYear: number): void {
	const drivers = state.base.length;
	const events = state.occurred.length;
	const steps = run.steps.years.length;
	const { base, occurred, shiftUp, shiftDown } = state;
	const { values, offset: row } = draws;
	for (let i = 0; i < drivers; i++) base[i] = triangularQuantile(values[row + i], run.low[i], run.mode[i], run.high[i]);
	shiftUp.fill(0);
	shiftDown.fill(0);
	state.anyEvent = false;
	for (let e = 0; e < events; e++) {
		const happens = values[row + drivers + e] < run.eventProbability[e] && run.eventStartStep[e] < steps;
		occurred[e] = happens ? 1 : 0;
		if (!happens) continue;
		state.anyEvent = true;
		for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++) {
			const shift = run.effectShift[j];
			if (shift > 0) shiftUp[run.effectDriver[j]] += shift;
			else shiftDown[run.effectDriver[j]] += shift;
		}
	}
	state.boundedCount = 0;
	for (let i = 0; i < drivers; i++) {
		const drift = run.trend[i] * lastYear;
		const lowest = base[i] + (drift < 0 ? drift : 0) + shiftDown[i];
		const highest = base[i] + (drift > 0 ? drift : 0) + shiftUp[i];
		const bounded = lowest < -1 || highest > 1;
		state.bounded[i] = bounded ? 1 : 0;
		if (bounded) state.boundedList[state.boundedCount++] = i;
	}
}

