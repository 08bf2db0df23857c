// What the outcome depends on (docs/model.md#decomposition): properties of the shares, in the
// optimised engine and in the reference engine.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { variance } from './decomposition';
import { referenceSimulate } from './reference';
import { simulate } from './simulate';
import { modelAndScenario, scenarioFor, smallModel } from './test-arbitraries';
import type { ModelInput, ScenarioInput, Uncertainty } from './types';

const both = (model: ModelInput, scenario: ScenarioInput): Uncertainty[] => [
	simulate(model, scenario).uncertainty,
	referenceSimulate(model, scenario).uncertainty
];

const fine = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 1e6) / 1e6);

/** Drivers that can never reach ±1: |a| ≤ 0.3, |trend| ≤ 0.05 over 3.5 years, ≤ 3 events of |shift| ≤ 0.15. */
const unclamped = fc
	.record({
		drivers: fc.integer({ min: 1, max: 4 }),
		ranges: fc.array(fc.tuple(fine(-0.3, 0.3), fine(-0.3, 0.3), fine(-0.3, 0.3), fine(-0.05, 0.05)), {
			minLength: 4,
			maxLength: 4
		}),
		events: fc.array(
			fc.record({ driver: fc.integer({ min: 0, max: 3 }), shift: fine(-0.15, 0.15), p: fine(0.05, 0.95) }),
			{ minLength: 1, maxLength: 3 }
		),
		volatility: fine(0.02, 0.3),
		seed: fc.integer({ min: 0, max: 2 ** 32 - 1 })
	})
	.map(({ drivers, ranges, events, volatility, seed }) => {
		const model = smallModel(
			drivers,
			events.map((e, i) => ({
				window: { from: '2025-10', to: '2027-12' },
				requires: i === 2 ? [0] : [],
				effects: { [e.driver % drivers]: e.shift }
			})),
			[0],
			0.7,
			volatility
		);
		const settings = ranges.slice(0, drivers).map(([a, b, c, trend]) => {
			const [low, assessment, high] = [a, b, c].sort((x, y) => x - y);
			return { weight: 0.5, low, assessment, high, trend };
		});
		return {
			model,
			scenario: scenarioFor(
				model,
				settings,
				events.map((e) => e.p),
				seed,
				3000
			)
		};
	});

describe('the decomposition of the horizon index’s variance', () => {
	it('has shares that sum with the interaction to the whole variance', () => {
		fc.assert(
			fc.property(modelAndScenario, ({ model, scenario }) => {
				for (const u of both(model, scenario)) {
					if (u.variance === 0) continue;
					expect(u.ranges + u.events + u.unmodelled + u.interaction).toBeCloseTo(1, 12);
					for (const share of [u.ranges, u.events, u.unmodelled]) expect(share).toBeGreaterThanOrEqual(0);
				}
			}),
			{ numRuns: 40 }
		);
	});

	it('gives a source switched off a share of 0: no events, fixed ranges, no volatility', () => {
		fc.assert(
			fc.property(modelAndScenario, ({ model, scenario }) => {
				const noEvents = { ...model, events: [] };
				for (const u of both(noEvents, { ...scenario, events: {} })) expect(u.events).toBe(0);
				const never = { ...scenario, events: Object.fromEntries(model.events.map((e) => [e.id, { probability: 0 }])) };
				for (const u of both(model, never)) expect(u.events).toBe(0);
				const fixed = {
					...scenario,
					drivers: Object.fromEntries(
						Object.entries(scenario.drivers).map(([id, s]) => [id, { ...s, low: s.assessment, high: s.assessment }])
					)
				};
				for (const u of both(model, fixed)) expect(u.ranges).toBe(0);
				const calm = { ...scenario, dynamics: { persistence: model.dynamics.persistence, volatility: 0 } };
				for (const u of both(model, calm)) expect(u.unmodelled).toBe(0);
			}),
			{ numRuns: 40 }
		);
	});

	it('has an interaction within sampling error of 0 when no driver can reach ±1', () => {
		fc.assert(
			fc.property(unclamped, ({ model, scenario }) => {
				const u = simulate(model, scenario).uncertainty;
				// S(H) is then the sum of three independent parts plus a constant, and the interaction
				// is −2 × their sample covariances over V: each about σ_X·σ_Y/√n, so 5 standard errors.
				const [r, e, n] = [u.ranges, u.events, u.unmodelled].map(Math.sqrt);
				const bound = (2 * 5 * (r * e + r * n + e * n)) / Math.sqrt(scenario.samples);
				expect(Math.abs(u.interaction)).toBeLessThanOrEqual(bound + 1e-12);
			}),
			{ numRuns: 40 }
		);
	});

	it('measures a variance from the first value, so that equal values give exactly 0', () => {
		fc.assert(
			fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.integer({ min: 1, max: 500 }), (x, n) => {
				expect(variance(new Float64Array(n).fill(x))).toBe(0);
			})
		);
		expect(variance(Float64Array.from([1, 2, 3, 4]))).toBeCloseTo(1.25, 15);
	});
});
