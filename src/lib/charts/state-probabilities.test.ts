import { describe, expect, it } from 'vitest';
import { stateProbabilitiesChart, stateProbabilitiesTable } from './state-probabilities';
import { context, nonPlainPaths, outcomes, projection, scaleOf } from './test-fixture';

describe('stateProbabilitiesChart', () => {
	const config = stateProbabilitiesChart(projection, outcomes, context());
	const datasets = config.data.datasets;

	it('has one dataset per outcome, worst first, values in percent', () => {
		expect(datasets.map((d) => d.label)).toEqual(['Rupture', 'Cooling', 'Transactional', 'Deepening alliance']);
		projection.outcomes.forEach((id, i) => {
			expect(datasets[i].data).toEqual(projection.stateProbabilities[id].map((v) => v * 100));
		});
		expect(config.data.labels).toEqual(['2025 Q3', '2025 Q4', '2026 Q1']);
	});

	it('takes colours from the outcomes given', () => {
		const byId = new Map(outcomes.map((o) => [o.id, o.color]));
		projection.outcomes.forEach((id, i) => {
			expect(datasets[i].borderColor).toBe(byId.get(id));
			expect(datasets[i].backgroundColor).toBe(byId.get(id));
		});
	});

	it('stacks the areas, each filling down to the one below, on a 0–100% axis', () => {
		expect(datasets.map((d) => d.fill)).toEqual(['origin', '-1', '-1', '-1']);
		const y = scaleOf(config, 'y');
		expect(y.stacked).toBe(true);
		expect([y.min, y.max]).toEqual([0, 100]);
		expect(y.ticks.callback(25)).toBe('25%');
	});

	it('is plain data with animations off', () => {
		expect(config.options?.animation).toBe(false);
		expect(config.options?.maintainAspectRatio).toBe(false);
		expect(nonPlainPaths(config)).toEqual([]);
	});

	it('runs left to right in English', () => {
		expect(scaleOf(config, 'x').reverse).toBe(false);
		expect(config.options?.plugins?.legend?.rtl).toBe(false);
	});

	it('mirrors in Arabic: time right to left, value axis on the right, legend and tooltip rtl', () => {
		const rtl = stateProbabilitiesChart(projection, outcomes, context(true));
		expect(scaleOf(rtl, 'x').reverse).toBe(true);
		expect(scaleOf(rtl, 'y').position).toBe('right');
		expect(rtl.options?.plugins?.legend).toMatchObject({ rtl: true, textDirection: 'rtl' });
		expect(rtl.options?.plugins?.tooltip).toMatchObject({ rtl: true, textDirection: 'rtl' });
	});

	it('still shows an outcome given no style, labelled by its id', () => {
		const partial = stateProbabilitiesChart(projection, outcomes.slice(0, 2), context());
		expect(partial.data.datasets).toHaveLength(4);
		expect(partial.data.datasets[1].label).toBe('cooling');
	});

	it('projector theme draws larger type than light', () => {
		const projector = stateProbabilitiesChart(projection, outcomes, context(false, 'projector'));
		expect(scaleOf(projector, 'x').ticks.font?.size).toBeGreaterThan(scaleOf(config, 'x').ticks.font?.size ?? Infinity);
	});
});

describe('stateProbabilitiesTable', () => {
	it('holds the same numbers as the chart', () => {
		const config = stateProbabilitiesChart(projection, outcomes, context());
		const table = stateProbabilitiesTable(projection, outcomes, context());
		expect(table.caption).toBe('Outcome probabilities over time');
		expect(table.columns).toEqual([
			'Date',
			'Rupture (%)',
			'Cooling (%)',
			'Transactional (%)',
			'Deepening alliance (%)'
		]);
		expect(table.rows.map((r) => r[0])).toEqual(config.data.labels);
		config.data.datasets.forEach((d, i) => {
			expect(table.rows.map((r) => r[i + 1])).toEqual(d.data);
		});
	});
});
