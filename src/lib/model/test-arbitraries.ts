// fast-check generators of small, valid models and scenarios, shared by the engine's tests.

import fc from 'fast-check';
import type { DriverSetting, ModelInput, ScenarioInput } from './types';

const text = (s: string) => ({ en: s, ar: s });

/** A test event: one date (format 1) or a window; `requires` by index into the model's events. */
export interface TestEvent {
	date?: string;
	window?: { from: string; to: string };
	requires?: number[];
	effects: Record<number, number>;
}

export function smallModel(
	driverCount: number,
	events: TestEvent[],
	thresholds: number[],
	persistence = 0.8,
	volatility = 0.2
): ModelInput {
	const drivers = Array.from({ length: driverCount }, (_, i) => ({
		id: `d${i}`,
		group: 'g',
		label: text(`Driver ${i}`),
		description: text('d'),
		evidence: []
	}));
	return {
		format: 2,
		id: 'test-model',
		title: text('Test'),
		question: text('Q?'),
		horizon: { start: '2025-07', end: '2028-12' },
		outcomes: Array.from({ length: thresholds.length + 1 }, (_, k) => ({
			id: `o${k}`,
			label: text(`Outcome ${k}`),
			description: text('o')
		})),
		thresholds,
		dynamics: { persistence, volatility },
		groups: [{ id: 'g', label: text('G') }],
		drivers,
		events: events.map((e, i) => ({
			id: `e${i}`,
			window: e.window ?? { from: e.date ?? '2025-07', to: e.date ?? '2025-07' },
			...(e.requires?.length ? { requires: e.requires.map((r) => `e${r}`) } : {}),
			label: text(`Event ${i}`),
			effects: Object.fromEntries(Object.entries(e.effects).map(([d, s]) => [`d${d}`, s]))
		})),
		evidence: [],
		indicators: []
	};
}

export function scenarioFor(
	model: ModelInput,
	settings: DriverSetting[],
	probabilities: number[],
	seed = 1,
	samples = 400
): ScenarioInput {
	return {
		format: 1,
		id: 'test',
		model: model.id,
		title: text('T'),
		summary: text('S'),
		seed,
		samples,
		drivers: Object.fromEntries(model.drivers.map((d, i) => [d.id, settings[i]])),
		events: Object.fromEntries(model.events.map((e, i) => [e.id, { probability: probabilities[i] }]))
	};
}

// Weights move in hundredths, as the sliders do; other settings on a grid of 1e-9. Values like
// 1e-306 would only test underflow: products of such ranges round to 0, and properties such as
// monotonicity then fail for reasons that have nothing to do with the model.
const unit = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const fine = (min: number, max: number) => unit(min, max).map((x) => Math.round(x * 1e9) / 1e9);

export const driverSetting: fc.Arbitrary<DriverSetting> = fc
	.tuple(
		fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
		fine(-1, 1),
		fine(-1, 1),
		fine(-1, 1),
		fine(-0.3, 0.3)
	)
	.map(([weight, a, b, c, trend]) => {
		const [low, assessment, high] = [a, b, c].sort((x, y) => x - y);
		return { weight, low, assessment, high, trend };
	});

const monthOf = (n: number) => `${2025 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
/** A window within 2025-01 … 2028-12 (the horizon starts 2025-07: some start before it); a third are one instant. */
const window = fc
	.tuple(fc.integer({ min: 0, max: 47 }), fc.integer({ min: 0, max: 47 }), fc.integer({ min: 0, max: 2 }))
	.map(([a, b, kind]) => {
		const instant = kind === 0;
		const [from, to] = [a, b].sort((x, y) => x - y);
		return { from: monthOf(from), to: monthOf(instant ? from : to) };
	});

export const thresholds = fc
	.uniqueArray(fine(-0.9, 0.9), { minLength: 1, maxLength: 4 })
	.map((values) => [...values].sort((a, b) => a - b))
	.filter((values) => values.every((v, i) => i === 0 || v - values[i - 1] > 1e-6));

/** A model with its scenario: 1–5 drivers, 0–10 events (more than 8 are not tabulated by mask). */
export const modelAndScenario = fc
	.record({
		driverCount: fc.integer({ min: 1, max: 5 }),
		eventCount: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 9, max: 10 })),
		thresholds,
		persistence: unit(0, 0.95),
		volatility: unit(0, 0.5),
		seed: fc.integer({ min: 0, max: 2 ** 32 - 1 })
	})
	.chain(({ driverCount, eventCount, thresholds, persistence, volatility, seed }) =>
		fc
			.record({
				settings: fc.array(driverSetting, { minLength: driverCount, maxLength: driverCount }),
				events: fc.array(
					fc.record({
						window,
						// An index into the events before this one (none when it is ≥ this one's): no cycles.
						requires: fc.integer({ min: 0, max: 12 }),
						driver: fc.integer({ min: 0, max: driverCount - 1 }),
						shift: fine(-0.6, 0.6),
						probability: unit(0, 1)
					}),
					{ minLength: eventCount, maxLength: eventCount }
				)
			})
			.map(({ settings, events }) => {
				const model = smallModel(
					driverCount,
					events.map((e, i) => ({
						window: e.window,
						requires: e.requires < i ? [e.requires] : [],
						effects: { [e.driver]: e.shift }
					})),
					thresholds,
					persistence,
					volatility
				);
				return {
					model,
					scenario: scenarioFor(
						model,
						settings,
						events.map((e) => e.probability),
						seed,
						300
					)
				};
			})
	);
