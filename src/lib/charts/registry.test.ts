import { describe, expect, it } from 'vitest';
import type { ModelInput } from '$lib/model';
import { scenarioChartData } from './chart-data';
import { SCENARIO_CHARTS, scenarioChartKinds, type ScenarioChartData } from './registry';
import { context, drivers, events, outcomes, projection, tornado } from './test-fixture';

const data: ScenarioChartData = {
	projection,
	tornado,
	outcomes,
	drivers,
	events,
	thresholds: [{ value: -0.3, label: 'Threshold: Cooling' }],
	step: 1,
	metricLabel: 'Chance of the best two'
};

/** The title of a chart's value axis. */
const scaleOfX = (config: { options?: { scales?: object } }) =>
	(config.options?.scales as { x?: { title?: { text?: string } } } | undefined)?.x?.title?.text;

/** Every number a config plots, in dataset order. */
const plotted = (config: { data: { datasets: { data: unknown[] }[] } }) =>
	config.data.datasets.flatMap((d) => d.data.flat()).filter((v): v is number => typeof v === 'number');

describe('scenario chart registry', () => {
	it('lists the tornado only once there is one, after the five charts over the projection', () => {
		const projectionKinds = ['states', 'index', 'rupture', 'uncertainty', 'contributions'];
		expect(scenarioChartKinds(null)).toEqual(projectionKinds);
		expect(scenarioChartKinds(tornado)).toEqual([...projectionKinds, 'tornado']);
	});

	it('builds each kind’s chart and a table of the same numbers', () => {
		for (const kind of scenarioChartKinds(tornado)) {
			const entry = SCENARIO_CHARTS[kind];
			const config = entry.chart(data, context());
			const table = entry.table(data, context());
			const inTable = new Set(table.rows.flat().filter((v): v is number => typeof v === 'number'));
			// The tornado's bars float from the base, which its caption states, to each end.
			if (kind === 'tornado') inTable.add(tornado.base * 100);
			expect(plotted(config).length, kind).toBeGreaterThan(0);
			for (const value of plotted(config)) expect(inTable.has(value), `${kind}: ${value}`).toBe(true);
		}
	});

	it('reads the contributions at the data’s step and the tornado’s own metric label', () => {
		expect(SCENARIO_CHARTS.contributions.table(data, context()).caption).toBe('Contributions at 2025 Q4');
		const chart = SCENARIO_CHARTS.tornado.chart(data, context());
		expect(scaleOfX(chart)).toBe('Chance of the best two');
		expect(chart.data.labels).toContain('Ceasefire');
		const none = SCENARIO_CHARTS.tornado.chart({ ...data, tornado: null }, context());
		expect(none.data.labels).toEqual([]);
		expect(scaleOfX(none)).toBe('Cohesion index');
	});

	it('shows what the outcome depends on from the projection’s uncertainty', () => {
		const table = SCENARIO_CHARTS.uncertainty.table(data, context());
		expect(table.rows.map((r) => r[1])).toEqual([30, 18, 53, -1].map((v) => expect.closeTo(v, 9)));
		expect(SCENARIO_CHARTS.uncertainty.title(data, 'en')).toBe('What the outcome depends on');
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
		expect(SCENARIO_CHARTS.contributions.title(data, 'ar')).toContain('الربع الرابع 2025');
		expect(SCENARIO_CHARTS.contributions.slideTitle?.(data, 'ar')).toContain('الربع الرابع 2025');
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
		drivers: [{ id: 'military', label: { en: 'Military', ar: 'عسكري' } }],
		events: [{ id: 'ceasefire', label: { en: 'Ceasefire', ar: 'وقف إطلاق النار' } }]
	} as unknown as ModelInput;

	it('gives outcomes, drivers, thresholds and the tornado’s metric in the language asked', () => {
		const en = scenarioChartData(model, projection, tornado, 'en');
		expect(en.outcomes.map((o) => o.color)).toEqual(['#D55E00', '#777777', '#009E73']);
		expect(en.drivers).toEqual([{ id: 'military', label: 'Military' }]);
		expect(en.events).toEqual([{ id: 'ceasefire', label: 'Ceasefire' }]);
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
		expect(ar.events).toEqual([{ id: 'ceasefire', label: 'وقف إطلاق النار' }]);
		expect(ar.metricLabel).toContain('متوسط');
		expect(ar.metricLabel).toContain('2027');
		expect(scenarioChartData(model, projection, null, 'en').metricLabel).toBeUndefined();
	});
});
