// What the outcome depends on: each source's share of the variance of the cohesion index at the
// horizon (the analyst's ranges, the events, the unmodelled factors) and the interaction they leave
// over, one bar each with its percent. Fixed order, so two scenarios read side by side.

import type { ChartConfiguration } from 'chart.js';
import type { Uncertainty } from '$lib/model';
import { axisTitle, font, legendOptions, tooltipOptions } from './base-options';
import { barValuesPlugin, barValuesRoom } from './bar-values';
import { baseLinePlugin } from './base-line';
import { percentOf } from './format';
import { barValueAxis, categoryAxis, driverBarOptions } from './horizontal-axes';
import { chartPalette } from './palette';
import type { ChartContext, DataTable, UncertaintySource } from './types';

/** The sources in the order shown; the interaction last, as what the three leave over. */
export const UNCERTAINTY_SOURCES: readonly UncertaintySource[] = ['ranges', 'events', 'unmodelled', 'interaction'];

interface Row {
	source: UncertaintySource;
	label: string;
	/** Share of the variance in percent (the interaction may be slightly below 0). */
	value: number;
}

export function uncertaintyRows(uncertainty: Uncertainty, ctx: ChartContext): Row[] {
	return UNCERTAINTY_SOURCES.map((source) => ({
		source,
		label: ctx.text.sources[source],
		value: uncertainty[source] * 100
	}));
}

/** The source with the largest share (the interaction is not a source); the first one on a tie. */
export function largestSource(uncertainty: Uncertainty): Exclude<UncertaintySource, 'interaction'> {
	const sources = ['ranges', 'events', 'unmodelled'] as const;
	return sources.reduce((best, s) => (uncertainty[s] > uncertainty[best] ? s : best), sources[0]);
}

function caption(uncertainty: Uncertainty, ctx: ChartContext): string {
	const source = largestSource(uncertainty);
	return ctx.text.largestSource(ctx.text.sources[source], ctx.text.percent(uncertainty[source]));
}

export function uncertaintyChart(
	uncertainty: Uncertainty,
	ctx: ChartContext
): ChartConfiguration<'bar', number[], string> {
	const p = chartPalette(ctx.theme);
	const rows = uncertaintyRows(uncertainty, ctx);
	const fill = (source: UncertaintySource) =>
		source === 'interaction' ? 'rgba(0, 0, 0, 0)' : source === 'unmodelled' ? p.unmodelled : p.inputs;
	const x = barValueAxis(ctx, ctx.text.uncertaintyShare, (v) => percentOf(v, ctx));
	const room = barValuesRoom(p.fontSize);
	return {
		type: 'bar',
		data: {
			labels: rows.map((r) => r.label),
			datasets: [
				{
					label: ctx.text.uncertaintyShare,
					data: rows.map((r) => r.value),
					backgroundColor: rows.map((r) => fill(r.source)),
					// The interaction is a leftover, not a source: drawn in outline only.
					borderColor: rows.map((r) => (r.source === 'interaction' ? p.muted : fill(r.source))),
					borderWidth: rows.map((r) => (r.source === 'interaction' ? p.thinLineWidth * 1.5 : 0)),
					barPercentage: 0.75
				}
			]
		},
		plugins: [baseLinePlugin, barValuesPlugin],
		options: {
			...driverBarOptions,
			// Shares of one whole: the axis is the whole, 0–100%, so bars compare across scenarios.
			scales: { x: { ...x, min: Math.min(0, ...rows.map((r) => r.value)), max: 100 }, y: categoryAxis(ctx) },
			layout: { padding: ctx.rtl ? { left: room } : { right: room } },
			plugins: {
				title: { ...axisTitle(caption(uncertainty, ctx), ctx), position: 'top' },
				legend: { ...legendOptions(ctx), display: false },
				baseLine: { value: 0, axis: 'x', color: p.text, width: p.thinLineWidth, dash: [] },
				barValues: {
					texts: rows.map((r) => percentOf(r.value, ctx)),
					dataset: 0,
					color: p.text,
					font: { ...font(p), weight: 'bold' },
					rtl: ctx.rtl
				},
				tooltip: {
					...tooltipOptions(ctx),
					callbacks: { label: (item) => `${ctx.text.uncertaintyShare}: ${percentOf(rows[item.dataIndex].value, ctx)}` }
				}
			}
		}
	};
}

export function uncertaintyTable(uncertainty: Uncertainty, ctx: ChartContext): DataTable {
	return {
		caption: caption(uncertainty, ctx),
		columns: [ctx.text.source, ctx.text.percentColumn(ctx.text.uncertaintyShare)],
		rows: uncertaintyRows(uncertainty, ctx).map((r) => [r.label, r.value])
	};
}
