// Cohesion index fan: 90% and 50% bands of the simulated paths, the median, optionally the mean,
// and the outcome thresholds as reference lines.

import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { Projection } from '$lib/model';
import { lineSampleLegend, timeAxis, timeChartOptions, tooltipOptions, valueAxis } from './base-options';
import { timeLabels } from './format';
import { chartPalette } from './palette';
import type { ChartContext, DataTable, Threshold } from './types';

export interface IndexFanOptions {
	/** Draw the mean as a dashed line (default true): where it parts from the median the paths are skewed. */
	mean?: boolean;
}

type LineDataset = ChartDataset<'line', number[]>;

/**
 * A band is two datasets: an invisible lower edge and an upper edge filled down to it. The lower
 * edges carry no meaning of their own, so legend and tooltip skip them.
 */
const LOWER_EDGES = new Set([0, 2]);
const MEDIAN = 4;

export function indexFanChart(
	projection: Projection,
	ctx: ChartContext,
	thresholds: Threshold[] = [],
	options: IndexFanOptions = {}
): ChartConfiguration<'line', number[], string> {
	const p = chartPalette(ctx.theme);
	const { index } = projection;
	const n = ctx.text.number;
	const edge = (data: number[], color: string, fill: LineDataset['fill'], label: string): LineDataset => ({
		label,
		data,
		backgroundColor: color,
		borderColor: 'transparent',
		borderWidth: 0,
		pointRadius: 0,
		pointHitRadius: 0,
		pointStyle: 'rect',
		fill
	});
	const datasets: LineDataset[] = [
		edge(index.p5, p.band.outer, false, ctx.text.band90),
		edge(index.p95, p.band.outer, '-1', ctx.text.band90),
		edge(index.p25, p.band.inner, false, ctx.text.band50),
		edge(index.p75, p.band.inner, '-1', ctx.text.band50),
		{
			label: ctx.text.median,
			data: index.p50,
			borderColor: p.band.median,
			backgroundColor: p.band.median,
			borderWidth: p.lineWidth,
			pointStyle: 'line',
			pointRadius: 0,
			pointHitRadius: p.fontSize,
			fill: false
		}
	];
	if (options.mean ?? true) {
		datasets.push({
			label: ctx.text.mean,
			data: index.mean,
			borderColor: p.muted,
			backgroundColor: p.muted,
			borderWidth: p.thinLineWidth,
			borderDash: [6, 4],
			pointStyle: 'line',
			pointRadius: 0,
			pointHitRadius: p.fontSize,
			fill: false
		});
	}
	const firstThreshold = datasets.length;
	for (const t of thresholds) {
		datasets.push({
			label: t.label,
			data: projection.times.map(() => t.value),
			borderColor: p.muted,
			backgroundColor: p.muted,
			borderWidth: p.thinLineWidth,
			borderDash: [2, 4],
			pointStyle: 'line',
			pointRadius: 0,
			pointHitRadius: 0,
			fill: false
		});
	}
	const bandLower = (datasetIndex: number): number[] => (datasetIndex === 1 ? index.p5 : index.p25);

	return {
		type: 'line',
		data: { labels: timeLabels(projection.times, ctx), datasets },
		options: {
			...timeChartOptions(ctx),
			scales: { x: timeAxis(ctx), y: valueAxis(ctx, ctx.text.cohesionIndex, n) },
			plugins: {
				legend: {
					...lineSampleLegend(ctx),
					labels: {
						...lineSampleLegend(ctx).labels,
						// Bands as swatches, median, mean and thresholds as (dashed) line samples.
						// Thresholds are explained in the description and tooltip; four legend rows of them were clutter.
						filter: (item) => !LOWER_EDGES.has(item.datasetIndex ?? -1) && (item.datasetIndex ?? 0) < firstThreshold
					}
				},
				tooltip: {
					...tooltipOptions(ctx),
					// Thresholds are constant and named in the legend; repeating them at every step is noise.
					filter: (item) => !LOWER_EDGES.has(item.datasetIndex) && item.datasetIndex < firstThreshold,
					callbacks: {
						label: (item) => {
							const label = item.dataset.label ?? '';
							const i = item.datasetIndex;
							if (i < MEDIAN) return `${label}: ${n(bandLower(i)[item.dataIndex])} – ${n(item.parsed.y ?? 0)}`;
							return `${label}: ${n(item.parsed.y ?? 0)}`;
						}
					}
				}
			}
		}
	};
}

export function indexFanTable(
	projection: Projection,
	ctx: ChartContext,
	thresholds: Threshold[] = [],
	options: IndexFanOptions = {}
): DataTable {
	const { index } = projection;
	const t = ctx.text;
	const mean = options.mean ?? true;
	const columns = [t.date, t.percentile(5), t.percentile(25), t.median, t.percentile(75), t.percentile(95)];
	if (mean) columns.push(t.mean);
	columns.push(...thresholds.map((th) => th.label));
	return {
		caption: t.cohesionIndex,
		columns,
		rows: timeLabels(projection.times, ctx).map((time, s) => [
			time,
			index.p5[s],
			index.p25[s],
			index.p50[s],
			index.p75[s],
			index.p95[s],
			...(mean ? [index.mean[s]] : []),
			...thresholds.map((th) => th.value)
		])
	};
}
