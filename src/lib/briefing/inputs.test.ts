import { describe, expect, it } from 'vitest';
import { flagship } from './test-fixture';
import { monthText, numberText } from '$lib/format';
import { driversTable, eventsTable, runSettings } from './inputs';

describe('inputs tables', async () => {
	const f = await flagship();

	it('lists every driver with its settings, signed where a sign means something', () => {
		const t = driversTable(f.model, f.scenario, 'en');
		expect(t.rows).toHaveLength(f.model.drivers.length);
		const military = f.scenario.drivers['military-cooperation'];
		expect(t.rows[0]).toEqual([
			'Military cooperation',
			numberText(military.weight, 'en'),
			'+0.70',
			'+0.40 … +0.90',
			'−0.04'
		]);
	});

	it('keeps signs in front of the digits in Arabic with a left-to-right mark', () => {
		const row = driversTable(f.model, f.scenario, 'ar').rows[0];
		expect(row[0]).toBe(f.model.drivers[0].label.ar);
		expect(row[2]).toBe('\u200E+0.70');
	});

	it('gives each event its date and probability, and the run its seed and paths', () => {
		const t = eventsTable(f.model, f.scenario, 'en');
		expect(t.rows).toHaveLength(f.model.events.length);
		const ceasefire = f.model.events.findIndex((e) => e.id === 'ukraine-ceasefire');
		expect(t.rows[ceasefire]).toEqual(['Ceasefire in Ukraine', 'June 2026', '35%']);
		expect(runSettings(f.model, f.scenario, 'en')).toContain(`Seed ${f.scenario.seed} · 800 simulated paths`);
		expect(monthText('2026-06', 'ar')).toMatch(/2026/);
	});
});
