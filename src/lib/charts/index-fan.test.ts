import type { LegendItem, TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { indexFanChart, indexFanTable } from './index-fan';
import { chartPalette } from './palette';
import { context, nonPlainPaths, projection, scaleOf } from './test-fixture';

const thresholds = [
	{ value: -0.3, label: 'Rupture | cooling' },
	{ value: 0.2, label: 'Cooling | transactional' }
];

type Legend = { labels: { filter: (item: LegendItem) => boolean } };
type Tooltip = {
	filter: (item: TooltipItem<'line'>) => boolean;
	callbacks: { label: (item: TooltipItem<'line'>) => string };
};

function tooltipItem(datasetIndex: number, dataIndex: number, y: number, label: string): TooltipItem<'line'> {
	return { datasetIndex, dataIndex, parsed: { x: dataIndex, y }, dataset: { label } } as unknown as TooltipItem<'line'>;
}

describe('indexFanChart', () => {
	const config = indexFanChart(projection, context(), thresholds);
	const ds = config.data.datasets;
	const { index } = projection;

	it('draws p5–p95 and p25–p75 as filled bands, then the median and the mean', () => {
		expect(ds.slice(0, 6).map((d) => d.data)).toEqual([
			index.p5,
			index.p95,
			index.p25,
			index.p75,
			index.p50,
			index.mean
		]);
		expect(ds.slice(0, 6).map((d) => d.fill)).toEqual([false, '-1', false, '-1', false, false]);
		expect(ds.slice(0, 6).map((d) => d.label)).toEqual([
			'90% band',
			'90% band',
			'50% band',
			'50% band',
			'Median',
			'Mean'
		]);
	});

	it('uses one hue: the outer band lighter than the inner, the median solid, the mean dashed', () => {
		const p = chartPalette('light');
		expect(ds[1].backgroundColor).toBe(p.band.outer);
		expect(ds[3].backgroundColor).toBe(p.band.inner);
		expect(ds[4].borderColor).toBe(p.band.median);
		expect(ds[4].borderDash).toBeUndefined();
		expect(ds[5].borderDash?.length).toBeGreaterThan(0);
	});

	it('draws each threshold as a thin dashed constant line, named in the legend', () => {
		expect(ds.slice(6).map((d) => d.label)).toEqual(thresholds.map((t) => t.label));
		expect(ds[6].data).toEqual([-0.3, -0.3, -0.3]);
		expect(ds[7].data).toEqual([0.2, 0.2, 0.2]);
		expect(ds[6].borderDash?.length).toBeGreaterThan(0);
	});

	it('keeps the bands’ lower edges out of legend and tooltip, and names each band’s range', () => {
		const legend = config.options?.plugins?.legend as unknown as Legend;
		const shown = ds.map((d, i) => legend.labels.filter({ text: d.label ?? '', datasetIndex: i } as LegendItem));
		expect(shown).toEqual([false, true, false, true, true, true, false, false]);
		const tooltip = config.options?.plugins?.tooltip as unknown as Tooltip;
		expect(ds.map((d, i) => tooltip.filter(tooltipItem(i, 0, 0, d.label ?? '')))).toEqual([
			false,
			true,
			false,
			true,
			true,
			true,
			false,
			false
		]);
		expect(tooltip.callbacks.label(tooltipItem(1, 2, index.p95[2], '90% band'))).toBe('90% band: -0.60 – 0.70');
		expect(tooltip.callbacks.label(tooltipItem(4, 0, index.p50[0], 'Median'))).toBe('Median: 0.10');
	});

	it('can leave out the mean', () => {
		const noMean = indexFanChart(projection, context(), [], { mean: false });
		expect(noMean.data.datasets.map((d) => d.label)).toEqual([
			'90% band',
			'90% band',
			'50% band',
			'50% band',
			'Median'
		]);
	});

	it('mirrors in Arabic', () => {
		const rtl = indexFanChart(projection, context(true));
		expect(scaleOf(rtl, 'x').reverse).toBe(true);
		expect(scaleOf(rtl, 'y').position).toBe('right');
		expect(rtl.options?.plugins?.legend).toMatchObject({ rtl: true, textDirection: 'rtl' });
		expect(scaleOf(config, 'x').reverse).toBe(false);
	});

	it('is plain data with animations off', () => {
		expect(nonPlainPaths(config)).toEqual([]);
		expect(config.options?.animation).toBe(false);
	});
});

describe('indexFanTable', () => {
	it('holds the quantiles, the mean and the thresholds per step', () => {
		const config = indexFanChart(projection, context(), thresholds);
		const table = indexFanTable(projection, context(), thresholds);
		expect(table.columns).toEqual([
			'Date',
			'5th percentile',
			'25th percentile',
			'Median',
			'75th percentile',
			'95th percentile',
			'Mean',
			...thresholds.map((t) => t.label)
		]);
		// Column order of the table against dataset order of the chart.
		const datasetOf = [0, 2, 4, 3, 1, 5, 6, 7];
		datasetOf.forEach((d, c) => expect(table.rows.map((r) => r[c + 1])).toEqual(config.data.datasets[d].data));
		expect(indexFanTable(projection, context(), [], { mean: false }).columns).not.toContain('Mean');
	});
});
