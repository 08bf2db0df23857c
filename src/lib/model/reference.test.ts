// The optimised engine against the reference engine (reference.ts: docs/model.md written plainly,
// path by path, with the same common random numbers). Where the two add the same terms in a
// different order, the last bits may differ: each such field says why, and is held to 1e-12.

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gapAttribution, type GapAttribution } from './gap';
import type { Metric } from './metric';
import { referencePaths, referenceSimulate } from './reference';
import { referenceGapAttribution, referenceSensitivity } from './reference-analysis';
import { sensitivity } from './sensitivity';
import { simulate } from './simulate';
import { driverSetting, modelAndScenario, scenarioFor, smallModel, thresholds } from './test-arbitraries';
import { expectShare, pathsAtThresholds, ROUNDING } from './test-shares';
import type { ModelInput, Projection, ScenarioInput } from './types';

function expectClose(actual: number[], expected: number[], what: string): void {
	expect(actual.length, what).toBe(expected.length);
	actual.forEach((value, k) => {
		if (Math.abs(value - expected[k]) > ROUNDING) expect.fail(`${what}[${k}]: ${value} vs ${expected[k]}`);
	});
}

function expectSameProjection(
	model: ModelInput,
	scenario: ScenarioInput,
	optimised: Projection,
	reference: Projection
) {
	const labels = (p: Projection) => ({
		modelId: p.modelId,
		scenarioId: p.scenarioId,
		seed: p.seed,
		samples: p.samples,
		times: p.times,
		years: p.years,
		outcomes: p.outcomes,
		drivers: Object.keys(p.driverMeans)
	});
	expect(labels(optimised)).toEqual(labels(reference));

	// State probabilities and rupture risk count paths by comparing the index with thresholds.
	// The index is the same sum in another order (below), so a path within rounding of a threshold
	// may fall on either side; any other path must be counted alike. Nearly always that is all of
	// them, and the shares are equal to the bit.
	let atThresholds: { any: number[]; lowest: number[] } | undefined;
	const allowed = () => (atThresholds ??= pathsAtThresholds(model, scenario));
	for (const id of reference.outcomes)
		reference.stateProbabilities[id].forEach((share, k) =>
			expectShare(optimised.stateProbabilities[id][k], share, reference.samples, () => allowed().any[k], `${id}[${k}]`)
		);
	const sumTo = (counts: number[], k: number) => counts.slice(0, k + 1).reduce((sum, n) => sum + n, 0);
	reference.ruptureRisk.forEach((risk, k) =>
		expectShare(optimised.ruptureRisk[k], risk, reference.samples, () => sumTo(allowed().lowest, k), `rupture[${k}]`)
	);

	// Bands and mean, within rounding: the kernel adds a path's index up as η + (drivers that may
	// reach ±1, clamped step by step) + Σ w·a + (Σ w·trend)·t + Σ w·shift of the others, the
	// reference as Σ w·x(t) + η with x = a + trend·t + Σ shifts: the same terms grouped otherwise.
	for (const band of ['p5', 'p25', 'p50', 'p75', 'p95', 'mean'] as const)
		expectClose(optimised.index[band], reference.index[band], `index.${band}`);
	// Driver means and contributions (w × mean), within rounding: the kernel sums a driver over the
	// paths where it may reach ±1 one by one, and over the others as Σ a + n·trend·t + Σ shifts; it
	// adds a path's shifts in the order events start, the reference in the model's order.
	for (const { id } of model.drivers) {
		expectClose(optimised.driverMeans[id], reference.driverMeans[id], `driverMeans.${id}`);
		expectClose(optimised.contributions[id], reference.contributions[id], `contributions.${id}`);
	}
	// Event shares count paths by the step each event starts on: the same draws, the same comparisons.
	expect(optimised.eventShares).toEqual(reference.eventShares);
	// The decomposition: the same variances, each path's terms added in another order. Shares of a
	// variance that is itself rounding (no uncertainty at all) are not compared.
	expectUncertainty(optimised.uncertainty, reference.uncertainty);
}

