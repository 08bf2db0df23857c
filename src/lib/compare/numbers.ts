// Compare's numbers: each scenario's projection and key judgments, and the gap attribution from
// the first (the reference) to each other. One function for the server's compute job and the
// browser's worker, so that the page's refined numbers are the very engine calls the server makes.

import {
	DrawCache,
	gapAttribution,
	keyJudgments,
	simulate,
	type GapAttribution,
	type KeyJudgment,
	type ModelInput,
	type Projection,
	type ScenarioInput
} from '$lib/model';

export interface Judged {
	projection: Projection;
	judgments: KeyJudgment[];
}

export interface CompareNumbers {
	/** One per scenario, in order. */
	judged: Judged[];
	/** `gapAttribution(model, first, other)` for each other scenario, in order. */
	gaps: GapAttribution[];
}

// Presets of one model share a seed and sample count: one stored set of draws serves every run.
export const COMPARE_DRAW_SETS = 4;

/** A projection on `samples` paths (the scenario's own count when not given) with its key judgments. */
export function judgedProjection(
	model: ModelInput,
	scenario: ScenarioInput,
	cache: DrawCache,
	samples?: number
): Judged {
	const projection = simulate(model, scenario, { cache, samples });
	return { projection, judgments: keyJudgments(model, projection) };
}

/**
 * `samples[i]` paths for scenario i (its seed always); the gaps run on the reference's paths, as
 * `gapAttribution` does by default. With every scenario's own count, the numbers are exactly those
 * of the scenarios run as they are. The cache changes speed, never a number.
 */
export function compareNumbers(
	model: ModelInput,
	scenarios: readonly ScenarioInput[],
	samples: readonly number[] = scenarios.map((s) => s.samples),
	cache: DrawCache = new DrawCache(COMPARE_DRAW_SETS)
): CompareNumbers {
	if (samples.length !== scenarios.length)
		throw new Error(`compareNumbers: ${samples.length} path counts for ${scenarios.length} scenarios`);
	const [first, ...others] = scenarios;
	return {
		judged: scenarios.map((s, i) => judgedProjection(model, s, cache, samples[i])),
		gaps: others.map((other) => gapAttribution(model, first, other, { cache, samples: samples[0] }))
	};
}

/** Which scenarios (by index) were computed on fewer paths than their own count: the server's bound. */
export function cappedScenarios(scenarios: readonly { scenario: ScenarioInput; projection: Projection }[]): number[] {
	return scenarios.flatMap((s, i) => (s.projection.samples < s.scenario.samples ? [i] : []));
}
