import { BLOCK_PATHS, type BlockState } from './block-state';
import type { PreparedRun } from './prepare';

/**
 * The drivers that may reach ±1 on a path, clamped step by step, straight into the index and
 * the drivers' sums. Each driver adds up its events' shifts at the steps they start on the path.
 */
export class BoundedDrivers {
	readonly #years: Float64Array;
	/** Driver i's effects are #effect…[#first[i] .. #first[i+1]), in the model's event order. */
	readonly #first: Int32Array;
	readonly #effectEvent: Int32Array;
	readonly #effectShift: Float64Array;
	/** This path's weighted sum of its bounded drivers, per step. */
	readonly #sums: Float64Array;
	/** The shifts that start at each step, for one driver of one path. */
	readonly #shiftAt: Float64Array;

	constructor(
		private readonly run: PreparedRun,
		private readonly samples: number,
		private readonly index: Float64Array,
		private readonly driverSums: Float64Array
	) {
		const steps = run.steps.years.length;
		this.#years = Float64Array.from(run.steps.years);
		this.#sums = new Float64Array(steps);
		this.#shiftAt = new Float64Array(steps + 1);
		const byDriver: number[][] = run.driverIds.map(() => []);
		const eventOf = new Int32Array(run.effectDriver.length);
		for (let e = 0; e < run.eventChance.length; e++) {
			for (let j = run.effectOffset[e]; j < run.effectOffset[e + 1]; j++) {
				byDriver[run.effectDriver[j]].push(j);
				eventOf[j] = e;
			}
		}
		const effects = byDriver.flat();
		this.#first = new Int32Array(byDriver.length + 1);
		byDriver.forEach((list, i) => (this.#first[i + 1] = this.#first[i] + list.length));
		this.#effectShift = Float64Array.from(effects, (j) => run.effectShift[j]);
		this.#effectEvent = Int32Array.from(effects, (j) => eventOf[j]);
	}

	add(state: BlockState, q: number, p: number): void {
		const { run, samples, index, driverSums } = this;
		const drivers = state.drivers;
		const years = this.#years;
		const sums = this.#sums.fill(0);
		const shiftAt = this.#shiftAt;
		for (let i = 0; i < drivers; i++) {
			if (state.bounded[i * BLOCK_PATHS + q] === 0) continue;
			const base = state.base[i * BLOCK_PATHS + q];
			const trend = run.trend[i];
			const weight = run.normalizedWeights[i];
			shiftAt.fill(0);
			for (let j = this.#first[i]; j < this.#first[i + 1]; j++) {
				const at = this.#effectEvent[j] * BLOCK_PATHS + q;
				if (state.occurred[at] === 1) shiftAt[state.startStep[at]] += this.#effectShift[j];
			}
			let shift = 0;
			for (let k = 0; k < years.length; k++) {
				shift += shiftAt[k];
				let x = base + trend * years[k] + shift;
				x = x < -1 ? -1 : x > 1 ? 1 : x;
				sums[k] += weight * x;
				driverSums[k * drivers + i] += x;
			}
		}
		for (let k = 0; k < years.length; k++) index[k * samples + p] += sums[k];
	}
}
