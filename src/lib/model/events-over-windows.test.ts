// Events over windows with requirements (docs/model.md#events-over-windows), in the optimised
// engine and in the reference engine alike.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_PATHS, BlockState, startBlock } from './block-state';
import { prepareRun } from './prepare';
import { referencePaths, referenceSimulate } from './reference';
import { drawsFor, simulate } from './simulate';
import { modelAndScenario, scenarioFor, smallModel } from './test-arbitraries';
import { timeSteps } from './time';

const flat = { weight: 1, low: 0, assessment: 0, high: 0, trend: 0 };

describe('events over a window', () => {
	it('an event of probability 1 happens once in its window, its share of paths growing linearly across it', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 30 }),
				fc.integer({ min: 3, max: 30 }),
				fc.integer({ min: 0, max: 2 ** 32 - 1 }),
				(start, length, seed) => {
					// Months after 2025-07, the horizon's start: whole quarters from it are steps.
					const month = (n: number) =>
						`${2025 + Math.floor((6 + n) / 12)}-${String(((6 + n) % 12) + 1).padStart(2, '0')}`;
					const window = { from: month(start), to: month(start + length) };
					const model = smallModel(1, [{ window, effects: { 0: 0.1 } }], [0], 0, 0);
					const samples = 4000;
					const scenario = scenarioFor(model, [flat], [1], seed, samples);
					const years = timeSteps(model.horizon).years;
					const [from, to] = [start / 12, (start + length) / 12];
					for (const shares of [
						simulate(model, scenario).eventShares.e0,
						referenceSimulate(model, scenario).eventShares.e0
					]) {
						years.forEach((t, k) => {
							// Uniform timing: P(t_e ≤ t) = (t − from) / (to − from) within the window.
							const expected = Math.min(1, Math.max(0, (t - from) / (to - from)));
							const error = Math.sqrt((expected * (1 - expected)) / samples);
							expect(Math.abs(shares[k] - expected), `step ${k}`).toBeLessThanOrEqual(4.5 * error + 1e-12);
						});
					}
				}
			),
			{ numRuns: 25 }
		);
	});

	it('reads a one-month window as the format-1 date: the effects start at the first step on or after it', () => {
		const model = smallModel(1, [{ window: { from: '2026-05', to: '2026-05' }, effects: { 0: 0.5 } }], [0], 0, 0);
		const shares = simulate(model, scenarioFor(model, [flat], [1], 3, 500)).eventShares.e0;
		// 2025-07 + 4 quarters = 2026-07, the first step on or after May 2026.
		expect(shares.indexOf(1)).toBe(4);
		expect(shares.slice(0, 4).every((s) => s === 0)).toBe(true);
	});
});

describe('events that require others', () => {
	it('a dependent event never happens where what it requires did not, and never earlier', () => {
		fc.assert(
			fc.property(modelAndScenario, ({ model, scenario }) => {
				const run = prepareRun(model, scenario);
				const state = new BlockState(run);
				const count = Math.min(BLOCK_PATHS, scenario.samples);
				startBlock(run, drawsFor(run, scenario.seed, scenario.samples).block(0, count), count, state);
				const violations: string[] = [];
				model.events.forEach((event, e) => {
					for (const id of event.requires ?? []) {
						const r = model.events.findIndex((other) => other.id === id);
						for (let q = 0; q < count; q++) {
							const [dependent, required] = [e * BLOCK_PATHS + q, r * BLOCK_PATHS + q];
							if (state.happened[dependent] === 0) continue;
							if (state.happened[required] === 0) violations.push(`${event.id} without ${id} on path ${q}`);
							if (state.time[dependent] < state.time[required])
								violations.push(`${event.id} before ${id} on path ${q}`);
							if (state.startStep[dependent] < state.startStep[required])
								violations.push(`${event.id} applies before ${id} on path ${q}`);
						}
					}
				});
				expect(violations).toEqual([]);
				// The reference engine's paths likewise.
				for (const path of referencePaths(model, { ...scenario, samples: 60 }))
					model.events.forEach((event, e) => {
						for (const id of event.requires ?? []) {
							const r = model.events.findIndex((other) => other.id === id);
							expect(path.eventSteps[e]).toBeGreaterThanOrEqual(path.eventSteps[r]);
						}
					});
			}),
			{ numRuns: 60 }
		);
	});

	it('its probability is conditional: with what it requires certain, it happens on its own share of paths', () => {
		const model = smallModel(
			1,
			[
				{ window: { from: '2025-07', to: '2026-06' }, effects: { 0: 0.1 } },
				{ window: { from: '2025-07', to: '2028-06' }, requires: [0], effects: { 0: 0.1 } }
			],
			[0],
			0,
			0
		);
		const samples = 20000;
		const at = (required: number) =>
			simulate(model, scenarioFor(model, [flat], [required, 0.3], 11, samples)).eventShares;
		expect(at(1).e1.at(-1)).toBeCloseTo(0.3, 1);
		// Required on 40% of paths: 0.4 × 0.3 of them.
		expect(Math.abs(at(0.4).e1.at(-1)! - 0.12)).toBeLessThan(4 * Math.sqrt((0.12 * 0.88) / samples));
		expect(at(0).e1.every((share) => share === 0)).toBe(true);
	});
});
