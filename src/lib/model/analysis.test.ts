import { describe, expect, it } from 'vitest';
import { estimativeTerm, percent } from './estimative';
import { gapAttribution } from './gap';
import { keyJudgments } from './judgments';
import { defaultMetric, evaluateMetric } from './metric';
import { sensitivity } from './sensitivity';
import { simulate } from './simulate';
import { scenarioFor, smallModel } from './test-arbitraries';
import type { DriverSetting, ScenarioInput } from './types';

const model = smallModel(3, [{ date: '2026-01', effects: { 1: -0.4 } }], [-0.4, -0.1, 0.35]);
const base = scenarioFor(
	model,
	[
		{ weight: 0.9, low: 0.2, assessment: 0.5, high: 0.8, trend: 0 },
		{ weight: 0.5, low: -0.6, assessment: -0.2, high: 0.1, trend: -0.05 },
		{ weight: 0.1, low: -0.1, assessment: 0, high: 0.1, trend: 0 }
	],
	[0.4],
	7,
	3000
);

function withDriver(id: string, change: Partial<DriverSetting>): ScenarioInput {
	return { ...base, drivers: { ...base.drivers, [id]: { ...base.drivers[id], ...change } } };
}

describe('estimative language', () => {
	it.each([
		[0, 'almost-no-chance'],
		[0.049, 'almost-no-chance'],
		[0.05, 'very-unlikely'],
		[0.2, 'unlikely'],
		[0.45, 'roughly-even'],
		[0.55, 'roughly-even'],
		[0.56, 'likely'],
		[0.8, 'likely'],
		[0.81, 'very-likely'],
		[0.96, 'almost-certain'],
		[1, 'almost-certain']
	])('%f is %s', (p, key) => expect(estimativeTerm(p).key).toBe(key));

	it('prints whole percents and never claims 0% or 100%', () => {
		expect([percent(0.644), percent(0.001), percent(0.999)]).toEqual(['64%', '<1%', '>99%']);
	});
});

describe('key judgments', () => {
	it('say the words and the number that the projection holds', () => {
		const p = simulate(model, base);
		const judgments = keyJudgments(model, p);
		expect(judgments.map((j) => j.kind)).toEqual(['at-least', 'at-least', 'most-likely', 'rupture-by']);
		const horizon = judgments[1];
		expect(horizon.year).toBe(2028);
		expect(horizon.probability).toBeCloseTo(p.stateProbabilities.o2.at(-1)! + p.stateProbabilities.o3.at(-1)!, 12);
		expect(horizon.text.en).toContain(`${horizon.term.label.en} (${percent(horizon.probability)})`);
		expect(horizon.text.ar).toContain(horizon.term.label.ar);
		expect(judgments[3].probability).toBe(p.ruptureRisk.at(-1));
	});
});

