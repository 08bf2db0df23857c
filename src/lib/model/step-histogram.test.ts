import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileOf, quantileRanks, StepHistogram } from './step-histogram';

function sortedQuantile(sorted: Float64Array, p: number): number {
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(lo + 1, sorted.length - 1);
	return h === lo ? sorted[lo] : sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

const probabilities = [0.05, 0.25, 0.5, 0.75, 0.95];

/** Counts a row as the kernel does, then settles it. */
function histogramOf(values: number[], row: number, low: number, high: number, thresholds: number[]): StepHistogram {
	const histogram = new StepHistogram(values.length, low, high);
	const stored = Float64Array.from([...Array(row).fill(99), ...values]);
	values.forEach((value, p) => {
		const bin = histogram.bin(value);
		histogram.counts[bin]++;
		histogram.binOfPath[p] = bin;
	});
	histogram.settle(stored, row, quantileRanks(values.length, probabilities), Float64Array.from(thresholds));
	return histogram;
}

const value = fc.oneof(
	fc.integer({ min: -5, max: 5 }),
	fc.double({ min: -3, max: 3, noNaN: true }),
	fc.double({ min: 0, max: 1e-9, noNaN: true })
);

describe('step histogram', () => {
	it('gives the quantiles of sorting and exact counts below thresholds, on any input including ties, clusters and values outside its range', () => {
		fc.assert(
			fc.property(
				fc.array(value, { minLength: 1, maxLength: 400 }),
				fc.array(value, { maxLength: 4 }),
				fc.nat(5),
				(values, thresholds, row) => {
					const histogram = histogramOf(values, row, -1, 1, thresholds);
					const sorted = Float64Array.from(values).sort();
					for (const p of probabilities) expect(quantileOf(histogram, p)).toBe(sortedQuantile(sorted, p));
					for (const t of thresholds) expect(histogram.countBelow(t)).toBe(values.filter((v) => v < t).length);
				}
			)
		);
	});

	it('puts a value on a bin edge in the same bin as its threshold', () => {
		const histogram = histogramOf([-0.1, -0.1, 0.35, 0.3499999999, 0.35], 0, -2, 2, [-0.1, 0.35]);
		expect(histogram.countBelow(-0.1)).toBe(0);
		expect(histogram.countBelow(0.35)).toBe(3);
	});

	it('bins monotonically and keeps far values in the end bins', () => {
		const histogram = new StepHistogram(1, -1, 1);
		expect(histogram.bin(-1e300)).toBe(0);
		expect(histogram.bin(1e300)).toBe(histogram.counts.length - 1);
		fc.assert(
			fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (a, b) =>
				a <= b ? histogram.bin(a) <= histogram.bin(b) : histogram.bin(a) >= histogram.bin(b)
			)
		);
	});

	it('handles a constant row', () => {
		const histogram = histogramOf([0.3, 0.3, 0.3], 2, -1, 1, [0.3]);
		expect(probabilities.map((p) => quantileOf(histogram, p))).toEqual(probabilities.map(() => 0.3));
		expect(histogram.countBelow(0.3)).toBe(0);
	});
});
