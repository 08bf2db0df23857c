// Turns a model and a scenario into flat typed arrays that the simulation kernel reads in its
// inner loops, in the model's driver and event order (the order fixes the draw layout).

import { eventOrder } from './event-order';
import { monthNumber, timeSteps, type TimeSteps } from './time';
import type { ModelInput, ScenarioInput } from './types';

export interface PreparedRun {
	steps: TimeSteps;
	driverIds: string[];
	/** weight / Σ weight; all zero when every weight is zero. */
	normalizedWeights: Float64Array;
	low: Float64Array;
	mode: Float64Array;
	high: Float64Array;
	trend: Float64Array;
	/** The triangular's span (high − low), left part (mode − low) and right part (high − mode). */
	span: Float64Array;
	left: Float64Array;
	right: Float64Array;
	/** How far the trend takes each driver down (≤ 0) and up (≥ 0) by the horizon. */
	driftDown: Float64Array;
	driftUp: Float64Array;
	/** The scenario's probability of each event: u_occ < it (and its requirements met) says it happens. */
	eventChance: Float64Array;
	/** Each event's window in years since the start: its time on a path is drawn within it. */
	eventFrom: Float64Array;
	eventTo: Float64Array;
	/** Events it requires: eventRequires[requiresOffset[e] .. requiresOffset[e+1]). */
	requiresOffset: Int32Array;
	eventRequires: Int32Array;
	/** Event indices with every event's requirements before it (see event-order.ts). */
	eventOrder: Int32Array;
	/** Effects of event e are effectDriver/effectShift[effectOffset[e] .. effectOffset[e+1]). */
	effectOffset: Int32Array;
	effectDriver: Int32Array;
	effectShift: Float64Array;
	/** effectShift split by sign: the positive part and the negative part (the other is 0). */
	effectUp: Float64Array;
	effectDown: Float64Array;
	/** K−1 cut points. */
	thresholds: Float64Array;
	persistence: number;
	volatility: number;
}

export function prepareRun(model: ModelInput, scenario: ScenarioInput): PreparedRun {
	const steps = timeSteps(model.horizon);
	const driverIds = model.drivers.map((d) => d.id);
	const driverIndex = new Map(driverIds.map((id, i) => [id, i]));
	const count = driverIds.length;
	const weights = new Float64Array(count);
	const low = new Float64Array(count);
	const mode = new Float64Array(count);
	const high = new Float64Array(count);
	const trend = new Float64Array(count);
	driverIds.forEach((id, i) => {
		const setting = scenario.drivers[id];
		if (!setting) throw new Error(`scenario ${scenario.id} has no setting for driver ${id}`);
		weights[i] = setting.weight;
		low[i] = setting.low;
		mode[i] = setting.assessment;
		high[i] = setting.high;
		trend[i] = setting.trend;
	});
	const totalWeight = weights.reduce((sum, w) => sum + w, 0);
	const normalizedWeights = weights.map((w) => (totalWeight > 0 ? w / totalWeight : 0));

	const eventCount = model.events.length;
	const eventIndex = new Map(model.events.map((event, e) => [event.id, e]));
	const eventProbability = new Float64Array(eventCount);
	const yearsOf = (month: string) => (monthNumber(month) - monthNumber(model.horizon.start)) / 12;
	const eventFrom = Float64Array.from(model.events, (event) => yearsOf(event.window.from));
	const eventTo = Float64Array.from(model.events, (event) => yearsOf(event.window.to));
	const requiresOffset = new Int32Array(eventCount + 1);
	const eventRequires: number[] = [];
	const effectOffset = new Int32Array(eventCount + 1);
	const effectDrivers: number[] = [];
	const effectShifts: number[] = [];
	model.events.forEach((event, e) => {
		eventProbability[e] = scenario.events[event.id]?.probability ?? 0;
		requiresOffset[e] = eventRequires.length;
		for (const id of event.requires ?? []) {
			const index = eventIndex.get(id);
			if (index === undefined) throw new Error(`event ${event.id} requires unknown event ${id}`);
			eventRequires.push(index);
		}
		effectOffset[e] = effectDrivers.length;
		for (const [driverId, shift] of Object.entries(event.effects)) {
			const index = driverIndex.get(driverId);
			if (index === undefined) throw new Error(`event ${event.id} affects unknown driver ${driverId}`);
			effectDrivers.push(index);
			effectShifts.push(shift);
		}
	});
	effectOffset[eventCount] = effectDrivers.length;
	requiresOffset[eventCount] = eventRequires.length;

	const lastYear = steps.years[steps.years.length - 1] ?? 0;
	const drift = trend.map((t) => t * lastYear);
	const effectShift = Float64Array.from(effectShifts);
	const dynamics = scenario.dynamics ?? model.dynamics;
	return {
		steps,
		driverIds,
		normalizedWeights,
		low,
		mode,
		high,
		trend,
		span: high.map((h, i) => h - low[i]),
		left: mode.map((m, i) => m - low[i]),
		right: high.map((h, i) => h - mode[i]),
		driftDown: drift.map((d) => (d < 0 ? d : 0)),
		driftUp: drift.map((d) => (d > 0 ? d : 0)),
		eventChance: eventProbability,
		eventFrom,
		eventTo,
		requiresOffset,
		eventRequires: Int32Array.from(eventRequires),
		eventOrder: eventOrder(model.events),
		effectOffset,
		effectDriver: Int32Array.from(effectDrivers),
		effectShift,
		effectUp: effectShift.map((shift) => (shift > 0 ? shift : 0)),
		effectDown: effectShift.map((shift) => (shift > 0 ? 0 : shift)),
		thresholds: Float64Array.from(model.thresholds),
		persistence: dynamics.persistence,
		volatility: dynamics.volatility
	};
}
