// Outcome probabilities over time, overlaid: a line per outcome and scenario, the outcome's own
// colour (outcomes keep their colours everywhere) and the scenario's own dash and marker (as in
// every comparison chart), so "where each scenario ends up" is read over the whole horizon and
// not only at one date. The legend has both keys: the outcomes by colour, the scenarios by dash.

import type { Chart, ChartConfiguration, LegendItem } from 'chart.js';
import { lineSampleLegend, percentAxis, percentTooltip, timeAxis, timeChartOptions } from './base-options';
import { compareSeriesStyle, seriesTimeLabels } from './compare-series';
import type { CompareContext, CompareSeries } from './compare-series';
import { toPercent } from './format';
import { chartPalette } from './palette';
import type { DataTable, OutcomeStyle } from './types';

/** The outcomes as styled, best first (the order the key judgments read in). */
function bestFirst(series: CompareSeries[], outcomes: OutcomeStyle[], ctx: CompareContext): OutcomeStyle[] {
	const byId = new Map(outcomes.map((o) => [o.id, o]));
	const fallback = chartPalette(ctx.theme).muted;
	return (series[0]?.projection.outcomes ?? [])
		.map((id) => byId.get(id) ?? { id, label: id, color: fallback })
		.reverse();
}

/** Two keys in one legend: each outcome as a solid sample in its colour, each scenario as its dash in text colour. */
function legendLabels(
	series: CompareSeries[],
	styles: OutcomeStyle[],
	ctx: CompareContext
): (chart: Chart) => LegendItem[] {
	const p = chartPalette(ctx.theme);
	const item = (text: string, color: string, dash: number[]): LegendItem => ({
		text,
		fillStyle: color,
		strokeStyle: color,
		fontColor: p.text,
		lineWidth: p.lineWidth,
		lineDash: dash,
		pointStyle: 'line',
		hidden: false
	});
	return () => [
		...styles.map((o) => item(o.label, o.color, [])),
		...series.map((s, i) => item(s.label, p.text, compareSeriesStyle(i, ctx.theme).dash))
	];
}

export function compareOutcomesChart(
	series: CompareSeries[],
	outcomes: OutcomeStyle[],
	ctx: CompareContext
): ChartConfiguration<'line', number[], string> {
	const p = chartPalette(ctx.theme);
	const styles = bestFirst(series, outcomes, ctx);
	const legend = lineSampleLegend(ctx);
	return {
		type: 'line',
		data: {
			labels: seriesTimeLabels(series, ctx),
			datasets: series.flatMap((s, i) => {
				const style = compareSeriesStyle(i, ctx.theme);
				return styles.map((o) => ({
					label: ctx.compare.seriesColumn(s.label, o.label),
					data: toPercent(s.projection.stateProbabilities[o.id] ?? []),
					borderColor: o.color,
					backgroundColor: o.color,
					borderWidth: p.lineWidth,
					borderDash: style.dash,
					pointStyle: style.point,
					pointRadius: p.pointRadius + 1,
					fill: false
				}));
			})
		},
		options: {
			...timeChartOptions(ctx),
			scales: { x: timeAxis(ctx), y: percentAxis(ctx, ctx.text.probability) },
			plugins: {
				// The legend is two keys, not one entry per line: clicking it hides nothing.
				legend: {
					...legend,
					onClick: () => {},
					labels: { ...legend.labels, generateLabels: legendLabels(series, styles, ctx) }
				},
				tooltip: percentTooltip(ctx)
			}
		}
	};
}

export function compareOutcomesTable(
	series: CompareSeries[],
	outcomes: OutcomeStyle[],
	ctx: CompareContext
): DataTable {
	const styles = bestFirst(series, outcomes, ctx);
	const columns = series.flatMap((s) =>
		styles.map((o) => ({
			name: ctx.text.percentColumn(ctx.compare.seriesColumn(s.label, o.label)),
			values: toPercent(s.projection.stateProbabilities[o.id] ?? [])
		}))
	);
	return {
		caption: ctx.text.outcomeProbabilities,
		columns: [ctx.text.date, ...columns.map((c) => c.name)],
		rows: seriesTimeLabels(series, ctx).map((time, k) => [time, ...columns.map((c) => c.values[k])])
	};
}
