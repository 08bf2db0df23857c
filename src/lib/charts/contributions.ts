// What pushes the cohesion index up or down at one step: w·E[x(t)]/Σw per driver.

import type { ChartConfiguration } from 'chart.js';
import type { Projection } from '$lib/model';
import { legendOptions, tooltipOptions } from './base-options';
import { baseLinePlugin } from './base-line';
import { signed } from './format';
import { barValueAxis, categoryAxis, driverBarOptions } from './horizontal-axes';
import { chartPalette } from './palette';
import type { ChartContext, DataTable, DriverLabel } from './types';

interface Row {
	id: string;
	label: string;
	value: number;
}

function clampStep(projection: Projection, step: number): number {
	return Math.min(projection.times.length - 1, Math.max(0, Math.round(step)));
}

/** Every driver of the projection at the step, largest push up first. */
export function contributionRows(projection: Projection, drivers: DriverLabel[], step: number): Row[] {
	const s = clampStep(projection, step);
	const names = new Map(drivers.map((d) => [d.id, d.label]));
	return Object.entries(projection.contributions)
		.map(([id, series]) => ({ id, label: names.get(id) ?? id, value: series[s] }))
		.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

export function contributionsChart(
	projection: Projection,
	drivers: DriverLabel[],
	step: number,
	ctx: ChartContext
): ChartConfiguration<'bar', (number | null)[], string> {
	const p = chartPalette(ctx.theme);
	const rows = contributionRows(projection, drivers, step);
	// Two datasets rather than per-bar colours, so the legend names both hues; `grouped: false`
	// keeps each bar centred on its driver although the other dataset is empty there.
	const side = (label: string, color: string, keep: (v: number) => boolean) => ({
		label,
		data: rows.map((r) => (keep(r.value) ? r.value : null)),
		backgroundColor: color,
		borderColor: color,
		borderWidth: 0,
		grouped: false,
		barPercentage: 0.8
	});
	return {
		type: 'bar',
		data: {
			labels: rows.map((r) => r.label),
			datasets: [
				side(ctx.text.pushesUp, p.pushesUp, (v) => v >= 0),
				side(ctx.text.pushesDown, p.pushesDown, (v) => v < 0)
			]
		},
		plugins: [baseLinePlugin],
		options: {
			...driverBarOptions,
			scales: {
				x: barValueAxis(ctx, ctx.text.contribution, (v) => signed(v, ctx)),
				y: categoryAxis(ctx)
			},
			plugins: {
				legend: legendOptions(ctx),
				// Zero is what the bars grow from; drawn whether or not a tick falls on it.
				baseLine: { value: 0, axis: 'x', color: p.text, width: p.thinLineWidth, dash: [] },
				tooltip: {
					...tooltipOptions(ctx),
					callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${signed(item.parsed.x ?? 0, ctx)}` }
				}
			}
		}
	};
}

export function contributionsTable(
	projection: Projection,
	drivers: DriverLabel[],
	step: number,
	ctx: ChartContext
): DataTable {
	const time = ctx.text.time(projection.times[clampStep(projection, step)] ?? '');
	return {
		caption: ctx.text.contributionsAt(time),
		columns: [ctx.text.driver, ctx.text.contribution],
		rows: contributionRows(projection, drivers, step).map((r) => [r.label, r.value])
	};
}
