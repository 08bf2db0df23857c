// A synthetic model of any size, for benchmarks: deterministic, with events on a third of drivers.

import type { ModelInput, ScenarioInput } from '../src/lib/model';

const text = (s: string) => ({ en: s, ar: s });

export function syntheticModel(
	driverCount: number,
	eventCount: number
): { model: ModelInput; scenario: ScenarioInput } {
	const drivers = Array.from({ length: driverCount }, (_, i) => ({
		id: `driver-${i}`,
		group: 'all',
		label: text(`Driver ${i}`),
		description: text('synthetic'),
		evidence: []
	}));
	const events = Array.from({ length: eventCount }, (_, e) => ({
		id: `event-${e}`,
		// Windows of one to two years, as a flagship's events have: timing drawn per path.
		window: { from: `${2026 + (e % 3)}-0${1 + (e % 9)}`, to: `${2027 + (e % 3)}-0${1 + ((e + 4) % 9)}` },
		label: text(`Event ${e}`),
		effects: Object.fromEntries(drivers.filter((_, i) => i % 3 === e % 3).map((d, j) => [d.id, ((j % 5) - 2) / 10]))
	}));
	const model: ModelInput = {
		format: 2,
		id: `synthetic-${driverCount}`,
		title: text('Synthetic'),
		question: text('?'),
		horizon: { start: '2025-07', end: '2030-12' },
		outcomes: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: text(id), description: text(id) })),
		thresholds: [-0.45, -0.1, 0.35],
		dynamics: { persistence: 0.85, volatility: 0.15 },
		groups: [{ id: 'all', label: text('All') }],
		drivers,
		events,
		evidence: [],
		indicators: []
	};
	const scenario: ScenarioInput = {
		format: 1,
		id: 'synthetic',
		model: model.id,
		title: text('Synthetic'),
		summary: text('Synthetic'),
		seed: 7,
		samples: 10000,
		drivers: Object.fromEntries(
			drivers.map((d, i) => {
				const a = Math.sin(i) * 0.6;
				return [
					d.id,
					{
						weight: 0.2 + (i % 5) / 6,
						assessment: a,
						low: a - 0.25,
						high: Math.min(1, a + 0.3),
						trend: ((i % 3) - 1) * 0.03
					}
				];
			})
		),
		events: Object.fromEntries(events.map((e, i) => [e.id, { probability: (i + 1) / (eventCount + 2) }]))
	};
	return { model, scenario };
}
