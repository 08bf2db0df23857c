// Small valid files for tests: a 3-driver model (format 2, and the same as a format-1 file) and a
// scenario on it. Tests copy and break them.

import type { ModelInput, ScenarioInput } from '../model/index';

const text = (en: string) => ({ en, ar: `نص ${en}` });

export function tinyModel(): ModelInput & { $schema?: string } {
	return {
		$schema: '../../static/schema/model.json',
		format: 2,
		id: 'tiny',
		title: text('Tiny model'),
		question: text('Will it hold?'),
		horizon: { start: '2025-07', end: '2027-12' },
		outcomes: [
			{
				id: 'rupture',
				label: text('Rupture'),
				description: text('It breaks'),
				color: '#D55E00',
				resolution: text('Deliveries stopped')
			},
			{ id: 'cooling', label: text('Cooling'), description: text('It cools'), resolution: text('Formalities only') },
			{ id: 'alliance', label: text('Alliance'), description: text('It deepens'), resolution: text('Joint exercises') }
		],
		thresholds: [-0.3, 0.3],
		dynamics: { persistence: 0.8, volatility: 0.2 },
		groups: [
			{ id: 'interests', label: text('Interests') },
			{ id: 'outside', label: text('Outside actors') }
		],
		drivers: [
			{ id: 'military', group: 'interests', label: text('Military'), description: text('Arms'), evidence: ['ev-arms'] },
			{ id: 'trade', group: 'interests', label: text('Trade'), description: text('Trade'), evidence: [] },
			{ id: 'china', group: 'outside', label: text('China'), description: text('China'), evidence: ['ev-arms'] }
		],
		events: [
			{
				id: 'ceasefire',
				window: { from: '2026-06', to: '2026-06' },
				label: text('Ceasefire'),
				effects: { military: -0.4 }
			}
		],
		evidence: [
			{
				id: 'ev-arms',
				quote: text('Shells'),
				attribution: text('British estimates'),
				drivers: ['military', 'china'],
				direction: { military: 'raises', china: 'context' },
				grade: { reliability: 'B', credibility: 2 },
				gradeReason: text('A government estimate, not confirmed by others')
			}
		],
		indicators: [{ id: 'new-treaty', driver: 'trade', shift: 0.2, label: text('New treaty') }],
		assumptions: [{ id: 'war-lasts', text: text('The war lasts'), ties: [{ driver: 'military', field: 'assessment' }] }]
	};
}

export function tinyScenario(): ScenarioInput & { $schema?: string } {
	return {
		$schema: '../../static/schema/scenario.json',
		format: 1,
		id: 'baseline',
		model: 'tiny',
		title: text('Baseline'),
		summary: text('As things stand'),
		seed: 7,
		samples: 500,
		drivers: {
			military: { weight: 0.9, assessment: 0.6, low: 0.3, high: 0.8, trend: 0 },
			trade: { weight: 0.5, assessment: 0.2, low: 0, high: 0.4, trend: 0.05 },
			china: { weight: 0.7, assessment: 0.2, low: -0.2, high: 0.5, trend: 0 }
		},
		events: { ceasefire: { probability: 0.3 } }
	};
}

/** tinyModel as a format-1 file: each event on its one `date` (the start of its window). */
export function tinyModelFormat1(): Record<string, unknown> {
	const { events, ...model } = tinyModel();
	return {
		...model,
		format: 1,
		events: events.map(({ window, requires: _requires, ...event }) => ({ ...event, date: window.from }))
	};
}
