// Common random numbers. The layout is fixed by the model's shape, never by the settings'
// values: per path, one uniform per driver, two per event (whether, then when it happens), one
// normal per step, drawn path after path from one seeded stream. Moving a slider therefore never reshuffles any other draw, and a
// small sample count sees exactly the first paths of the full count.
//
// A run reads them a block of paths at a time through a DrawSource: streamed (generated as the
// run goes, no large buffers: the CLI, the server, a one-off run) or stored (kept between runs of
// the same seed: the live dashboard, and sensitivity's many runs). Both give the same numbers.

import { inverseNormal, UniformStream } from './random';
import { Scratch } from './scratch';
import { STEP_YEARS } from './time';

export interface DrawLayout {
	drivers: number;
	events: number;
	steps: number;
}

/**
 * A block of consecutive paths' uniforms: path `from + q` has its drivers', then its events'
 * (u_occ, u_time of event e at drivers + 2e, drivers + 2e + 1), then its steps' uniforms at
 * `values[offset + q·stride + i]`, stride = drivers + 2·events + steps.
 */
export interface DrawBlock {
	values: Float64Array;
	offset: number;
}

/**
 * Blocks are read in order from path 0 on; the returned object is reused from one block to the
 * next. η goes step-major (η of path p at step k in `target[k·samples + p]`), the layout the
 * kernel's step pass reads: a stored source copies all of it at once, a streamed one writes each
 * path's as its block is read.
 */
export interface DrawSource {
	readonly layout: DrawLayout;
	etaInto(target: Float64Array, samples: number): void;
	/**
	 * η at one step only, `target[p]` for every path: what a one-step metric needs. A stored source
	 * copies one row; a streamed one must be asked before its first block and fills it as it goes.
	 */
	etaStepInto(target: Float64Array, samples: number, step: number): void;
	block(from: number, count: number): DrawBlock;
}

export interface Dynamics {
	persistence: number;
	volatility: number;
}

/** The stride between two paths' draws. */
export function drawStride(layout: DrawLayout): number {
	return layout.drivers + 2 * layout.events + layout.steps;
}

/** Where a path's step uniforms start within its stride. */
export function stepDrawOffset(layout: DrawLayout): number {
	return layout.drivers + 2 * layout.events;
}

/**
 * Draws `count` paths' uniforms into `values` from `offset`, and turns each path's step draws
 * into normals and those into η at `eta[k·samples + p]` for p = from, from + 1, ….
 */
function drawPaths(
	stream: UniformStream,
	layout: DrawLayout,
	dynamics: Dynamics,
	values: Float64Array,
	offset: number,
	count: number,
	eta: Float64Array | undefined,
	from: number,
	samples: number
): void {
	const stride = drawStride(layout);
	stream.fill(values, offset, count * stride);
	if (!eta) return;
	const shock = dynamics.volatility * Math.sqrt(STEP_YEARS);
	for (let q = 0; q < count; q++) {
		const normals = offset + q * stride + stepDrawOffset(layout);
		const p = from + q;
		// η(0) = 0, η(t+Δ) = φ·η(t) + σ·√Δ·ε; the first step's normal is drawn but never used.
		let value = 0;
		eta[p] = 0;
		for (let k = 1; k < layout.steps; k++) {
			value = dynamics.persistence * value + shock * inverseNormal(values[normals + k]);
			eta[k * samples + p] = value;
		}
	}
}

class StreamedDraws implements DrawSource {
	readonly #stream: UniformStream;
	readonly #current: DrawBlock = { values: new Float64Array(0), offset: 0 };
	#eta: Float64Array | undefined;
	#samples = 0;
	#next = 0;
	/** Where to copy one step's η, block by block, when only that step is wanted. */
	#rowOut: { target: Float64Array; step: number } | undefined;

	constructor(
		seed: number,
		readonly layout: DrawLayout,
		private readonly dynamics: Dynamics
	) {
		this.#stream = new UniformStream(seed);
	}

	etaInto(target: Float64Array, samples: number): void {
		this.#eta = target;
		this.#samples = samples;
	}

	etaStepInto(target: Float64Array, samples: number, step: number): void {
		// Streamed paths compute every step's η as they go: keep them all, and hand out the row.
		const all = new Float64Array(samples * this.layout.steps);
		this.etaInto(all, samples);
		this.#rowOut = { target, step };
	}

	block(from: number, count: number): DrawBlock {
		if (from !== this.#next)
			throw new Error(`streamed draws are read in order: asked for path ${from}, next is ${this.#next}`);
		this.#next += count;
		const size = count * drawStride(this.layout);
		if (this.#current.values.length < size) this.#current.values = new Float64Array(size);
		drawPaths(this.#stream, this.layout, this.dynamics, this.#current.values, 0, count, this.#eta, from, this.#samples);
		if (this.#rowOut && this.#eta) {
			const { target, step } = this.#rowOut;
			const row = step * this.#samples;
			target.set(this.#eta.subarray(row + from, row + from + count), from);
		}
		return this.#current;
	}
}

class StoredDraws implements DrawSource {
	readonly #current: DrawBlock;

	constructor(
		readonly layout: DrawLayout,
		values: Float64Array,
		private readonly eta: Float64Array
	) {
		this.#current = { values, offset: 0 };
	}

	etaInto(target: Float64Array, samples: number): void {
		if (samples * this.layout.steps !== this.eta.length)
			throw new Error(`stored draws hold ${this.eta.length / this.layout.steps} paths, not ${samples}`);
		target.set(this.eta);
	}

	etaStepInto(target: Float64Array, samples: number, step: number): void {
		if (samples * this.layout.steps !== this.eta.length)
			throw new Error(`stored draws hold ${this.eta.length / this.layout.steps} paths, not ${samples}`);
		target.set(this.eta.subarray(step * samples, (step + 1) * samples));
	}

	block(from: number): DrawBlock {
		this.#current.offset = from * drawStride(this.layout);
		return this.#current;
	}
}

function storeDraws(seed: number, samples: number, layout: DrawLayout, dynamics: Dynamics): StoredDraws {
	const values = new Float64Array(samples * drawStride(layout));
	const eta = new Float64Array(samples * layout.steps);
	drawPaths(new UniformStream(seed), layout, dynamics, values, 0, samples, eta, 0, samples);
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
export function drawSource(
	seed: number,
	samples: number,
	layout: DrawLayout,
	dynamics: Dynamics,
	cache?: DrawCache
): DrawSource {
	return cache ? cache.get(seed, samples, layout, dynamics) : new StreamedDraws(seed, layout, dynamics);
}
