// A path's events, as a bit mask, fix how far they shift each driver up and down. With few
// events, every mask's shifts are tabulated once per run, and a path reads its row instead of
// adding up its events' effects driver by driver.

import type { PreparedRun } from './prepare';

/** Up to 2⁸ masks: the tables stay small enough for the fastest cache. */
export const MAX_TABULATED_EVENTS = 8;

export interface ShiftTables {
	/** Sum of the positive shifts on driver i of the events in mask m: up[m·drivers + i]. */
	up: Float64Array;
	/** The same for the negative shifts. */
	down: Float64Array;
	/** All the shifts, in the order a path adds them up (events in order, effects in file order). */
	total: Float64Array;
}

/** The tables, or undefined when the model has too many events to tabulate. */
export function shiftTables(run: PreparedRun): ShiftTables | undefined {
	const drivers = run.driverIds.length;
	const events = run.eventChance.length;
	if (events > MAX_TABULATED_EVENTS) return undefined;
	const up = new Float64Array((1 << events) * drivers);
	const down = new Float64Array((1 << events) * drivers);
	const total = new Float64Array((1 << events) * drivers);
	for (let mask = 0; mask < 1 << events; mask++) {
		const row = mask * drivers;
		// Events in increasing order, effects in file order: the same sums as adding them per path.
		for (let e = 0; e < events; e++) {
			if ((mask & (1 << e)) === 0) continue;
			for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++) {
				up[row + run.effectDriver[j]] += run.effectUp[j];
				down[row + run.effectDriver[j]] += run.effectDown[j];
				total[row + run.effectDriver[j]] += run.effectShift[j];
			}
		}
	}
	return { up, down, total };
}
