// Rupture risk by date: the share of paths that have hit the lowest outcome by each step.

import type { ChartConfiguration } from 'chart.js';
import type { Projection } from '$lib/model';
import { legendOptions, percentAxis, timeAxis, timeChartOptions, tooltipOptions } from './base-options';
import { percentOf, timeLabels, toPercent } from './format';
import { chartPalette } from './palette';
import type { ChartContext, DataTable } from './types';

/** Top of the rupture axis in percent: the next multiple of ten above the data, 10 to 100. */
export function ruptureAxisTop(risk: readonly number[]): number {
	const highest = Math.max(0, ...risk) * 100;
	return Math.min(100, Math.max(10, Math.ceil((highest + 1) / 10) * 10));
}

export function ruptureRiskChart(
	projection: Projection,
	color: string,
	ctx: ChartContext
): ChartConfiguration<'line', number[], string> {
	const p = chartPalette(ctx.theme);
	return {
		type: 'line',
		data: {
			labels: timeLabels(projection.times, ctx),
			datasets: [
				{
					label: ctx.text.ruptureRisk,
					data: toPercent(projection.ruptureRisk),
					borderColor: color,
					backgroundColor: color,
					borderWidth: p.lineWidth,
					pointRadius: p.pointRadius,
					pointHitRadius: p.fontSize,
					fill: false
				}
			]
		},
		options: {
			...timeChartOptions(ctx),
			// A risk of a few percent would be a flat line on a 0–100% axis; the axis ends at the next
			// ten above the data instead (at least 10%), and the ticks keep the scale honest.
			scales: {
				x: timeAxis(ctx),
				y: { ...percentAxis(ctx, ctx.text.probability), max: ruptureAxisTop(projection.ruptureRisk) }
			},
			plugins: {
				// One series, already named by the card's heading.
				legend: { ...legendOptions(ctx), display: false },
				tooltip: {
					...tooltipOptions(ctx),
					callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${percentOf(item.parsed.y ?? 0, ctx)}` }
				}
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
