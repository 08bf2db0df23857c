// The Monte Carlo inner loop, run samples × steps times per projection, live, while an analyst
// drags a slider. Its one trick: on most paths most drivers never reach the clamp at ±1, and
// then their weighted sum is linear in t between events, so a step costs O(1) for all of them
// together. Only the drivers that may touch a bound on a path are evaluated step by step there.

import type { CommonDraws } from './draws';
import { triangularQuantile, type PreparedRun } from './prepare';

export interface KernelResult {
	samples: number;
	steps: number;
	/** Cohesion index, step-major (steps × samples), for quantiles. */
	index: Float64Array;
	/** Smallest and largest index per step. */
	indexMin: Float64Array;
	indexMax: Float64Array;
	/** Paths per outcome, steps × outcomes. */
	outcomeCounts: Int32Array;
	/** Paths that were in the lowest outcome at any step so far, per step. */
	ruptureCounts: Int32Array;
	/** Σ over paths of each driver's value, steps × drivers. */
	driverSums: Float64Array;
	/** Σ over paths of the index, per step. */
	indexSums: Float64Array;
}

/** Per-path scratch space, allocated once per run. */
class PathState {
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
function startPath(run: PreparedRun, draws: CommonDraws, p: number, state: PathState, lastYear: number): void {
	const drivers = state.base.length;
	const events = state.occurred.length;
	const steps = run.steps.years.length;
	const { base, occurred, shiftUp, shiftDown } = state;
	const row = p * draws.stride;
	for (let i = 0; i < drivers; i++) base[i] = triangularQuantile(draws.values[row + i], run.low[i], run.mode[i], run.high[i]);
	shiftUp.fill(0);
	shiftDown.fill(0);
	state.anyEvent = false;
	for (let e = 0; e < events; e++) {
		const happens = draws.values[row + drivers + e] < run.eventProbability[e] && run.eventStartStep[e] < steps;
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

export function runKernel(run: PreparedRun, draws: CommonDraws, eta: Float64Array, samples: number): KernelResult {
	const drivers = run.driverIds.length;
	const events = run.eventProbability.length;
	const steps = run.steps.years.length;
	const cuts = run.thresholds.length;
	const outcomes = cuts + 1;
	const { normalizedWeights: weight, trend, thresholds } = run;
	const years = Float64Array.from(run.steps.years);
	const lastYear = years[steps - 1] ?? 0;

	const index = new Float64Array(steps * samples);
	const indexMin = new Float64Array(steps).fill(Infinity);
	const indexMax = new Float64Array(steps).fill(-Infinity);
	const outcomeCounts = new Int32Array(steps * outcomes);
	const ruptureCounts = new Int32Array(steps);
	const driverSums = new Float64Array(steps * drivers);
	const indexSums = new Float64Array(steps);
	// Linear drivers' totals, turned into per-step sums at the end.
	const linearBaseSum = new Float64Array(drivers);
	const linearCount = new Float64Array(drivers);
	const linearShiftFrom = new Float64Array((steps + 1) * drivers);

	const state = new PathState(drivers, events, steps);
	const { base, bounded, boundedList, shift, occurred } = state;

	for (let p = 0; p < samples; p++) {
		startPath(run, draws, p, state, lastYear);
		let linearLevel = 0;
		let linearSlope = 0;
		for (let i = 0; i < drivers; i++) {
			if (bounded[i] === 1) continue;
			linearLevel += weight[i] * base[i];
			linearSlope += weight[i] * trend[i];
			linearBaseSum[i] += base[i];
			linearCount[i] += 1;
		}
		shift.fill(0);
		const boundedCount = state.boundedCount;
		let offset = 0;
		let nextEvent = state.anyEvent ? 0 : events;
		let ruptured = false;
		const etaRow = p * steps;
		for (let k = 0; k < steps; k++) {
			const t = years[k];
			// Events taking effect now: linear drivers move the offset, bounded ones their own shift.
			while (nextEvent < events && run.eventStartStep[run.eventsByStart[nextEvent]] <= k) {
				const e = run.eventsByStart[nextEvent++];
				if (occurred[e] === 0) continue;
				for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++) {
					const i = run.effectDriver[j];
					if (bounded[i] === 1) shift[i] += run.effectShift[j];
					else {
						offset += weight[i] * run.effectShift[j];
						linearShiftFrom[k * drivers + i] += run.effectShift[j];
					}
				}
			}
			let s = linearLevel + linearSlope * t + offset;
			const sumRow = k * drivers;
			for (let b = 0; b < boundedCount; b++) {
				const i = boundedList[b];
				let x = base[i] + trend[i] * t + shift[i];
				x = x < -1 ? -1 : x > 1 ? 1 : x;
				s += weight[i] * x;
				driverSums[sumRow + i] += x;
			}
			s += eta[etaRow + k];
			index[k * samples + p] = s;
			indexSums[k] += s;
			if (s < indexMin[k]) indexMin[k] = s;
			if (s > indexMax[k]) indexMax[k] = s;
			// Counting the cut points below s, without a data-dependent branch to mispredict.
			let outcome = 0;
			for (let c = 0; c < cuts; c++) outcome += s >= thresholds[c] ? 1 : 0;
			outcomeCounts[k * outcomes + outcome]++;
			if (outcome === 0) ruptured = true;
			if (ruptured) ruptureCounts[k]++;
		}
	}
	addLinearSums(driverSums, linearBaseSum, linearCount, linearShiftFrom, trend, years);
	return { samples, steps, index, indexMin, indexMax, outcomeCounts, ruptureCounts, driverSums, indexSums };
}

/** Σ over linear paths of base + trend·t + shift(t), added to the step-by-step sums. */
function addLinearSums(driverSums: Float64Array, baseSum: Float64Array, count: Float64Array, shiftFrom: Float64Array, trend: Float64Array, years: Float64Array): void {
	const drivers = baseSum.length;
	const cumulative = new Float64Array(drivers);
	for (let k = 0; k < years.length; k++) {
		for (let i = 0; i < drivers; i++) {
			cumulative[i] += shiftFrom[k * drivers + i];
			driverSums[k * drivers + i] += baseSum[i] + count[i] * trend[i] * years[k] + cumulative[i];
		}
	}
}