describe('sensitivity', () => {
	it('swings each driver across its range and each event from never to surely, largest first, around the base metric', () => {
		const tornado = sensitivity(model, base);
		const context = { model, seed: base.seed, samples: base.samples };
		const metric = defaultMetric(model);
		expect(tornado.base).toBe(evaluateMetric(context, base, metric));
		expect(tornado.bars.map((b) => `${b.kind}:${b.id}`).sort()).toEqual([
			'driver:d0',
			'driver:d1',
			'driver:d2',
			'event:e0'
		]);
		const swings = tornado.bars.map((b) => b.swing);
		expect(swings).toEqual([...swings].sort((a, b) => b - a));
		expect(tornado.bars[0].id).toBe('d0');
		for (const bar of tornado.bars) {
			if (bar.kind === 'event') {
				const at = (probability: number) => ({ ...base, events: { ...base.events, [bar.id]: { probability } } });
				expect(bar.low, `${bar.id} never`).toBe(evaluateMetric(context, at(0), metric));
				expect(bar.high, `${bar.id} surely`).toBe(evaluateMetric(context, at(1), metric));
				continue;
			}
			const { low, high } = base.drivers[bar.id];
			const pinned = (v: number) => withDriver(bar.id, { low: v, assessment: v, high: v });
			expect(bar.low, `${bar.id} at its low end`).toBe(evaluateMetric(context, pinned(low), metric));
			expect(bar.high, `${bar.id} at its high end`).toBe(evaluateMetric(context, pinned(high), metric));
			expect(bar.low).toBeLessThanOrEqual(tornado.base);
			expect(bar.high).toBeGreaterThanOrEqual(tornado.base);
		}
	});

	it('has as its base the key judgment at the horizon ("… or better"), on the same paths', () => {
		const atLeast = keyJudgments(model, simulate(model, base))
			.filter((j) => j.kind === 'at-least')
			.at(-1)!;
		expect(sensitivity(model, base).base).toBeCloseTo(atLeast.probability, 12);
	});

	it('measures the metric the same way the full simulation does', () => {
		const p = simulate(model, base);
		const context = { model, seed: base.seed, samples: base.samples };
		expect(evaluateMetric(context, base, { kind: 'outcomes', outcomes: ['o2', 'o3'] })).toBeCloseTo(
			p.stateProbabilities.o2.at(-1)! + p.stateProbabilities.o3.at(-1)!,
			12
		);
		expect(evaluateMetric(context, base, { kind: 'rupture' })).toBe(p.ruptureRisk.at(-1));
		expect(evaluateMetric(context, base, { kind: 'mean-index', step: 4 })).toBeCloseTo(p.index.mean[4], 12);
	});

	it('for weights, swings ±50%, drivers only', () => {
		const context = { model, seed: base.seed, samples: base.samples };
		// The mean index moves with any change of weight, so a swing other than ±50% shows.
		for (const metric of [defaultMetric(model), { kind: 'mean-index' } as const]) {
			const tornado = sensitivity(model, base, { input: 'weight', metric });
			expect(tornado.input).toBe('weight');
			expect(tornado.bars.map((b) => b.kind)).toEqual(model.drivers.map(() => 'driver'));
			for (const bar of tornado.bars) {
				const { weight } = base.drivers[bar.id];
				const withWeight = (w: number) => withDriver(bar.id, { weight: w });
				expect(bar.low, `${bar.id} at −50%`).toBe(evaluateMetric(context, withWeight(weight * 0.5), metric));
				expect(bar.high, `${bar.id} at +50%`).toBe(evaluateMetric(context, withWeight(weight * 1.5), metric));
				expect(bar.swing).toBe(Math.abs(bar.high - bar.low));
			}
		}
	});
});

describe('gap attribution', () => {
	const other = {
		...base,
		drivers: {
			...base.drivers,
			d0: { ...base.drivers.d0, weight: 0.3 },
			d1: { ...base.drivers.d1, assessment: 0.1, high: 0.2 }
		},
		events: { e0: { probability: 0.9 } },
		dynamics: { persistence: 0.5, volatility: 0.8 }
	};

	it('explains the whole gap, in the index and in the headline probability, by driver, event and unmodelled factors', () => {
		const gap = gapAttribution(model, base, other);
		expect(Math.abs(gap.residual)).toBeLessThan(1e-12);
		expect(gap.gap).toBe(gap.indexB - gap.indexA);
		const sum = (key: 'index' | 'probability') => gap.items.reduce((total, item) => total + item[key], 0);
		expect(sum('index')).toBeCloseTo(gap.gap, 12);
		expect(sum('probability')).toBeCloseTo(gap.probabilityGap, 12);
		const item = (kind: string, id: string) => gap.items.find((i) => i.kind === kind && i.id === id)!;
		// d2 is the same in both: no part. The others changed: each has one.
		expect(item('driver', 'd2')).toMatchObject({ index: 0, probability: 0 });
		expect(item('driver', 'd1').index).toBeGreaterThan(0);
		// Raising the event's chance (its effect is −0.4 on d1) lowers the index.
		expect(item('event', 'e0').index).toBeLessThan(0);
		// Much more volatility moves the index's mean little and the headline's probability much.
		expect(Math.abs(item('unmodelled', 'dynamics').probability)).toBeGreaterThan(0.01);
		const sizes = gap.items.map((i) => Math.abs(i.probability));
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		// The headline is the key judgment's: its probabilities are those of A's and B's runs on A's paths.
		const atLeast = (s: typeof base) =>
			keyJudgments(model, simulate(model, s))
				.filter((j) => j.kind === 'at-least')
				.at(-1)!;
		expect(gap.probabilityA).toBeCloseTo(atLeast(base).probability, 12);
		expect(gap.probabilityB).toBeCloseTo(atLeast(other).probability, 12);
	});

	it('finds no gap between a scenario and itself', () => {
		const gap = gapAttribution(model, base, base);
		expect(gap.gap).toBe(0);
		expect(gap.probabilityGap).toBe(0);
		expect(gap.items.every((d) => d.index === 0 && d.probability === 0)).toBe(true);
	});
});
