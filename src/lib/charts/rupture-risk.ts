// Rupture risk by date: the share of paths that have hit the lowest outcome by each step.

import type { ChartConfiguration } from 'chart.js';
import type { Projection } from '$lib/model';
import { commonOptions, legendOptions, timeLayout, percentAxis, timeAxis, tooltipOptions } from './base-options';
import { percentOf, timeLabels, toPercent } from './format';
import { chartPalette } from './palette';
import type { ChartContext, DataTable } from './types';

export function ruptureRiskChart(projection: Projection, color: string, ctx: ChartContext): ChartConfiguration<'line', number[], string> {
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
			...commonOptions,
			layout: timeLayout(ctx),
			interaction: { mode: 'index', intersect: false },
			scales: { x: timeAxis(ctx), y: percentAxis(ctx, ctx.text.probability) },
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
