// Proper scores of a probability forecast over a question's ordered outcomes (docs/model.md,
// "Forecast record and scoring"). Both are 0 for a certain, right forecast.

function checked(probabilities: readonly number[], observed: number): void {
	if (!Number.isInteger(observed) || observed < 0 || observed >= probabilities.length)
		throw new RangeError(`observed outcome ${observed} is not one of ${probabilities.length} outcomes`);
}

/** Multi-outcome Brier score, Σ_k (p_k − o_k)²: 0 best, 2 worst (all weight on a wrong outcome). */
export function brierScore(probabilities: readonly number[], observed: number): number {
	checked(probabilities, observed);
	return probabilities.reduce((sum, p, k) => sum + (p - (k === observed ? 1 : 0)) ** 2, 0);
}

/**
 * Ranked probability score over the ordered outcomes: the Brier score of the cumulative
 * probabilities, (1/(K−1)) Σ_{k<K} (P_k − O_k)², 0 best, 1 worst. It counts a near miss (one
 * outcome off) as better than a far one, which the plain Brier score does not.
 */
export function rankedProbabilityScore(probabilities: readonly number[], observed: number): number {
	checked(probabilities, observed);
	const K = probabilities.length;
	if (K < 2) return 0;
	let cumulative = 0;
	let sum = 0;
	for (let k = 0; k < K - 1; k++) {
		cumulative += probabilities[k];
		sum += (cumulative - (k >= observed ? 1 : 0)) ** 2;
	}
	return sum / (K - 1);
}

/** 1/K for each of K outcomes. */
export function uniformForecast(outcomes: number): number[] {
	return Array.from({ length: outcomes }, () => 1 / outcomes);
}
