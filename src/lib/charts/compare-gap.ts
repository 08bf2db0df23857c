// What drives the difference between one scenario and the first: each driver's share of the gap
// in the mean index at the horizon, split into the part from its weight and from its value, as
// stacked horizontal bars, largest |share| on top.

import type { ChartConfiguration } from 'chart.js';
import type { GapAttribution } from '$lib/model';
import { commonOptions, legendOptions, tooltipOptions } from './base-options';
import { baseLinePlugin } from './base-line';
import type { CompareContext } from './compare-series';
import { signed } from './format';
import { barValueAxis, categoryAxis } from './horizontal-axes';
import { chartPalette } from './palette';
import type { DataTable, DriverLabel } from './types';

interface Row {
	label: string;
	fromWeight: number;
	fromValue: number;
	total: number;
}

export function gapRows(gap: GapAttribution, drivers: DriverLabel[]): Row[] {
	const names = new Map(drivers.map((d) => [d.id, d.label]));
	return gap.drivers
		.map((d) => ({
			label: names.get(d.driver) ?? d.driver,
			fromWeight: d.fromWeight,
			fromValue: d.fromValue,
			total: d.total
		}))
		.sort((a, b) => Math.abs(b.total) - Math.abs(a.total) || a.label.localeCompare(b.label));
}

/**
 * @param color the compared scenario's series colour: the value part solid, the weight part a
 * lighter tint of it with a solid edge, so the two parts differ in lightness too.
 */
export function compareGapChart(
	gap: GapAttribution,
	drivers: DriverLabel[],
	color: string,
	ctx: CompareContext
): ChartConfiguration<'bar', number[], string> {
	const p = chartPalette(ctx.theme);
	const rows = gapRows(gap, drivers);
	const part = (label: string, data: number[], fill: string) => ({
		label,
		data,
		backgroundColor: fill,
		borderColor: color,
		borderWidth: p.thinLineWidth,
		barPercentage: 0.8
	});
	const tint = `${color}55`;
	return {
		type: 'bar',
		data: {
			labels: rows.map((r) => r.label),
			datasets: [
				part(
					ctx.compare.fromValue,
					rows.map((r) => r.fromValue),
					color
				),
				part(
					ctx.compare.fromWeight,
					rows.map((r) => r.fromWeight),
					tint
				)
			]
		},
		plugins: [baseLinePlugin],
		options: {
			...commonOptions,
			indexAxis: 'y',
			interaction: { mode: 'index', axis: 'y', intersect: false },
			scales: {
				x: { ...barValueAxis(ctx, ctx.compare.gapAxis, (v) => signed(v, ctx)), stacked: true },
				y: { ...categoryAxis(ctx), stacked: true }
			},
			plugins: {
				legend: legendOptions(ctx),
				baseLine: { value: 0, axis: 'x', color: p.text, width: p.thinLineWidth, dash: [] },
				tooltip: {
					...tooltipOptions(ctx),
					callbacks: {
						label: (item) => `${item.dataset.label ?? ''}: ${signed(item.parsed.x ?? 0, ctx)}`,
						footer: (items) => `${ctx.compare.total}: ${signed(rows[items[0]?.dataIndex ?? 0]?.total ?? 0, ctx)}`
					}
				}
			}
		}
	};
}

export interface GapNames {
	first: string;
	other: string;
	/** Step label the gap is measured at, such as `2030-Q4`. */
	time: string;
}

export function compareGapTable(
	gap: GapAttribution,
	drivers: DriverLabel[],
	names: GapNames,
	ctx: CompareContext
): DataTable {
	const c = ctx.compare;
	const rows = gapRows(gap, drivers);
	const sum = (pick: (r: Row) => number) => rows.reduce((s, r) => s + pick(r), 0);
	return {
		caption: c.gapCaption(
			names.other,
			names.first,
			ctx.text.time(names.time),
			signed(gap.gap, ctx),
			signed(gap.residual, ctx)
		),
		columns: [ctx.text.driver, c.fromWeight, c.fromValue, c.total],
		rows: [
			...rows.map((r) => [r.label, r.fromWeight, r.fromValue, r.total]),
			// Drivers' shares add up to the gap, but for the residual named in the caption.
			[c.allDrivers, sum((r) => r.fromWeight), sum((r) => r.fromValue), sum((r) => r.total)]
		]
	};
}