function expectUncertainty(optimised: Projection['uncertainty'], reference: Projection['uncertainty']): void {
	expect(Math.abs(optimised.variance - reference.variance)).toBeLessThanOrEqual(
		1e-12 * Math.max(1, reference.variance)
	);
	if (reference.variance < 1e-9) return;
	for (const source of ['ranges', 'events', 'unmodelled', 'interaction'] as const)
		if (Math.abs(optimised[source] - reference[source]) > 1e-9)
			expect.fail(`uncertainty.${source}: ${optimised[source]} vs ${reference[source]}`);
}

/** Inputs by kind and id: two parts within rounding of each other may be listed in either order. */
function expectSameGap(optimised: GapAttribution, reference: GapAttribution): void {
	expect(optimised.step).toBe(reference.step);
	expect(optimised.metric).toEqual(reference.metric);
	// Both run indexAtStep's sums and the reference's path by path: the same terms (see above).
	expectClose(
		[optimised.indexA, optimised.indexB, optimised.gap, optimised.probabilityA, optimised.probabilityB],
		[reference.indexA, reference.indexB, reference.gap, reference.probabilityA, reference.probabilityB],
		'gap'
	);
	const byId = (gap: GapAttribution) =>
		[...gap.items].sort((x, y) => x.kind.localeCompare(y.kind) || x.id.localeCompare(y.id));
	const [mine, theirs] = [byId(optimised), byId(reference)];
	expect(mine.map((d) => `${d.kind}:${d.id}`)).toEqual(theirs.map((d) => `${d.kind}:${d.id}`));
	mine.forEach((d, i) => expectClose([d.index, d.probability], [theirs[i].index, theirs[i].probability], d.id));
}

/**
 * Models where every path's index is the same sum in both engines (no trends, no events: the
 * kernel's η + Σ w·a is the reference's Σ w·x + η), with ties: some ranges a single point, η
 * sometimes zero (then many paths share one index), and a threshold exactly on a path's index.
 */
const tiedModelAndScenario = fc
	.record({
		settings: fc.array(fc.tuple(driverSetting, fc.boolean()), { minLength: 1, maxLength: 4 }),
		thresholds,
		persistence: fc.constantFrom(0, 0.5, 0.9),
		volatility: fc.constantFrom(0, 0.3),
		seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
		tiedStep: fc.nat(),
		tiedPath: fc.nat({ max: 99 })
	})
	.map(({ settings, thresholds, persistence, volatility, seed, tiedStep, tiedPath }) => {
		const flat = settings.map(([setting, pinned]) => {
			const point = pinned ? { low: setting.assessment, high: setting.assessment } : {};
			return { ...setting, ...point, trend: 0 };
		});
		const draft = smallModel(flat.length, [], thresholds, persistence, volatility);
		const paths = [...referencePaths(draft, scenarioFor(draft, flat, [], seed, tiedPath + 1))];
		const index = paths[tiedPath].index;
		const tie = index[tiedStep % index.length];
		const tied = [...new Set([...thresholds, tie])].sort((a, b) => a - b);
		const model = smallModel(flat.length, [], tied, persistence, volatility);
		return { model, scenario: scenarioFor(model, flat, [], seed, 200) };
	});

const metric: fc.Arbitrary<(model: ModelInput) => Metric> = fc.oneof(
	fc
		.record({
			pick: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
			step: fc.option(fc.nat({ max: 16 }), { nil: undefined })
		})
		.map(({ pick, step }) => (model: ModelInput) => ({
			kind: 'outcomes' as const,
			outcomes: model.outcomes.filter((_, o) => pick[o]).map((o) => o.id),
			step
		})),
	fc.option(fc.nat({ max: 16 }), { nil: undefined }).map((step) => () => ({ kind: 'mean-index' as const, step }))
);

function preset(file: string) {
	return JSON.parse(readFileSync(new URL(`../../../scenarios/russia-dprk/${file}.json`, import.meta.url), 'utf8'));
}

