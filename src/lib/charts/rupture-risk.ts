// Rupture risk by date: the share of paths that have hit the lowest outcome by each step.

import type { ChartConfiguration } from 'chart.js';
import type { Projection } from '$lib/model';
import { legendOptions, percentAxis, percentTooltip, timeAxis, timeChartOptions } from './base-options';
import { timeLabels, toPercent } from './format';
import { chartPalette } from './palette';
import type { ChartContext, DataTable } from './types';

/** Top of the rupture axis in percent: the next multiple of ten above the data, 10 to 100. */
export function ruptureAxisTop(risk: readonly number[]): number {
	const highest = Math.max(0, ...risk) * 100;
	return Math.min(100, Math.max(10, Math.ceil((highest + 1) / 10) * 10));
}

/**
 * Time across, percent up to the axis top: a risk of a few percent would be a flat line on a
 * 0–100% axis, so the axis ends at the next ten above every line drawn (at least 10%), and the
 * ticks keep the scale honest.
 */
export function ruptureScales(risk: readonly number[], ctx: ChartContext) {
	return { x: timeAxis(ctx), y: { ...percentAxis(ctx, ctx.text.probability), max: ruptureAxisTop(risk) } };
}

/** One rupture-risk line in percent, in the colour given. */
export function ruptureLine(label: string, projection: Projection, color: string, ctx: ChartContext) {
	const p = chartPalette(ctx.theme);
	return {
		label,
		data: toPercent(projection.ruptureRisk),
		borderColor: color,
		backgroundColor: color,
		borderWidth: p.lineWidth,
		pointRadius: p.pointRadius,
		pointHitRadius: p.fontSize,
		fill: false
	};
}

export function ruptureRiskChart(
	projection: Projection,
	color: string,
	ctx: ChartContext
): ChartConfiguration<'line', number[], string> {
	return {
		type: 'line',
		data: {
			labels: timeLabels(projection.times, ctx),
			datasets: [ruptureLine(ctx.text.ruptureRisk, projection, color, ctx)]
		},
		options: {
			...timeChartOptions(ctx),
			scales: ruptureScales(projection.ruptureRisk, ctx),
			plugins: {
				// One series, already named by the card's heading.
				legend: { ...legendOptions(ctx), display: false },
				tooltip: percentTooltip(ctx)
			}
		}
	};
}

export function ruptureRiskTable(projection: Projection, ctx: ChartContext): DataTable {
	const values = toPercent(projection.ruptureRisk);
	return {
		caption: ctx.text.ruptureRisk,
		columns: [ctx.text.date, ctx.text.percentColumn(ctx.text.ruptureRisk)],
		rows: timeLabels(projection.times, ctx).map((time, step) => [time, values[step]])
	};
}
