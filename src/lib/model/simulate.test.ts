import { describe, expect, it } from 'vitest';
import { DrawCache } from './draws';
import { simulate } from './simulate';
import { scenarioFor, smallModel } from './test-arbitraries';
import type { Projection } from './types';

const model = smallModel(3, [{ date: '2026-05', effects: { 0: -0.5, 2: 0.3 } }], [-0.4, 0, 0.4]);
const setting = (assessment: number) => ({
	weight: 0.6,
	low: assessment - 0.2,
	assessment,
	high: assessment + 0.3,
	trend: 0.05
});
const scenario = scenarioFor(model, [setting(0.1), setting(-0.2), setting(0.4)], [0.5], 42, 2000);

/** What a run of n paths adds to the run of n − 1 (none for n = 1): the n-th path, if runs share their first paths. */
function pathAdded(run: Projection, previous: Projection | undefined) {
	const n = run.samples;
	const added = (now: number, before = 0) => n * now - (n - 1) * before;
	return {
		index: run.index.mean.map((mean, k) => added(mean, previous?.index.mean[k])),
		outcomeCounts: run.times.map((_, k) =>
			run.outcomes.map((id) => Math.round(added(run.stateProbabilities[id][k], previous?.stateProbabilities[id][k])))
		),
		ruptured: run.ruptureRisk.map((risk, k) => Math.round(added(risk, previous?.ruptureRisk[k])))
	};
}

function quantileR7(values: number[], q: number): number {
	const sorted = values.toSorted((a, b) => a - b);
	const h = (sorted.length - 1) * q;
	const low = Math.floor(h);
	return sorted[low] + (h - low) * ((sorted[low + 1] ?? sorted[low]) - sorted[low]);
}

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
		// A run of n paths less the run of n − 1 is one path, if every smaller run is the full
		// run's first paths: one outcome at each step, a rupture that stays, and each run's bands
		// the quantiles of the paths read off so far. Any other draw layout breaks these.
		const full = { ...scenario, samples: 40 };
		const runs = Array.from({ length: full.samples }, (_, i) => simulate(model, full, { samples: i + 1 }));
		expect(runs.at(-1)).toEqual(simulate(model, full));
		const paths: number[][] = [];
		runs.forEach((run, n) => {
			const path = pathAdded(run, runs[n - 1]);
			path.outcomeCounts.forEach((counts, k) =>
				expect(
					counts.filter((c) => c !== 0),
					`path ${n + 1}, step ${k}: one outcome`
				).toEqual([1])
			);
			const lowest = path.outcomeCounts.map((counts) => counts[0]);
			expect(path.ruptured, `path ${n + 1}`).toEqual(lowest.map((_, k) => Math.max(...lowest.slice(0, k + 1))));
			paths.push(path.index);
			run.times.forEach((_, k) => {
				const values = paths.map((index) => index[k]);
				for (const [band, q] of [
					['p5', 0.05],
					['p50', 0.5],
					['p95', 0.95]
				] as const)
					expect(run.index[band][k], `run ${n + 1}, step ${k}, ${band}`).toBeCloseTo(quantileR7(values, q), 9);
			});
		});
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
