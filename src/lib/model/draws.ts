// Common random numbers. The layout is fixed by the model's shape, never by the settings'
// values: per path, one uniform per driver, one per event, one normal per step, drawn path after
// path from one seeded stream. Moving a slider therefore never reshuffles any other draw, and a
// small sample count sees exactly the first paths of the full count.
//
// A run reads them path by path through a DrawSource: streamed (generated as the run goes, no
// large buffers: the CLI, the server, a one-off run) or stored (kept between runs of the same
// seed: the live dashboard, and sensitivity's many runs). Both give the same numbers.

import { inverseNormal, UniformStream } from './random';
import { Scratch } from './scratch';
import { STEP_YEARS } from './time';

export interface DrawLayout {
	drivers: number;
	events: number;
	steps: number;
}

/** One path's uniforms: drivers then events, at `values[offset + i]`. */
export interface PathDraws {
	values: Float64Array;
	offset: number;
}

/**
 * Paths are read in order 0, 1, 2, …; the returned object is reused from one path to the next.
 * η goes step-major (η of path p at step k in `target[k·samples + p]`), the layout the kernel's
 * step pass reads: a stored source copies all of it at once, a streamed one writes each path's
 * as the path is read.
 */
export interface DrawSource {
	readonly layout: DrawLayout;
	etaInto(target: Float64Array, samples: number): void;
	path(p: number): PathDraws;
}

export interface Dynamics {
	persistence: number;
	volatility: number;
}

/** Draws one path's uniforms, and turns its step draws into normals and those into η at `eta[k·stride + p]`. */
function drawPath(stream: UniformStream, layout: DrawLayout, dynamics: Dynamics, values: Float64Array, offset: number, eta: Float64Array | undefined, p: number, stride: number): void {
	stream.fill(values, offset, layout.drivers + layout.events + layout.steps);
	if (!eta) return;
	const normals = offset + layout.drivers + layout.events;
	const shock = dynamics.volatility * Math.sqrt(STEP_YEARS);
	// η(0) = 0, η(t+Δ) = φ·η(t) + σ·√Δ·ε; the first step's normal is drawn but never used.
	let value = 0;
	eta[p] = 0;
	for (let k = 1; k < layout.steps; k++) {
		value = dynamics.persistence * value + shock * inverseNormal(values[normals + k]);
		eta[k * stride + p] = value;
	}
}

class StreamedDraws implements DrawSource {
	readonly #stream: UniformStream;
	readonly #current: PathDraws;
	#eta: Float64Array | undefined;
	#stride = 0;
	#next = 0;

	constructor(
		seed: number,
		readonly layout: DrawLayout,
		private readonly dynamics: Dynamics
	) {
		this.#stream = new UniformStream(seed);
		this.#current = { values: new Float64Array(layout.drivers + layout.events + layout.steps), offset: 0 };
	}

	etaInto(target: Float64Array, samples: number): void {
		this.#eta = target;
		this.#stride = samples;
	}

	path(p: number): PathDraws {
		if (p !== this.#next) throw new Error(`streamed draws are read in order: asked for path ${p}, next is ${this.#next}`);
		this.#next++;
		drawPath(this.#stream, this.layout, this.dynamics, this.#current.values, 0, this.#eta, p, this.#stride);
		return this.#current;
	}
}

class StoredDraws implements DrawSource {
	readonly #current: PathDraws;
	readonly #stride: number;

	constructor(
		readonly layout: DrawLayout,
		values: Float64Array,
		private readonly eta: Float64Array
	) {
		this.#stride = layout.drivers + layout.events + layout.steps;
		this.#current = { values, offset: 0 };
	}

	etaInto(target: Float64Array, samples: number): void {
		if (samples * this.layout.steps !== this.eta.length) throw new Error(`stored draws hold ${this.eta.length / this.layout.steps} paths, not ${samples}`);
		target.set(this.eta);
	}

	path(p: number): PathDraws {
		this.#current.offset = p * this.#stride;
		return this.#current;
	}
}

function storeDraws(seed: number, samples: number, layout: DrawLayout, dynamics: Dynamics): StoredDraws {
	const stride = layout.drivers + layout.events + layout.steps;
	const values = new Float64Array(samples * stride);
	const eta = new Float64Array(samples * layout.steps);
	const stream = new UniformStream(seed);
	for (let p = 0; p < samples; p++) drawPath(stream, layout, dynamics, values, p * stride, eta, p, samples);
	return new StoredDraws(layout, values, eta);
}

/**
 * Keeps the draws of the last few seeds, shapes and dynamics asked for. A live session reruns
 * the same seed many times a second; redrawing half a million numbers each time would be waste.
 */
export class DrawCache {
	#entries: { key: string; draws: StoredDraws }[] = [];
	/** Working arrays for the runs that use this cache: they are as repetitive as the draws. */
	readonly scratch = new Scratch();
	constructor(private readonly capacity = 4) {}

	get(seed: number, samples: number, layout: DrawLayout, dynamics: Dynamics): DrawSource {
		const key = `${seed}|${samples}|${layout.drivers}|${layout.events}|${layout.steps}|${dynamics.persistence}|${dynamics.volatility}`;
		let entry = this.#entries.find((e) => e.key === key);
		if (!entry) {
			entry = { key, draws: storeDraws(seed, samples, layout, dynamics) };
			this.#entries.unshift(entry);
			if (this.#entries.length > this.capacity) this.#entries.pop();
		}
		return entry.draws;
	}
}

/** Draws for one run: from the cache when one is given, else streamed as the run reads them. */
export function drawSource(seed: number, samples: number, layout: DrawLayout, dynamics: Dynamics, cache?: DrawCache): DrawSource {
	return cache ? cache.get(seed, samples, layout, dynamics) : new StreamedDraws(seed, layout, dynamics);
}
