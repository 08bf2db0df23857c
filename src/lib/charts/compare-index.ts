// Cohesion index, overlaid: each scenario's median with its p25–p75 band, in the scenario's
// colour and dash. Only the 50% band: four 90% bands on one plot would hide each other.

import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { timeAxis, timeChartOptions, tooltipOptions, valueAxis } from './base-options';
import { compareSeriesStyle, seriesLegend, seriesTimeLabels } from './compare-series';
import type { CompareContext, CompareSeries } from './compare-series';
import { chartPalette } from './palette';
import type { DataTable } from './types';

type LineDataset = ChartDataset<'line', number[]>;

/**
 * Datasets: the n medians first (drawn on top, and the only legend entries), then per scenario
 * an invisible p25 edge and a p75 edge filled down to it.
 */
export function compareIndexChart(
	series: CompareSeries[],
	ctx: CompareContext
): ChartConfiguration<'line', number[], string> {
	const p = chartPalette(ctx.theme);
	const n = series.length;
	const styles = series.map((_, i) => compareSeriesStyle(i, ctx.theme));
	const medians: LineDataset[] = series.map((s, i) => ({
		label: s.label,
		data: s.projection.index.p50,
		borderColor: styles[i].color,
		backgroundColor: styles[i].color,
		borderWidth: p.lineWidth,
		borderDash: styles[i].dash,
		pointStyle: 'line',
		pointRadius: 0,
		pointHitRadius: p.fontSize,
		fill: false
	}));
	const bands: LineDataset[] = series.flatMap((s, i) => {
		const edge = {
			label: ctx.compare.seriesColumn(s.label, ctx.text.band50),
			backgroundColor: styles[i].band,
			borderColor: 'transparent',
			borderWidth: 0,
			pointRadius: 0,
			pointHitRadius: 0
		};
		return [
			{ ...edge, data: s.projection.index.p25, fill: false },
			{ ...edge, data: s.projection.index.p75, fill: '-1' }
		];
	});
	const num = ctx.text.number;
	const isLowerEdge = (datasetIndex: number) => datasetIndex >= n && (datasetIndex - n) % 2 === 0;
	return {
		type: 'line',
		data: { labels: seriesTimeLabels(series, ctx), datasets: [...medians, ...bands] },
		options: {
			...timeChartOptions(ctx),
			scales: { x: timeAxis(ctx), y: valueAxis(ctx, ctx.text.cohesionIndex, num) },
			plugins: {
				// One dashed line sample per scenario (the medians); bands are in the description.
				legend: seriesLegend(
					series.map((s) => s.label),
					ctx
				),
				tooltip: {
					...tooltipOptions(ctx),
					filter: (item) => !isLowerEdge(item.datasetIndex),
					callbacks: {
						label: (item) => {
							const i = item.datasetIndex;
							if (i < n) return `${series[i].label} — ${ctx.text.median}: ${num(item.parsed.y ?? 0)}`;
							const s = series[Math.floor((i - n) / 2)];
							return `${item.dataset.label ?? ''}: ${num(s.projection.index.p25[item.dataIndex])} – ${num(item.parsed.y ?? 0)}`;
						}
					}
				}
			}
		}
	};
}

export function compareIndexTable(series: CompareSeries[], ctx: CompareContext): DataTable {
	const t = ctx.text;
	const column = ctx.compare.seriesColumn;
	return {
		caption: t.cohesionIndex,
		columns: [
			t.date,
			...series.flatMap((s) => [
				column(s.label, t.percentile(25)),
				column(s.label, t.median),
				column(s.label, t.percentile(75))
			])
		],
		rows: seriesTimeLabels(series, ctx).map((time, k) => [
			time,
			...series.flatMap(({ projection: { index } }) => [index.p25[k], index.p50[k], index.p75[k]])
		])
	};
}
