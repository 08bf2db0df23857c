// Outcome probabilities at one date, as grouped bars: a group per scenario, a bar per outcome in
// the outcome's own colour (outcomes keep their colours everywhere), worst to best.

import type { ChartConfiguration, ScaleOptions } from 'chart.js';
import type { Projection } from '$lib/model';
import { commonOptions, font, legendOptions, percentAxis, percentTooltip } from './base-options';
import type { CompareContext, CompareSeries } from './compare-series';
import { wrapLabel } from './horizontal-axes';
import { chartPalette } from './palette';
import type { DataTable, OutcomeStyle } from './types';

/** The step, kept inside the horizon. */
export function clampStep(projection: Projection | undefined, step: number): number {
	const last = (projection?.times.length ?? 1) - 1;
	return Math.min(last, Math.max(0, Math.round(Number.isFinite(step) ? step : last)));
}

function outcomeStyles(series: CompareSeries[], outcomes: OutcomeStyle[], ctx: CompareContext): OutcomeStyle[] {
	const byId = new Map(outcomes.map((o) => [o.id, o]));
	// An outcome without a style is drawn grey rather than in a colour that means another outcome.
	const fallback = chartPalette(ctx.theme).muted;
	return (series[0]?.projection.outcomes ?? []).map((id) => byId.get(id) ?? { id, label: id, color: fallback });
}

/** Percent per scenario (rows) and outcome (columns), worst outcome first. */
function values(series: CompareSeries[], styles: OutcomeStyle[], step: number): number[][] {
	return series.map(({ projection }) =>
		styles.map((o) => (projection.stateProbabilities[o.id]?.[clampStep(projection, step)] ?? 0) * 100)
	);
}

/** Scenario names along the bottom; in Arabic the first scenario stands on the right. */
function scenarioAxis(ctx: CompareContext): ScaleOptions<'category'> {
	const p = chartPalette(ctx.theme);
	return {
		type: 'category',
		reverse: ctx.rtl,
		ticks: {
			color: p.text,
			font: font(p),
			autoSkip: false,
			maxRotation: 0,
			// Scenario titles are long: wrapped to the width each group gets, so they never overlap.
			callback(value) {
				const perGroup = this.width / Math.max(1, this.ticks.length);
				return wrapLabel(this.getLabelForValue(Number(value)), Math.max(8, Math.floor(perGroup / (p.fontSize * 0.6))));
			}
		},
		grid: { display: false },
		border: { color: p.muted }
	};
}

export function compareStatesChart(
	series: CompareSeries[],
	outcomes: OutcomeStyle[],
	step: number,
	ctx: CompareContext
): ChartConfiguration<'bar', number[], string> {
	const p = chartPalette(ctx.theme);
	const styles = outcomeStyles(series, outcomes, ctx);
	const table = values(series, styles, step);
	return {
		type: 'bar',
		data: {
			labels: series.map((s) => s.label),
			datasets: styles.map((o, k) => ({
				label: o.label,
				data: table.map((row) => row[k]),
				backgroundColor: o.color,
				// A thin edge in the background colour keeps neighbouring bars apart.
				borderColor: p.background,
				borderWidth: 1,
				categoryPercentage: 0.8,
				barPercentage: 0.95
			}))
		},
		options: {
			...commonOptions,
			interaction: { mode: 'index', intersect: false },
			scales: { x: scenarioAxis(ctx), y: percentAxis(ctx, ctx.text.probability) },
			plugins: {
				legend: legendOptions(ctx),
				tooltip: percentTooltip(ctx)
			}
		}
	};
}

export function compareStatesTable(
	series: CompareSeries[],
	outcomes: OutcomeStyle[],
	step: number,
	ctx: CompareContext
): DataTable {
	const styles = outcomeStyles(series, outcomes, ctx);
	const first = series[0]?.projection;
	return {
		caption: ctx.compare.statesAt(ctx.text.time(first?.times[clampStep(first, step)] ?? '')),
		columns: [ctx.compare.scenario, ...styles.map((o) => ctx.text.percentColumn(o.label))],
		rows: values(series, styles, step).map((row, i) => [series[i].label, ...row])
	};
}
