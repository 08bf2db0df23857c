// Rupture risk by date, one line per scenario in its colour, dash and point marker.

import type { ChartConfiguration } from 'chart.js';
import { percentAxis, timeAxis, timeChartOptions, tooltipOptions } from './base-options';
import { compareSeriesStyle, seriesLegend, type CompareContext, type CompareSeries } from './compare-series';
import { percentOf, timeLabels, toPercent } from './format';
import { chartPalette } from './palette';
import { ruptureAxisTop } from './rupture-risk';
import type { DataTable } from './types';

export function compareRuptureChart(
	series: CompareSeries[],
	ctx: CompareContext
): ChartConfiguration<'line', number[], string> {
	const p = chartPalette(ctx.theme);
	return {
		type: 'line',
		data: {
			labels: timeLabels(series[0]?.projection.times ?? [], ctx),
			datasets: series.map((s, i) => {
				const style = compareSeriesStyle(i, ctx.theme);
				return {
					label: s.label,
					data: toPercent(s.projection.ruptureRisk),
					borderColor: style.color,
					backgroundColor: style.color,
					borderWidth: p.lineWidth,
					borderDash: style.dash,
					pointStyle: style.point,
					pointRadius: p.pointRadius + 1,
					pointHitRadius: p.fontSize,
					fill: false
				};
			})
		},
		options: {
			...timeChartOptions(ctx),
			scales: {
				x: timeAxis(ctx),
				// One axis for all, ending at the next ten above the highest line (as on the dashboard).
				y: {
					...percentAxis(ctx, ctx.text.probability),
					max: ruptureAxisTop(series.flatMap((s) => s.projection.ruptureRisk))
				}
			},
			plugins: {
				// Line samples carry each scenario's dash, so the legend works without colour.
				legend: seriesLegend(
					series.map((s) => s.label),
					ctx
				),
				tooltip: {
					...tooltipOptions(ctx),
					callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${percentOf(item.parsed.y ?? 0, ctx)}` }
				}
			}
		}
	};
}

export function compareRuptureTable(series: CompareSeries[], ctx: CompareContext): DataTable {
	const values = series.map((s) => toPercent(s.projection.ruptureRisk));
	return {
		caption: ctx.text.ruptureRisk,
		columns: [ctx.text.date, ...series.map((s) => ctx.text.percentColumn(s.label))],
		rows: timeLabels(series[0]?.projection.times ?? [], ctx).map((time, k) => [time, ...values.map((v) => v[k])])
	};
}
