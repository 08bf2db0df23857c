import type { Chart, LegendItem, TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { compareIndexChart, compareIndexTable } from './compare-index';
import { compareContext, series } from './compare-fixture';
import { compareSeriesStyle } from './compare-series';
import { nonPlainPaths, scaleOf } from './test-fixture';

type Legend = { labels: { generateLabels: (chart: Chart) => LegendItem[]; usePointStyle: boolean } };
const chart = { isDatasetVisible: (i: number) => i !== 1 } as unknown as Chart;
type Tooltip = {
	filter: (item: TooltipItem<'line'>) => boolean;
	callbacks: { label: (item: TooltipItem<'line'>) => string };
};

function item(datasetIndex: number, dataIndex: number, y: number, label: string): TooltipItem<'line'> {
	return { datasetIndex, dataIndex, parsed: { x: dataIndex, y }, dataset: { label } } as unknown as TooltipItem<'line'>;
}

describe('compareIndexChart', () => {
	const config = compareIndexChart(series, compareContext());
	const ds = config.data.datasets;

	it('draws each scenario’s median first, then its p25–p75 band', () => {
		expect(ds).toHaveLength(9);
		expect(ds.slice(0, 3).map((d) => d.data)).toEqual(series.map((s) => s.projection.index.p50));
		expect(ds.slice(0, 3).map((d) => d.label)).toEqual(['Baseline', 'Abandonment', 'Saved r3']);
		expect(ds[5].data).toEqual(series[1].projection.index.p25);
		expect(ds[6].data).toEqual(series[1].projection.index.p75);
		expect(ds.slice(3).map((d) => d.fill)).toEqual([false, '-1', false, '-1', false, '-1']);
	});

	it('styles each scenario by colour and dash, the band in a tint of the same colour', () => {
		series.forEach((_, i) => {
			const style = compareSeriesStyle(i, 'light');
			expect(ds[i].borderColor).toBe(style.color);
			expect(ds[i].borderDash).toEqual(style.dash);
			expect(ds[3 + 2 * i + 1].backgroundColor).toBe(style.band);
		});
	});

	it('names only the medians in the legend, as line samples with each scenario’s dash', () => {
		const legend = config.options?.plugins?.legend as unknown as Legend;
		const items = legend.labels.generateLabels(chart);
		expect(items.map((i) => [i.text, i.datasetIndex, i.pointStyle])).toEqual([
			['Baseline', 0, 'line'],
			['Abandonment', 1, 'line'],
			['Saved r3', 2, 'line']
		]);
		expect(items.map((i) => i.lineDash)).toEqual([0, 1, 2].map((k) => compareSeriesStyle(k, 'light').dash));
		expect(items.map((i) => i.strokeStyle)).toEqual([0, 1, 2].map((k) => compareSeriesStyle(k, 'light').color));
		expect(items.map((i) => i.hidden)).toEqual([false, true, false]);
		expect(legend.labels.usePointStyle).toBe(true);
	});

	it('shows medians and band ranges in the tooltip, not the bands’ lower edges', () => {
		const tooltip = config.options?.plugins?.tooltip as unknown as Tooltip;
		expect(ds.map((d, i) => tooltip.filter(item(i, 0, 0, d.label ?? '')))).toEqual([
			true,
			true,
			true,
			false,
			true,
			false,
			true,
			false,
			true
		]);
		expect(tooltip.callbacks.label(item(1, 0, -0.1, 'Abandonment'))).toBe('Abandonment — Median: -0.10');
		expect(tooltip.callbacks.label(item(6, 2, 0.15, 'Abandonment — 50% band'))).toBe(
			'Abandonment — 50% band: -0.40 – 0.15'
		);
	});

	it('mirrors in Arabic and is plain data', () => {
		const rtl = compareIndexChart(series, compareContext(true));
		expect(scaleOf(rtl, 'x').reverse).toBe(true);
		expect(scaleOf(rtl, 'y').position).toBe('right');
		expect(rtl.options?.plugins?.legend).toMatchObject({ rtl: true, textDirection: 'rtl' });
		expect(rtl.options?.plugins?.tooltip).toMatchObject({ rtl: true, textDirection: 'rtl' });
		expect(nonPlainPaths(config)).toEqual([]);
		expect(config.options?.animation).toBe(false);
	});

	it('copes with no scenarios at all', () => {
		expect(compareIndexChart([], compareContext()).data.datasets).toEqual([]);
	});
});

describe('compareIndexTable', () => {
	it('has p25, median and p75 of every scenario per date, as charted', () => {
		const config = compareIndexChart(series, compareContext());
		const table = compareIndexTable(series, compareContext());
		expect(table.columns.slice(0, 4)).toEqual([
			'Date',
			'Baseline — 25th percentile',
			'Baseline — Median',
			'Baseline — 75th percentile'
		]);
		expect(table.columns).toHaveLength(10);
		expect(table.rows.map((r) => r[0])).toEqual(config.data.labels);
		expect(table.rows.map((r) => r[5])).toEqual(config.data.datasets[1].data);
		expect(table.rows.map((r) => r[9])).toEqual(series[2].projection.index.p75);
	});
});
