import type { Chart, LegendItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { compareRuptureChart, compareRuptureTable } from './compare-rupture';
import { compareContext, series } from './compare-fixture';
import { compareSeriesStyle } from './compare-series';
import { nonPlainPaths, scaleOf } from './test-fixture';

describe('compareRuptureChart', () => {
	const config = compareRuptureChart(series, compareContext());
	const ds = config.data.datasets;

	it('draws one line per scenario in percent', () => {
		expect(ds.map((d) => d.label)).toEqual(['Baseline', 'Abandonment', 'Saved r3']);
		expect(ds[1].data).toEqual([10, 25, 40]);
	});

	it('tells scenarios apart by colour, dash and marker', () => {
		ds.forEach((d, i) => {
			const style = compareSeriesStyle(i, 'light');
			expect([d.borderColor, d.borderDash, d.pointStyle]).toEqual([style.color, style.dash, style.point]);
		});
		const legend = config.options?.plugins?.legend?.labels as unknown as {
			usePointStyle: boolean;
			generateLabels: (chart: Chart) => LegendItem[];
		};
		const items = legend.generateLabels({ isDatasetVisible: () => true } as unknown as Chart);
		expect(legend.usePointStyle).toBe(true);
		expect(items.map((i) => [i.text, i.pointStyle, i.lineDash])).toEqual(
			ds.map((d) => [d.label, 'line', d.borderDash])
		);
	});

	it('ends the shared axis at the next ten above the highest line', () => {
		expect(scaleOf(config, 'y').max).toBe(50);
	});

	it('runs right to left in Arabic, and is plain data', () => {
		const rtl = compareRuptureChart(series, compareContext(true, 'dark'));
		expect(scaleOf(rtl, 'x').reverse).toBe(true);
		expect(rtl.options?.plugins?.tooltip).toMatchObject({ rtl: true, textDirection: 'rtl' });
		expect(rtl.data.datasets[2].borderColor).toBe('#BBBBBB');
		expect(nonPlainPaths(config)).toEqual([]);
	});
});

describe('compareRuptureTable', () => {
	it('has a column per scenario with the charted values', () => {
		const table = compareRuptureTable(series, compareContext());
		expect(table.columns).toEqual(['Date', 'Baseline (%)', 'Abandonment (%)', 'Saved r3 (%)']);
		expect(table.rows[2]).toEqual(['2026 Q1', 20, 40, 5]);
	});
});
