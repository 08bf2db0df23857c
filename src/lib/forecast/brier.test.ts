import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { brierScore, rankedProbabilityScore, uniformForecast } from './brier';

describe('brierScore', () => {
	it('matches the hand-worked example of docs/model.md', () => {
		// Outcomes rupture, cooling, transactional, deepening; forecast 0.1, 0.2, 0.5, 0.2;
		// transactional held (o = 0, 0, 1, 0):
		// (0.1−0)² + (0.2−0)² + (0.5−1)² + (0.2−0)² = 0.01 + 0.04 + 0.25 + 0.04 = 0.34
		expect(brierScore([0.1, 0.2, 0.5, 0.2], 2)).toBeCloseTo(0.34, 12);
		// Had rupture held: 0.81 + 0.04 + 0.25 + 0.04 = 1.14
		expect(brierScore([0.1, 0.2, 0.5, 0.2], 0)).toBeCloseTo(1.14, 12);
	});

	it('is 0 for a certain right forecast and 2 for a certain wrong one', () => {
		expect(brierScore([0, 0, 1, 0], 2)).toBe(0);
		expect(brierScore([1, 0, 0, 0], 3)).toBe(2);
	});

	it('gives the uniform forecast 1 − 1/K whichever outcome held', () => {
		// K = 4: (3/4)² + 3·(1/4)² = 9/16 + 3/16 = 0.75
		for (let k = 0; k < 4; k++) expect(brierScore(uniformForecast(4), k)).toBeCloseTo(0.75, 12);
		expect(brierScore(uniformForecast(3), 1)).toBeCloseTo(2 / 3, 12);
	});

	it('is proper: the expected score is lowest when forecasting the true probabilities', () => {
		const distribution = fc
			.array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 5 })
			.map((w) => w.map((x) => x / w.reduce((a, b) => a + b, 0)));
		fc.assert(
			fc.property(distribution, distribution, (truth, other) => {
				fc.pre(truth.length === other.length);
				const expected = (p: number[]) => truth.reduce((s, q, k) => s + q * brierScore(p, k), 0);
				expect(expected(truth)).toBeLessThanOrEqual(expected(other) + 1e-12);
			})
		);
	});

	it('refuses an observed outcome that is not one of the forecast’s', () => {
		expect(() => brierScore([0.5, 0.5], 2)).toThrow(/not one of 2/);
	});
});

describe('rankedProbabilityScore', () => {
	it('matches the hand-worked example: cumulative 0.1, 0.3, 0.8 against 0, 0, 1', () => {
		// (0.1² + 0.3² + (0.8−1)²) / 3 = (0.01 + 0.09 + 0.04) / 3 = 0.14 / 3
		expect(rankedProbabilityScore([0.1, 0.2, 0.5, 0.2], 2)).toBeCloseTo(0.14 / 3, 12);
	});

	it('counts a near miss better than a far one, where Brier does not', () => {
		const nearMiss = [0, 1, 0, 0];
		const farMiss = [0, 0, 0, 1];
		expect(brierScore(nearMiss, 0)).toBe(brierScore(farMiss, 0));
		expect(rankedProbabilityScore(nearMiss, 0)).toBeLessThan(rankedProbabilityScore(farMiss, 0));
		expect(rankedProbabilityScore(farMiss, 0)).toBe(1);
	});
});
