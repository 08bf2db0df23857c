// Common random numbers. The layout is fixed by the model's shape, never by the settings'
// values: per path, one uniform per driver, one per event, one normal per step, drawn path after
// path from one seeded stream. Moving a slider therefore never reshuffles any other draw, and a
// small sample count sees exactly the first paths of the full count.

import { fillUniforms, inverseNormal } from './random';
import { STEP_YEARS } from './time';

export interface CommonDraws {
	seed: number;
	samples: number;
	drivers: number;
	events: number;
	steps: number;
	/** drivers + events + steps: one path's share of `values`. */
	stride: number;
	/**
	 * Path-major: path p's driver uniforms at p·stride + i, event uniforms at p·stride + drivers + e,
	 * standard normals at p·stride + drivers + events + k.
	 */
	values: Float64Array;
}

export function drawCommonNumbers(seed: number, samples: number, drivers: number, events: number, steps: number): CommonDraws {
	const stride = drivers + events + steps;
	const values = new Float64Array(samples * stride);
	fillUniforms(seed, values);
	for (let p = 0; p < samples; p++) {
		const first = p * stride + drivers + events;
		for (let n = first; n < first + steps; n++) values[n] = inverseNormal(values[n]);
	}
	return { seed, samples, drivers, events, steps, stride, values };
}

/** η on every path: η(0) = 0, η(t+Δ) = φ·η(t) + σ·√Δ·ε. Path-major, samples × steps. */
export function deviationPaths(draws: CommonDraws, persistence: number, volatility: number): Float64Array {
	const { samples, steps, stride, values } = draws;
	const eta = new Float64Array(samples * steps);
	const shock = volatility * Math.sqrt(STEP_YEARS);
	const normalsAt = draws.drivers + draws.events;
	for (let p = 0; p < samples; p++) {
		const row = p * steps;
		const normals = p * stride + normalsAt;
		let value = 0;
		for (let k = 1; k < steps; k++) {
			value = persistence * value + shock * values[normals + k];
			eta[row + k] = value;
		}
	}
	return eta;
}

/**
 * Keeps the draws and deviations of the last few shapes asked for. A live session re-runs the
 * same seed many times a second; redrawing half a million numbers each time would be waste.
 */
export class DrawCache {
	#entries: { key: string; draws: CommonDraws; eta: Map<string, Float64Array> }[] = [];
	constructor(private readonly capacity = 4) {}

	get(seed: number, samples: number, drivers: number, events: number, steps: number, persistence: number, volatility: number): { draws: CommonDraws; eta: Float64Array } {
		const key = `${seed}|${samples}|${drivers}|${events}|${steps}`;
		let entry = this.#entries.find((e) => e.key === key);
		if (!entry) {
			entry = { key, draws: drawCommonNumbers(seed, samples, drivers, events, steps), eta: new Map() };
			this.#entries.unshift(entry);
			if (this.#entries.length > this.capacity) this.#entries.pop();
		}
		const dynamicsKey = `${persistence}|${volatility}`;
		let eta = entry.eta.get(dynamicsKey);
		if (!eta) {
			eta = deviationPaths(entry.draws, persistence, volatility);
			if (entry.eta.size >= this.capacity) entry.eta.clear();
			entry.eta.set(dynamicsKey, eta);
		}
		return { draws: entry.draws, eta };
	}
}
