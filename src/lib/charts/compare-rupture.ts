// Rupture risk by date, one line per scenario in its colour, dash and point marker.

import type { ChartConfiguration } from 'chart.js';
import { percentTooltip, timeChartOptions } from './base-options';
import { compareSeriesStyle, seriesLegend, seriesTimeLabels } from './compare-series';
import type { CompareContext, CompareSeries } from './compare-series';
import { toPercent } from './format';
import { chartPalette } from './palette';
import { ruptureLine, ruptureScales } from './rupture-risk';
import type { DataTable } from './types';

export function compareRuptureChart(
	series: CompareSeries[],
	ctx: CompareContext
): ChartConfiguration<'line', number[], string> {
	const p = chartPalette(ctx.theme);
	return {
		type: 'line',
		data: {
			labels: seriesTimeLabels(series, ctx),
			datasets: series.map((s, i) => {
				const style = compareSeriesStyle(i, ctx.theme);
				return {
					...ruptureLine(s.label, s.projection, style.color, ctx),
					borderDash: style.dash,
					pointStyle: style.point,
					pointRadius: p.pointRadius + 1
				};
			})
		},
		options: {
			...timeChartOptions(ctx),
			// One axis for all, ending at the next ten above the highest line (as on the dashboard).
			scales: ruptureScales(
				series.flatMap((s) => s.projection.ruptureRisk),
				ctx
			),
			plugins: {
				// Line samples carry each scenario's dash, so the legend works without colour.
				legend: seriesLegend(
					series.map((s) => s.label),
					ctx
				),
				tooltip: percentTooltip(ctx)
			}
		}
	};
}

export function compareRuptureTable(series: CompareSeries[], ctx: CompareContext): DataTable {
	const values = series.map((s) => toPercent(s.projection.ruptureRisk));
	return {
		caption: ctx.text.ruptureRisk,
		columns: [ctx.text.date, ...series.map((s) => ctx.text.percentColumn(s.label))],
		rows: seriesTimeLabels(series, ctx).map((time, k) => [time, ...values.map((v) => v[k])])
	};
}
