import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { clampStep, compareStatesChart, compareStatesTable } from './compare-states';
import { compareContext, series } from './compare-fixture';
import { nonPlainPaths, outcomes, scaleOf } from './test-fixture';

describe('compareStatesChart', () => {
	const config = compareStatesChart(series, outcomes, 1, compareContext());
	const ds = config.data.datasets;

	it('groups bars by scenario, one bar per outcome, worst to best', () => {
		expect(config.data.labels).toEqual(['Baseline', 'Abandonment', 'Saved r3']);
		expect(ds.map((d) => d.label)).toEqual(['Rupture', 'Cooling', 'Transactional', 'Deepening alliance']);
		expect(ds[0].data).toEqual([10, 25, 2]);
		expect(ds[2].data.map(Math.round)).toEqual([40, 40, 40]);
	});

	it('colours every bar by its outcome, never by scenario', () => {
		expect(ds.map((d) => d.backgroundColor)).toEqual(['#D55E00', '#E69F00', '#56B4E9', '#009E73']);
	});

	it('follows the chosen date', () => {
		expect(compareStatesChart(series, outcomes, 2, compareContext()).data.datasets[0].data).toEqual([15, 40, 5]);
		expect(compareStatesChart(series, outcomes, 99, compareContext()).data.datasets[0].data).toEqual([15, 40, 5]);
	});

	it('reads percent on a 0–100 axis and says so in the tooltip', () => {
		const y = scaleOf(config, 'y');
		expect([y.min, y.max]).toEqual([0, 100]);
		const tooltip = config.options?.plugins?.tooltip as unknown as {
			callbacks: { label: (i: TooltipItem<'bar'>) => string };
		};
		expect(
			tooltip.callbacks.label({
				parsed: { x: 0, y: 25 },
				dataset: { label: 'Cooling' }
			} as unknown as TooltipItem<'bar'>)
		).toBe('Cooling: 25%');
	});

	it('puts the first scenario on the right in Arabic, the value axis too', () => {
		const rtl = compareStatesChart(series, outcomes, 1, compareContext(true));
		expect(scaleOf(rtl, 'x').reverse).toBe(true);
		expect(scaleOf(rtl, 'y').position).toBe('right');
		expect(rtl.options?.plugins?.legend).toMatchObject({ rtl: true, textDirection: 'rtl' });
		expect(scaleOf(config, 'x').reverse).toBe(false);
	});

	it('is plain data', () => {
		expect(nonPlainPaths(config)).toEqual([]);
	});
});

describe('compareStatesTable', () => {
	it('has a row per scenario with the charted values, captioned with the date', () => {
		const table = compareStatesTable(series, outcomes, 1, compareContext());
		expect(table.caption).toBe('Outcome probabilities at 2025 Q4');
		expect(table.columns).toEqual([
			'Scenario',
			'Rupture (%)',
			'Cooling (%)',
			'Transactional (%)',
			'Deepening alliance (%)'
		]);
		expect(table.rows.map((r) => r[0])).toEqual(['Baseline', 'Abandonment', 'Saved r3']);
		expect(table.rows.map((r) => r[1])).toEqual([10, 25, 2]);
	});
});

describe('clampStep', () => {
	it('keeps a step inside the horizon and reads nonsense as the horizon', () => {
		const p = series[0].projection;
		expect([clampStep(p, -3), clampStep(p, 1.4), clampStep(p, 7), clampStep(p, Number.NaN)]).toEqual([0, 1, 2, 2]);
	});
});
