// The exact answer for the simplest case: no input uncertainty and no events. Then
// S(t) = μ(t) + η(t) with η(t) Gaussian of known variance, and the outcome probabilities are an
// ordered probit. The property tests hold the Monte Carlo engine to it.

import { normalCdf } from './random';
import { STEP_YEARS } from './time';

/** Var η at each step: v(0) = 0, v(k+1) = φ²·v(k) + σ²·Δ. */
export function deviationVariance(steps: number, persistence: number, volatility: number): number[] {
	const variance = [0];
	for (let k = 1; k < steps; k++)
		variance.push(persistence * persistence * variance[k - 1] + volatility * volatility * STEP_YEARS);
	return variance.slice(0, steps);
}

/** P(τ_{k−1} ≤ μ + η < τ_k) for each outcome k, with η ~ N(0, variance). */
export function orderedProbit(mean: number, variance: number, thresholds: readonly number[]): number[] {
	const sd = Math.sqrt(variance);
	const below = (tau: number) => (sd === 0 ? (mean < tau ? 1 : 0) : normalCdf((tau - mean) / sd));
	const cumulative = [...thresholds.map(below), 1];
	return cumulative.map((c, k) => c - (k === 0 ? 0 : cumulative[k - 1]));
}
