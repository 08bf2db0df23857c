import { describe, expect, it } from 'vitest';
import { DrawCache } from './draws';
import { simulate } from './simulate';
import { scenarioFor, smallModel } from './test-arbitraries';

const model = smallModel(3, [{ date: '2026-05', effects: { 0: -0.5, 2: 0.3 } }], [-0.4, 0, 0.4]);
const setting = (assessment: number) => ({
	weight: 0.6,
	low: assessment - 0.2,
	assessment,
	high: assessment + 0.3,
	trend: 0.05
});
const scenario = scenarioFor(model, [setting(0.1), setting(-0.2), setting(0.4)], [0.5], 42, 2000);

describe('simulate', () => {
	it('gives bit-identical results for the same scenario and seed, cached or not', () => {
		const cache = new DrawCache();
		const first = simulate(model, scenario);
		expect(simulate(model, scenario)).toEqual(first);
		expect(simulate(model, scenario, { cache })).toEqual(first);
		expect(simulate(model, scenario, { cache })).toEqual(first);
	});

	it('gives different draws for a different seed', () => {
		expect(simulate(model, scenario, { seed: 43 }).index.mean).not.toEqual(simulate(model, scenario).index.mean);
	});

	it('labels quarterly steps and reports every series per step', () => {
		const p = simulate(model, scenario);
		expect(p.times.slice(0, 3)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1']);
		expect(p.times.at(-1)).toBe('2028-Q4');
		expect(p.years[1]).toBe(0.25);
		for (const series of [p.ruptureRisk, p.index.p5, p.index.mean, p.contributions.d0, p.stateProbabilities.o2])
			expect(series).toHaveLength(p.times.length);
	});

	it('applies an event from the first step on or after its date', () => {
		const always = simulate(model, { ...scenario, events: { e0: { probability: 1 } } });
		const never = simulate(model, { ...scenario, events: { e0: { probability: 0 } } });
		const eventStep = always.times.indexOf('2026-Q3');
		expect(always.driverMeans.d0.slice(0, eventStep)).toEqual(never.driverMeans.d0.slice(0, eventStep));
		expect(always.driverMeans.d0[eventStep]).toBeLessThan(never.driverMeans.d0[eventStep] - 0.3);
	});

	it('contributions add up to the mean index less the mean deviation', () => {
		const p = simulate(model, { ...scenario, samples: 20000 });
		const last = p.times.length - 1;
		const sum = Object.values(p.contributions).reduce((s, c) => s + c[last], 0);
		// E[η] is 0; with 20,000 paths its sample mean stays well inside 0.01.
		expect(Math.abs(p.index.mean[last] - sum)).toBeLessThan(0.01);
	});

	it('uses the first paths of the full run when asked for fewer samples', () => {
		const few = simulate(model, scenario, { samples: 1 });
		const full = simulate(model, { ...scenario, samples: 2000 });
		expect(few.index.p50[5]).not.toBeNaN();
		const outcomeOfFirstPath = few.outcomes.find((id) => few.stateProbabilities[id][5] === 1);
		expect(outcomeOfFirstPath).toBeDefined();
		expect(full.stateProbabilities[outcomeOfFirstPath!][5]).toBeGreaterThan(0);
	});

	it('treats all-zero weights as an index of deviation alone', () => {
		const zero = scenarioFor(
			model,
			[0, 1, 2].map(() => ({ ...setting(0.5), weight: 0 })),
			[0.5],
			42,
			500
		);
		const p = simulate(model, zero);
		expect(p.index.mean[0]).toBe(0);
		expect(p.contributions.d1.every((c) => c === 0)).toBe(true);
	});
});
