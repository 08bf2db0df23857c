import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantiles, range } from './quantiles';

function sortedQuantile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(lo + 1, sorted.length - 1);
	return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

const probabilities = [0.05, 0.25, 0.5, 0.75, 0.95];

describe('quantiles', () => {
	it('agree with sorting, on any input including ties and clusters', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: 0, max: 1e-9, noNaN: true })), { minLength: 1, maxLength: 400 }), (values) => {
				const array = Float64Array.from(values);
				const [min, max] = range(array, 0, array.length);
				const got = quantiles(array, 0, array.length, probabilities, min, max);
				probabilities.forEach((p, i) => expect(got[i]).toBeCloseTo(sortedQuantile(values, p), 12));
			})
		);
	});

	it('read only their slice and leave the values untouched', () => {
		const values = Float64Array.from([9, 9, 3, 1, 2, 9]);
		expect(quantiles(values, 2, 5, [0, 0.5, 1], 1, 3)).toEqual([1, 2, 3]);
		expect(Array.from(values)).toEqual([9, 9, 3, 1, 2, 9]);
	});

	it('handle a constant slice', () => {
		expect(quantiles(Float64Array.from([0.3, 0.3, 0.3]), 0, 3, probabilities, 0.3, 0.3)).toEqual(probabilities.map(() => 0.3));
	});
});
