// Comparing two computations of the same shares of paths, where the index is the same sum added
// up in another order: a path on a threshold to the last bit may land on either side of it.
// Shared by the tests that compare the optimised engine with the reference engine or with itself.

import { expect } from 'vitest';
import { referencePaths } from './reference';
import { timeSteps } from './time';
import type { ModelInput, ScenarioInput } from './types';

/** Within rounding of the same sum added up in another order. */
export const ROUNDING = 1e-12;

/** Two shares of paths are the same number, or differ by whole paths, no more than `allowed`. */
export function expectShare(
	actual: number,
	expected: number,
	samples: number,
	allowed: () => number,
	what: string
): void {
	if (actual === expected) return;
	const paths = Math.abs(actual - expected) * samples;
	if (Math.abs(paths - Math.round(paths)) > 1e-6 || paths > allowed() + 0.5)
		expect.fail(`${what}: ${actual} vs ${expected}`);
}

/**
 * Per step, the paths whose index lies within rounding of a threshold (any, and the lowest one):
 * only those may be counted in another outcome by the two engines.
 */
export function pathsAtThresholds(model: ModelInput, scenario: ScenarioInput): { any: number[]; lowest: number[] } {
	const steps = timeSteps(model.horizon).labels.length;
	const any = new Array<number>(steps).fill(0);
	const lowest = new Array<number>(steps).fill(0);
	const near = (s: number, threshold: number) => Math.abs(s - threshold) <= ROUNDING;
	for (const { index } of referencePaths(model, scenario)) {
		index.forEach((s, k) => {
			if (model.thresholds.some((threshold) => near(s, threshold))) any[k]++;
			if (model.thresholds.length > 0 && near(s, model.thresholds[0])) lowest[k]++;
		});
	}
	return { any, lowest };
}
