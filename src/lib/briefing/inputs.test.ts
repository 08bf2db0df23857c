import { describe, expect, it } from 'vitest';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import { monthText } from '$lib/format';
import { driversTable, eventsTable, runSettings } from './inputs';

// The schema's tiny model, with settings chosen here so that every sign and mark shows, and an
// event window of its own.
const model = {
	...tinyModel(),
	events: [{ ...tinyModel().events[0], window: { from: '2026-06', to: '2027-03' } }]
};
const scenario = {
	...tinyScenario(),
	seed: 31,
	samples: 1234,
	drivers: {
		military: { weight: 0.9, assessment: 0.6, low: 0.3, high: 0.8, trend: -0.04 },
		trade: { weight: 0.5, assessment: 0, low: -0.25, high: 0.4, trend: 0.05 },
		china: { weight: 0.7, assessment: -0.2, low: -0.5, high: 0.1, trend: 0 }
	},
	events: { ceasefire: { probability: 0.35 } }
};

describe('inputs tables', () => {
	it('lists every driver with its settings, signed where a sign means something', () => {
		expect(driversTable(model, scenario, 'en').rows).toEqual([
			['Military', '0.90', '+0.60', '+0.30 … +0.80', '−0.04'],
			['Trade', '0.50', '0.00', '−0.25 … +0.40', '+0.05'],
			['China', '0.70', '−0.20', '−0.50 … +0.10', '0.00']
		]);
	});

	it('keeps signs in front of the digits in Arabic with a left-to-right mark', () => {
		const [military, trade] = driversTable(model, scenario, 'ar').rows;
		expect(military[0]).toBe(model.drivers[0].label.ar);
		expect(military[2]).toBe('\u200E+0.60');
		expect(trade[3]).toBe('\u200E−0.25 … \u200E+0.40');
	});

	it('leaves the settings of a driver the scenario lacks blank', () => {
		const { china: _, ...drivers } = scenario.drivers;
		expect(driversTable(model, { ...scenario, drivers }, 'en').rows[2]).toEqual(['China', '', '', '', '']);
	});

	it('gives each event its window and probability, and the run its seed and paths', () => {
		expect(eventsTable(model, scenario, 'en').rows).toEqual([['Ceasefire', 'June 2026 – March 2027', '35%']]);
		expect(eventsTable(model, { ...scenario, events: {} }, 'en').rows).toEqual([
			['Ceasefire', 'June 2026 – March 2027', '']
		]);
		expect(runSettings(model, scenario, 'en')).toContain('Seed 31 · 1,234 simulated paths');
		expect(monthText('2026-06', 'ar')).toMatch(/2026/);
	});
});