describe('the optimised engine against the reference engine (docs/model.md, written plainly)', () => {
	it('gives the same projection for random models and scenarios: few events or many, drivers that reach ±1', () => {
		fc.assert(
			fc.property(modelAndScenario, ({ model, scenario }) => {
				expectSameProjection(model, scenario, simulate(model, scenario), referenceSimulate(model, scenario));
			}),
			{ numRuns: 40 }
		);
	});

	it('gives the same projection to the bit where the index is the same sum, with ties at thresholds and in quantiles', () => {
		fc.assert(
			fc.property(tiedModelAndScenario, ({ model, scenario }) => {
				const { uncertainty, ...optimised } = simulate(model, scenario);
				const { uncertainty: expected, ...reference } = referenceSimulate(model, scenario);
				expect(optimised).toEqual(reference);
				// The decomposition's η-only run is η in one, the drivers' constant plus η in the other.
				expectUncertainty(uncertainty, expected);
			}),
			{ numRuns: 40 }
		);
	});

	it('gives the same tornado to the bit, for shares of outcomes and the mean index, by assessment and by weight', () => {
		// Sensitivity computes each path's index at one step exactly as the reference does:
		// Σ w·clamp(a + trend·t + Σ shifts in the model's order) + η.
		fc.assert(
			fc.property(
				modelAndScenario,
				metric,
				fc.constantFrom('assessment', 'weight'),
				({ model, scenario }, toMetric, input) => {
					const options = { metric: toMetric(model), input: input as 'assessment' | 'weight', samples: 100 };
					expect(sensitivity(model, scenario, options)).toEqual(referenceSensitivity(model, scenario, options));
				}
			),
			{ numRuns: 20 }
		);
	});

	it('gives the same gap attribution between two scenarios, within rounding', () => {
		fc.assert(
			fc.property(
				modelAndScenario,
				fc.array(driverSetting, { minLength: 5, maxLength: 5 }),
				fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10, maxLength: 10 }),
				({ model, scenario }, settings, probabilities) => {
					const other = {
						...scenarioFor(
							model,
							model.drivers.map((_, i) => settings[i]),
							model.events.map((_, e) => probabilities[e]),
							scenario.seed + 1,
							scenario.samples
						),
						// Half the time other unmodelled factors as well.
						...(probabilities[0] < 0.5 ? { dynamics: { persistence: 0.3, volatility: probabilities[1] / 2 } } : {})
					};
					expectSameGap(gapAttribution(model, scenario, other), referenceGapAttribution(model, scenario, other));
				}
			),
			{ numRuns: 20 }
		);
	});

	it('may count a path on the other side of a threshold when it lies on it to the last bit, and only then', () => {
		// Found by search: two fixed drivers with trends, no deviation, and the threshold set to the
		// reference's index at step 3. The kernel's (w·a + w'·a') + (w·trend + w'·trend')·t rounds a
		// hair below it, the reference's w·(a + trend·t) + w'·(a' + trend'·t) does not.
		const settings = [
			{ weight: 0.682, low: 0.71584, assessment: 0.71584, high: 0.71584, trend: -0.19986 },
			{ weight: 0.9839, low: 0.08624, assessment: 0.08624, high: 0.08624, trend: -0.10158 }
		];
		const draft = smallModel(2, [], [0.95], 0, 0);
		const [{ index }] = referencePaths(draft, scenarioFor(draft, settings, [], 1, 1));
		const model = smallModel(2, [], [index[3]], 0, 0);
		const scenario = scenarioFor(model, settings, [], 1, 10);
		const optimised = simulate(model, scenario);
		const reference = referenceSimulate(model, scenario);
		expect([optimised.stateProbabilities.o0[3], reference.stateProbabilities.o0[3]]).toEqual([1, 0]);
		expect(pathsAtThresholds(model, scenario).any[3]).toBe(10);
		expectSameProjection(model, scenario, optimised, reference);
	});

	it('gives the same numbers on the shipped flagship preset (russia-dprk baseline, 10,000 paths)', () => {
		const model = preset('model');
		const baseline = preset('baseline');
		expectSameProjection(model, baseline, simulate(model, baseline), referenceSimulate(model, baseline));
		const options = { samples: 400 };
		expect(sensitivity(model, baseline, options)).toEqual(referenceSensitivity(model, baseline, options));
		const ceasefire = preset('ceasefire-drift');
		expectSameGap(
			gapAttribution(model, baseline, ceasefire, options),
			referenceGapAttribution(model, baseline, ceasefire, options)
		);
	});
});
