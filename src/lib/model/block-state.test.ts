import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_PATHS, BlockState, startBlock } from './block-state';
import { prepareRun } from './prepare';
import { drawsFor, simulate } from './simulate';
import { modelAndScenario, scenarioFor, smallModel } from './test-arbitraries';

describe('block state', () => {
	it('classifies drivers the same whether event shifts come from the mask tables or effect by effect', () => {
		fc.assert(
			fc.property(modelAndScenario, ({ model, scenario }) => {
				const run = prepareRun(model, scenario);
				const count = Math.min(BLOCK_PATHS, scenario.samples);
				const [tabulated, summed] = [true, false].map((tabulate) => {
					const state = new BlockState(run, tabulate);
					startBlock(run, drawsFor(run, scenario.seed, scenario.samples).block(0, count), count, state);
					return state;
				});
				expect(Array.from(tabulated.bounded)).toEqual(Array.from(summed.bounded));
				expect(Array.from(tabulated.boundedCount)).toEqual(Array.from(summed.boundedCount));
				expect(Array.from(tabulated.base)).toEqual(Array.from(summed.base));
			})
		);
	});

	it('draws triangular assessments within each driver’s range', () => {
		fc.assert(
			fc.property(modelAndScenario, ({ model, scenario }) => {
				const run = prepareRun(model, scenario);
				const state = new BlockState(run);
				const count = Math.min(BLOCK_PATHS, scenario.samples);
				startBlock(run, drawsFor(run, scenario.seed, scenario.samples).block(0, count), count, state);
				const outside: string[] = [];
				run.driverIds.forEach((id, i) => {
					for (let q = 0; q < count; q++) {
						const x = state.base[i * BLOCK_PATHS + q];
						if (!(x >= run.low[i] && x <= run.high[i]))
							outside.push(`${id} path ${q}: ${x} not in [${run.low[i]}, ${run.high[i]}]`);
					}
				});
				expect(outside).toEqual([]);
			})
		);
	});
});

describe('triangular draws at the edge of validity', () => {
	it('stay finite and in range when the mode is rounded a hair past the high end', () => {
		// From a property test: assessment + 1·(high − assessment) rounds to 0, above high.
		const model = smallModel(1, [], [0], 0, 0);
		const scenario = scenarioFor(
			model,
			[{ weight: 1, low: -1.364045807975643e-16, assessment: 0, high: -1.853398338208967e-308, trend: 0 }],
			[],
			0,
			300
		);
		const projection = simulate(model, scenario);
		expect(projection.index.mean.every(Number.isFinite)).toBe(true);
		expect(projection.index.p95.every((x) => x <= -1.853398338208967e-308)).toBe(true);
	});
});
