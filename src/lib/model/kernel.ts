// The Monte Carlo loop, run live while an analyst drags a slider. Two passes:
//  1. a block of paths at a time (path-pass.ts): η and the drivers that may touch ±1 into the
//     index, the rest reduced to a level, a slope and event jumps per path;
//  2. step by step over all paths, one contiguous row at a time: the index, its sum, rupture so
//     far, and the row's histogram, from which outcome counts and quantile bands come exactly.

import { Decomposition } from './decomposition';
import type { DrawSource } from './draws';
import { pathPass, type LinearParts } from './path-pass';
import type { PreparedRun } from './prepare';
import { Scratch } from './scratch';
import { quantileOf, quantileRanks, StepHistogram } from './step-histogram';
import { STEP_YEARS } from './time';
import type { Uncertainty } from './types';

export interface KernelResult {
	samples: number;
	steps: number;
	/** Quantiles of the cohesion index for the asked probabilities, steps × probabilities. */
	bands: Float64Array;
	/** Paths per outcome, steps × outcomes. */
	outcomeCounts: Int32Array;
	/** Paths that were in the lowest outcome at any step so far, per step. */
	ruptureCounts: Int32Array;
	/** Σ over paths of each driver's value, steps × drivers. */
	driverSums: Float64Array;
	/** Σ over paths of the index, per step. */
	indexSums: Float64Array;
	/** Paths on which each event's effects apply by each step, events × steps. */
	eventCounts: Float64Array;
	/** What the horizon index's variance comes from; only when asked for. */
	uncertainty?: Uncertainty;
}

/**
 * Where nearly every path's index lies: the drivers' weighted mean stays within ±1, and η within
 * eight of its largest standard deviations over the horizon. Only the histogram's speed rests on it.
 */
function indexRange(run: PreparedRun): [number, number] {
	const steps = run.steps.years.length;
	const shock = run.volatility * run.volatility * STEP_YEARS;
	let variance = 0;
	for (let k = 1; k < steps; k++) variance = run.persistence * run.persistence * variance + shock;
	const reach = 1 + 8 * Math.sqrt(variance) + 1e-9;
	return [-reach, reach];
}

/**
 * `bandProbabilities` increasing; `scratch` lends the large working arrays; `decompose` also
 * splits the horizon index's variance by source.
 */
export function runKernel(
	run: PreparedRun,
	source: DrawSource,
	samples: number,
	scratch: Scratch = new Scratch(),
	bandProbabilities: readonly number[] = [],
	decompose = false
): KernelResult {
	const drivers = run.driverIds.length;
	const steps = run.steps.years.length;
	const outcomes = run.thresholds.length + 1;
	const years = Float64Array.from(run.steps.years);
	const index = scratch.float('index', steps * samples, false);
	const driverSums = new Float64Array(steps * drivers);
	const decomposition = decompose ? new Decomposition(run, samples) : undefined;
	const parts = pathPass(run, source, samples, index, driverSums, scratch, decomposition);

	const bands = new Float64Array(steps * bandProbabilities.length);
	const outcomeCounts = new Int32Array(steps * outcomes);
	const ruptureCounts = new Int32Array(steps);
	const indexSums = new Float64Array(steps);
	const offset = scratch.float('offset', samples);
	const ruptured = scratch.bytes('ruptured', samples);
	const { level, slope, jumpAt } = parts;
	const thresholds = run.thresholds;
	const ruptureBelow = thresholds.length > 0 ? thresholds[0] : Infinity;
	const ranks = quantileRanks(samples, bandProbabilities);
	const [low, high] = indexRange(run);
	const histogram = new StepHistogram(samples, low, high);
	const { counts, binOfPath } = histogram;
	let ruptures = 0;

	for (let k = 0; k < steps; k++) {
		const t = years[k];
		const row = k * samples;
		histogram.reset();
		let sum = 0;
		for (let p = 0; p < samples; p++) {
			offset[p] += jumpAt[row + p];
			const s = index[row + p] + level[p] + slope[p] * t + offset[p];
			index[row + p] = s;
			sum += s;
			const bin = histogram.bin(s);
			counts[bin]++;
			binOfPath[p] = bin;
			// Rare, so a well-predicted branch: the lowest outcome is s below the first threshold.
			if (s < ruptureBelow && ruptured[p] === 0) {
				ruptured[p] = 1;
				ruptures++;
			}
		}
		indexSums[k] = sum;
		ruptureCounts[k] = ruptures;
		histogram.settle(index, row, ranks, thresholds);
		let below = 0;
		for (let o = 0; o < outcomes; o++) {
			const upTo = o < thresholds.length ? histogram.countBelow(thresholds[o]) : samples;
			outcomeCounts[k * outcomes + o] = upTo - below;
			below = upTo;
		}
		bandProbabilities.forEach(
			(probability, b) => (bands[k * bandProbabilities.length + b] = quantileOf(histogram, probability))
		);
	}
	addLinearSums(driverSums, parts, run.trend, years);
	const eventCounts = cumulativeByStep(parts.started, steps, steps + 1);
	const uncertainty = decomposition?.finish(
		index.subarray((steps - 1) * samples, steps * samples),
		Float64Array.from({ length: run.eventChance.length }, (_, e) => eventCounts[e * steps + steps - 1] / samples)
	);
	return { samples, steps, bands, outcomeCounts, ruptureCounts, driverSums, indexSums, eventCounts, uncertainty };
}

/** Running sums along the first `steps` values of each row of `width`, as rows of `steps`. */
function cumulativeByStep(counts: Float64Array, steps: number, width: number): Float64Array {
	const rows = counts.length / width;
	const result = new Float64Array(rows * steps);
	for (let r = 0; r < rows; r++) {
		let sum = 0;
		for (let k = 0; k < steps; k++) result[r * steps + k] = sum += counts[r * width + k];
	}
	return result;
}

/** Σ over linear paths of base + trend·t + shift(t), added to the step-by-step sums. */
function addLinearSums(driverSums: Float64Array, parts: LinearParts, trend: Float64Array, years: Float64Array): void {
	const drivers = parts.baseSum.length;
	const cumulative = new Float64Array(drivers);
	for (let k = 0; k < years.length; k++) {
		for (let i = 0; i < drivers; i++) {
			cumulative[i] += parts.shiftFrom[k * drivers + i];
			driverSums[k * drivers + i] += parts.baseSum[i] + parts.count[i] * trend[i] * years[k] + cumulative[i];
		}
	}
}
