import { describe, expect, it } from 'vitest';
import { DrawCache, gapAttribution, keyJudgments, simulate, type ScenarioInput } from '$lib/model';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import { cappedScenarios, compareNumbers } from './numbers';

const model = tinyModel();
const first: ScenarioInput = { ...tinyScenario(), samples: 600 };
const second: ScenarioInput = {
	...first,
	id: 'other',
	samples: 900,
	drivers: { ...first.drivers, trade: { ...first.drivers.trade, weight: 0.9 } },
	events: { ceasefire: { probability: 0.7 } }
};
const third: ScenarioInput = { ...first, id: 'third', seed: 11 };

/** Each scenario run on its own, fresh: what the comparison must equal at full count. */
function alone(scenarios: ScenarioInput[]) {
	return {
		judged: scenarios.map((s) => {
			const projection = simulate(model, s);
			return { projection, judgments: keyJudgments(model, projection) };
		}),
		gaps: scenarios.slice(1).map((other) => gapAttribution(model, scenarios[0], other))
	};
}

describe('compareNumbers', () => {
	it('at every scenario’s own count equals each run alone: projections, judgments, gaps', () => {
		const scenarios = [first, second, third];
		expect(compareNumbers(model, scenarios)).toEqual(alone(scenarios));
		expect(compareNumbers(model, scenarios, [600, 900, 600], new DrawCache(1))).toEqual(alone(scenarios));
	});

	it('on fewer paths runs each scenario on its cap, same seed, and the gaps on the first’s', () => {
		const numbers = compareNumbers(model, [first, second], [300, 400]);
		expect(numbers.judged.map((j) => j.projection.samples)).toEqual([300, 400]);
		expect(numbers.judged[1].projection).toEqual(simulate(model, second, { samples: 400 }));
		expect(numbers.gaps[0]).toEqual(gapAttribution(model, first, second, { samples: 300 }));
		// Fewer paths, other numbers: the bound is visible, and refining changes them back.
		expect(numbers.judged[1].projection).not.toEqual(simulate(model, second));
	});

	it('refuses path counts that do not match the scenarios', () => {
		expect(() => compareNumbers(model, [first, second], [300])).toThrow(/1 path counts for 2 scenarios/);
	});
});

describe('cappedScenarios', () => {
	it('names the scenarios computed on fewer paths than their own count', () => {
		const { judged } = compareNumbers(model, [first, second, third], [600, 400, 100]);
		const scenarios = [first, second, third].map((scenario, i) => ({ scenario, projection: judged[i].projection }));
		expect(cappedScenarios(scenarios)).toEqual([1, 2]);
		expect(cappedScenarios(scenarios.slice(0, 1))).toEqual([]);
	});
});
