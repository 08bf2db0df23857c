import { describe, expect, it } from 'vitest';
import type { ModelInput } from '$lib/model';
import { scenarioChartData } from './chart-data';
import { SCENARIO_CHARTS, scenarioChartKinds, type ScenarioChartData } from './registry';
import { context, drivers, outcomes, projection, tornado } from './test-fixture';

const data: ScenarioChartData = {
	projection,
	tornado,
	outcomes,
	drivers,
	thresholds: [{ value: -0.3, label: 'Threshold: Cooling' }],
	step: 1,
	metricLabel: 'Chance of the best two'
};

/** Every number a config plots, in dataset order. */
const plotted = (config: { data: { datasets: { data: unknown[] }[] } }) =>
	config.data.datasets.flatMap((d) => d.data.flat()).filter((v): v is number => typeof v === 'number');

describe('scenario chart registry', () => {
	it('lists the tornado only once there is one, after the four charts over the projection', () => {
		expect(scenarioChartKinds(null)).toEqual(['states', 'index', 'rupture', 'contributions']);
		expect(scenarioChartKinds(tornado)).toEqual(['states', 'index', 'rupture', 'contributions', 'tornado']);
	});

	it('builds each kind’s chart and a table of the same numbers', () => {
		for (const kind of scenarioChartKinds(tornado)) {
			const entry = SCENARIO_CHARTS[kind];
			const config = entry.chart(data, context());
			const table = entry.table(data, context());
			const inTable = new Set(table.rows.flat().filter((v): v is number => typeof v === 'number'));
			expect(plotted(config).length, kind).toBeGreaterThan(0);
			// Floating bars plot [min, max] of the table's low and high ends; the rest plot table cells.
			for (const value of plotted(config)) expect(inTable.has(value), `${kind}: ${value}`).toBe(true);
		}
	});

	it('reads the contributions at the data’s step and the tornado’s own metric label', () => {
		expect(SCENARIO_CHARTS.contributions.table(data, context()).caption).toBe('Contributions at 2025 Q4');
		expect(SCENARIO_CHARTS.tornado.chart(data, context()).data.datasets[0].label).toBe('Chance of the best two');
		const none = SCENARIO_CHARTS.tornado.chart({ ...data, tornado: null }, context());
		expect(none.data.labels).toEqual([]);
		expect(none.data.datasets[0].label).toBe('Cohesion index');
	});

	it('names each kind in both languages, the contributions by their date', () => {
		for (const kind of scenarioChartKinds(tornado)) {
			const entry = SCENARIO_CHARTS[kind];
			const [en, ar] = [entry.title(data, 'en'), entry.title(data, 'ar')];
			expect(en, kind).not.toBe('');
			expect(ar, kind).not.toBe(en);
			expect(entry.description(data, 'ar'), kind).not.toBe(entry.description(data, 'en'));
		}
		expect(SCENARIO_CHARTS.contributions.title(data, 'en')).toBe('Contributions at Q4 2025');
		expect(SCENARIO_CHARTS.contributions.title(data, 'ar')).toContain('الربع 4 2025');
		expect(SCENARIO_CHARTS.contributions.slideTitle?.(data, 'ar')).toContain('الربع 4 2025');
	});
});

describe('scenarioChartData', () => {
	const model = {
		horizon: { start: '2025-07', end: '2027-12' },
		outcomes: [
			{ id: 'low', label: { en: 'Low', ar: 'منخفض' }, color: '#D55E00' },
			{ id: 'mid', label: { en: 'Mid', ar: 'متوسط' } },
			{ id: 'high', label: { en: 'High', ar: 'مرتفع' }, color: '#009E73' }
		],
		thresholds: [-0.2, 0.3],
		drivers: [{ id: 'military', label: { en: 'Military', ar: 'عسكري' } }]
	} as unknown as ModelInput;

	it('gives outcomes, drivers, thresholds and the tornado’s metric in the language asked', () => {
		const en = scenarioChartData(model, projection, tornado, 'en');
		expect(en.outcomes.map((o) => o.color)).toEqual(['#D55E00', '#777777', '#009E73']);
		expect(en.drivers).toEqual([{ id: 'military', label: 'Military' }]);
		// A threshold is named for the outcome that begins there, the one above it.
		expect(en.thresholds).toEqual([
			{ value: -0.2, label: 'Threshold: Mid' },
			{ value: 0.3, label: 'Threshold: High' }
		]);
		expect(en.step).toBe(projection.times.length - 1);
		const ar = scenarioChartData(
			model,
			projection,
			{ ...tornado, metric: { kind: 'outcomes', outcomes: ['mid', 'high'] } },
			'ar',
			1
		);
		expect(ar.step).toBe(1);
		expect(ar.metricLabel).toContain('متوسط');
		expect(ar.metricLabel).toContain('2027');
		expect(scenarioChartData(model, projection, null, 'en').metricLabel).toBeUndefined();
	});
});
