import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviationVariance, orderedProbit } from './closed-form';
import { simulate } from './simulate';
import { modelAndScenario, scenarioFor, smallModel } from './test-arbitraries';
import type { ScenarioInput } from './types';

const runs = { numRuns: 60 };

function withDriver(scenario: ScenarioInput, id: string, change: object): ScenarioInput {
	return { ...scenario, drivers: { ...scenario.drivers, [id]: { ...scenario.drivers[id], ...change } } };
}

describe('engine properties (docs/model.md#properties)', () => {
	it('state probabilities sum to 1, all values lie in [0, 1], quantiles are ordered', () => {
		fc.assert(
			fc.property(modelAndScenario, ({ model, scenario }) => {
				const p = simulate(model, scenario);
				p.times.forEach((_, k) => {
					const total = p.outcomes.reduce((sum, id) => sum + p.stateProbabilities[id][k], 0);
					expect(total).toBeCloseTo(1, 12);
					for (const id of p.outcomes) expect(p.stateProbabilities[id][k]).toBeGreaterThanOrEqual(0);
					expect(p.ruptureRisk[k]).toBeGreaterThanOrEqual(0);
					expect(p.ruptureRisk[k]).toBeLessThanOrEqual(1);
					if (k > 0) expect(p.ruptureRisk[k]).toBeGreaterThanOrEqual(p.ruptureRisk[k - 1]);
					const { p5, p25, p50, p75, p95 } = p.index;
					expect(p5[k]).toBeLessThanOrEqual(p25[k]);
					expect(p25[k]).toBeLessThanOrEqual(p50[k]);
					expect(p50[k]).toBeLessThanOrEqual(p75[k]);
					expect(p75[k]).toBeLessThanOrEqual(p95[k]);
				});
			}),
			runs
		);
	});

	it('raising one assessment never lowers the mean index nor the best outcome, path by path', () => {
		fc.assert(
			fc.property(
				modelAndScenario,
				fc.nat(),
				fc.double({ min: 0, max: 1, noNaN: true }),
				({ model, scenario }, pick, fraction) => {
					const id = model.drivers[pick % model.drivers.length].id;
					const setting = scenario.drivers[id];
					const raised = setting.assessment + fraction * (setting.high - setting.assessment);
					const before = simulate(model, scenario);
					const after = simulate(model, withDriver(scenario, id, { assessment: raised }));
					const best = model.outcomes.at(-1)!.id;
					before.times.forEach((_, k) => {
						expect(after.index.mean[k]).toBeGreaterThanOrEqual(before.index.mean[k] - 1e-12);
						expect(after.stateProbabilities[best][k]).toBeGreaterThanOrEqual(before.stateProbabilities[best][k]);
					});
				}
			),
			runs
		);
	});

	it('multiplying every weight by c > 0 changes nothing', () => {
		fc.assert(
			fc.property(modelAndScenario, fc.double({ min: 0.01, max: 0.99, noNaN: true }), ({ model, scenario }, c) => {
				const scaled = {
					...scenario,
					drivers: Object.fromEntries(
						Object.entries(scenario.drivers).map(([id, s]) => [id, { ...s, weight: s.weight * c }])
					)
				};
				const a = simulate(model, scenario);
				const b = simulate(model, scaled);
				a.times.forEach((_, k) => {
					expect(b.index.mean[k]).toBeCloseTo(a.index.mean[k], 10);
					expect(b.index.p50[k]).toBeCloseTo(a.index.p50[k], 10);
					for (const id of a.outcomes)
						expect(Math.abs(b.stateProbabilities[id][k] - a.stateProbabilities[id][k])).toBeLessThanOrEqual(
							1 / scenario.samples + 1e-12
						);
				});
			}),
			runs
		);
	});

	it('a zero-weight driver changes nothing, whatever its settings', () => {
		fc.assert(
			fc.property(
				modelAndScenario,
				fc.nat(),
				fc.double({ min: -1, max: 1, noNaN: true }),
				({ model, scenario }, pick, value) => {
					const id = model.drivers[pick % model.drivers.length].id;
					const zeroed = withDriver(scenario, id, { weight: 0 });
					const moved = withDriver(zeroed, id, {
						weight: 0,
						low: Math.min(value, 0),
						assessment: value,
						high: Math.max(value, 0),
						trend: value / 4
					});
					const a = simulate(model, zeroed);
					const b = simulate(model, moved);
					expect(b.stateProbabilities).toEqual(a.stateProbabilities);
					expect(b.index).toEqual(a.index);
				}
			),
			runs
		);
	});

	it('an event of probability 0 changes nothing; of probability 1 it is the same as writing its shifts in', () => {
		fc.assert(
			fc.property(modelAndScenario, fc.double({ min: -0.5, max: 0.5, noNaN: true }), ({ model, scenario }, shift) => {
				const withEvent = {
					...model,
					events: [
						...model.events,
						{
							id: 'extra',
							window: { from: '2025-07', to: '2025-07' },
							label: { en: 'x', ar: 'x' },
							effects: { d0: shift }
						}
					]
				};
				const without = {
					...withEvent,
					events: withEvent.events.map((e) => (e.id === 'extra' ? { ...e, effects: {} } : e))
				};
				const at = (p: number) => ({ ...scenario, events: { ...scenario.events, extra: { probability: p } } });
				expect(simulate(withEvent, at(0))).toEqual(simulate(without, at(0)));
				// Writing the shift in: the driver's whole range moves by it from the first step.
				const s = scenario.drivers.d0;
				const written = withDriver(at(0), 'd0', {
					low: s.low + shift,
					assessment: s.assessment + shift,
					high: s.high + shift
				});
				const a = simulate(withEvent, at(1));
				const b = simulate(without, written);
				a.times.forEach((_, k) => {
					expect(a.index.mean[k]).toBeCloseTo(b.index.mean[k], 9);
					expect(a.contributions.d0[k]).toBeCloseTo(b.contributions.d0[k], 9);
				});
			}),
			runs
		);
	});

	it('with no input uncertainty and no events, state probabilities converge to the ordered probit', () => {
		fc.assert(
			fc.property(
				// Hundredths, against cut points at half-hundredths: no path sits exactly on a threshold at t = 0.
				fc.integer({ min: -60, max: 60 }).map((n) => n / 100),
				fc.double({ min: 0, max: 0.9, noNaN: true }),
				fc.double({ min: 0.05, max: 0.4, noNaN: true }),
				fc.integer({ min: 0, max: 2 ** 31 }),
				(assessment, persistence, volatility, seed) => {
					const thresholds = [-0.305, 0.005, 0.255];
					const model = smallModel(2, [], thresholds, persistence, volatility);
					const fixed = { weight: 0.5, low: assessment, assessment, high: assessment, trend: 0 };
					const samples = 4000;
					const p = simulate(model, scenarioFor(model, [fixed, fixed], [], seed, samples));
					const variance = deviationVariance(p.times.length, persistence, volatility);
					p.times.forEach((_, k) => {
						const exact = orderedProbit(assessment, variance[k], thresholds);
						exact.forEach((q, o) => {
							// 5 standard errors, plus a few paths for outcomes whose exact probability is tiny.
							const tolerance = 5 * Math.sqrt((q * (1 - q)) / samples) + 3 / samples;
							expect(Math.abs(p.stateProbabilities[`o${o}`][k] - q)).toBeLessThanOrEqual(tolerance);
						});
					});
				}
			),
			{ numRuns: 25 }
		);
	});
});
