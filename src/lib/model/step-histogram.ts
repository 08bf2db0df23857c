// Exact order statistics and threshold counts of one step's paths, without sorting them and
// without a pass of their own. The kernel drops each path's index into fixed-width bins as it
// computes it; afterwards only the few bins that hold a wanted rank or a threshold are gathered
// and sorted. Binning is monotone, so a value below a threshold never lands in a later bin than
// the threshold's: counts below a threshold are exact, and so are the order statistics.

const BINS = 4096;

export class StepHistogram {
	readonly counts = new Int32Array(BINS);
	/** Each path's bin at the current step, so that gathering need not recompute it. */
	readonly binOfPath: Uint16Array;
	readonly #scale: number;
	#gathered: Float64Array;
	/** Bin → start of its sorted values in #gathered, or −1 when the bin is not gathered. */
	readonly #start = new Int32Array(BINS);
	readonly #next = new Int32Array(BINS);
	/** Number of values in bins before each bin. */
	readonly #before = new Int32Array(BINS);
	/** The ranks last settled, and the bin of each. */
	#ranks: readonly number[] = [];
	#rankBins: number[] = [];

	/**
	 * `low`–`high` should hold nearly every value; values outside land in the end bins and stay
	 * exact, only slower to gather.
	 */
	constructor(
		readonly samples: number,
		readonly low: number,
		high: number
	) {
		this.binOfPath = new Uint16Array(samples);
		this.#scale = BINS / (high - low);
		this.#gathered = new Float64Array(64);
	}

	/** The bin of a value; monotone in the value. */
	bin(value: number): number {
		const x = (value - this.low) * this.#scale;
		return x < 0 ? 0 : x < BINS ? x | 0 : BINS - 1;
	}

	/**
	 * After the step's values are counted: gathers and sorts the bins that hold the 0-based
	 * `ranks` and the `thresholds`. `values[row + p]` is path p's value.
	 */
	settle(values: Float64Array, row: number, ranks: readonly number[], thresholds: Float64Array): void {
		const { counts } = this;
		this.#start.fill(-1);
		let size = 0;
		const want = (bin: number) => {
			if (this.#start[bin] !== -1) return;
			this.#start[bin] = size;
			size += counts[bin];
		};
		this.#ranks = ranks;
		this.#rankBins = [];
		let seen = 0;
		let r = 0;
		for (let bin = 0; bin < BINS; bin++) {
			this.#before[bin] = seen;
			while (r < ranks.length && ranks[r] < seen + counts[bin]) {
				want(bin);
				this.#rankBins.push(bin);
				r++;
			}
			seen += counts[bin];
		}
		for (const threshold of thresholds) want(this.bin(threshold));
		if (this.#gathered.length < size) this.#gathered = new Float64Array(Math.max(size, 2 * this.#gathered.length));
		const gathered = this.#gathered;
		const next = this.#next;
		next.set(this.#start);
		const { binOfPath, samples } = this;
		for (let p = 0; p < samples; p++) {
			const at = next[binOfPath[p]];
			if (at !== -1) {
				gathered[at] = values[row + p];
				next[binOfPath[p]] = at + 1;
			}
		}
		for (let bin = 0; bin < BINS; bin++) {
			const start = this.#start[bin];
			if (start !== -1 && counts[bin] > 1) gathered.subarray(start, start + counts[bin]).sort();
		}
	}

	/** The value of 0-based rank `rank` (one of those given to `settle`). */
	orderStatistic(rank: number): number {
		const bin = this.#rankBins[this.#ranks.indexOf(rank)];
		return this.#gathered[this.#start[bin] + rank - this.#before[bin]];
	}

	/** How many values lie strictly below `threshold` (one of those given to `settle`). */
	countBelow(threshold: number): number {
		const bin = this.bin(threshold);
		const start = this.#start[bin];
		let below = 0;
		while (below < this.counts[bin] && this.#gathered[start + below] < threshold) below++;
		return this.#before[bin] + below;
	}

	/** Clears the counts for the next step. */
	reset(): void {
		this.counts.fill(0);
	}
}

/** The 0-based ranks that the R-7 quantiles of these probabilities read, increasing. */
export function quantileRanks(samples: number, probabilities: readonly number[]): number[] {
	const ranks = new Set<number>();
	for (const p of probabilities) {
		const low = Math.floor((samples - 1) * p);
		ranks.add(low).add(Math.min(samples - 1, low + 1));
	}
	return [...ranks].sort((a, b) => a - b);
}

/** The R-7 quantile from the settled histogram. */
export function quantileOf(histogram: StepHistogram, probability: number): number {
	const h = (histogram.samples - 1) * probability;
	const low = Math.floor(h);
	const lowValue = histogram.orderStatistic(low);
	return h === low
		? lowValue
		: lowValue + (h - low) * (histogram.orderStatistic(Math.min(histogram.samples - 1, low + 1)) - lowValue);
}
