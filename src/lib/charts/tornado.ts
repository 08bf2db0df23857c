// Sensitivity tornado: for each driver, the metric with its input at the low and at the high
// end, drawn as a floating bar between the two, largest swing on top.

import type { ChartConfiguration } from 'chart.js';
import type { Tornado } from '$lib/model';
import { axisTitle, legendOptions, tooltipOptions } from './base-options';
import { baseLinePlugin } from './base-line';
import { percentOf } from './format';
import { barValueAxis, categoryAxis, driverBarOptions } from './horizontal-axes';
import { chartPalette } from './palette';
import type { ChartContext, DataTable, DriverLabel } from './types';

interface Row {
	label: string;
	low: number;
	high: number;
	swing: number;
}

interface Scaled {
	/** Probabilities become percentage points; the mean index keeps its own units. */
	isPercent: boolean;
	base: number;
	rows: Row[];
	format: (value: number) => string;
	metric: string;
}

function scaled(tornado: Tornado, drivers: DriverLabel[], ctx: ChartContext, metricLabel?: string): Scaled {
	const isPercent = tornado.metric.kind !== 'mean-index';
	const k = isPercent ? 100 : 1;
	const names = new Map(drivers.map((d) => [d.id, d.label]));
	const rows = tornado.bars
		.map((b) => ({ label: names.get(b.driver) ?? b.driver, low: b.low * k, high: b.high * k, swing: b.swing * k }))
		.sort((a, b) => b.swing - a.swing || a.label.localeCompare(b.label));
	return {
		isPercent,
		base: tornado.base * k,
		rows,
		format: isPercent ? (v) => percentOf(v, ctx) : ctx.text.number,
		metric: metricLabel ?? (isPercent ? ctx.text.probability : ctx.text.cohesionIndex)
	};
}

/**
 * @param metricLabel what the metric is ("Probability of transactional or deepening alliance
 * by 2027-Q4"); defaults to the generic probability or index title.
 */
export function tornadoChart(
	tornado: Tornado,
	drivers: DriverLabel[],
	ctx: ChartContext,
	metricLabel?: string
): ChartConfiguration<'bar', [number, number][], string> {
	const p = chartPalette(ctx.theme);
	const s = scaled(tornado, drivers, ctx, metricLabel);
	const ends = [s.base, ...s.rows.flatMap((r) => [r.low, r.high])];
	const x = barValueAxis(ctx, s.metric, s.format);
	return {
		type: 'bar',
		data: {
			labels: s.rows.map((r) => r.label),
			datasets: [
				{
					label: s.metric,
					data: s.rows.map((r) => [Math.min(r.low, r.high), Math.max(r.low, r.high)]),
					backgroundColor: p.band.median,
					borderColor: p.band.median,
					borderWidth: 0,
					barPercentage: 0.8
				}
			]
		},
		plugins: [baseLinePlugin],
		options: {
			...driverBarOptions,
			scales: {
				// Not from zero: the bars float around the base, and the spread is what matters.
				x: { ...x, beginAtZero: false, suggestedMin: Math.min(...ends), suggestedMax: Math.max(...ends), grace: '5%' },
				y: categoryAxis(ctx)
			},
			plugins: {
				title: { ...axisTitle(ctx.text.base(s.format(s.base)), ctx), position: 'top' },
				legend: { ...legendOptions(ctx), display: false },
				baseLine: { value: s.base, axis: 'x', color: p.text, width: p.thinLineWidth * 1.5, dash: [5, 4] },
				tooltip: {
					...tooltipOptions(ctx),
					callbacks: {
						label: (item) => {
							const r = s.rows[item.dataIndex];
							return [`${ctx.text.lowEnd}: ${s.format(r.low)}`, `${ctx.text.highEnd}: ${s.format(r.high)}`];
						},
						footer: () => ctx.text.base(s.format(s.base))
					}
				}
			}
		}
	};
}

export function tornadoTable(
	tornado: Tornado,
	drivers: DriverLabel[],
	ctx: ChartContext,
	metricLabel?: string
): DataTable {
	const s = scaled(tornado, drivers, ctx, metricLabel);
	const t = ctx.text;
	const unit = (label: string) => (s.isPercent ? t.percentColumn(label) : label);
	return {
		caption: t.sensitivity(s.metric, s.format(s.base)),
		columns: [t.driver, unit(t.lowEnd), unit(t.highEnd), s.isPercent ? t.pointsColumn(t.swing) : t.swing],
		rows: s.rows.map((r) => [r.label, r.low, r.high, r.swing])
	};
}
