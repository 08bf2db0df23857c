import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DrawCache } from './draws';
import { evaluateMetric } from './metric';
import { simulate } from './simulate';
import { modelAndScenario } from './test-arbitraries';

describe('index at one step', () => {
	it('gives the full simulation’s outcome shares and mean index at that step, with few events or many', () => {
		fc.assert(
			fc.property(modelAndScenario, fc.nat(), ({ model, scenario }, pick) => {
				const projection = simulate(model, scenario);
				const step = pick % projection.times.length;
				const context = { model, seed: scenario.seed, samples: scenario.samples, cache: new DrawCache(1) };
				const best = model.outcomes.at(-1)!.id;
				expect(evaluateMetric(context, scenario, { kind: 'outcomes', outcomes: [best], step })).toBeCloseTo(
					projection.stateProbabilities[best][step],
					12
				);
				expect(evaluateMetric(context, scenario, { kind: 'mean-index', step })).toBeCloseTo(
					projection.index.mean[step],
					12
				);
			})
		);
	});
});
