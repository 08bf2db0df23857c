// Outcome probabilities over time as a stacked area, worst outcome at the bottom.

import type { ChartConfiguration } from 'chart.js';
import type { Projection } from '$lib/model';
import { legendOptions, percentAxis, percentTooltip, timeAxis, timeChartOptions } from './base-options';
import { timeLabels, toPercent } from './format';
import { chartPalette } from './palette';
import type { ChartContext, DataTable, OutcomeStyle } from './types';

interface Layer {
	style: OutcomeStyle;
	values: number[];
}

/** The projection's outcomes worst → best, each with its caller-given style and values in %. */
function layers(projection: Projection, outcomes: OutcomeStyle[], ctx: ChartContext): Layer[] {
	const byId = new Map(outcomes.map((o) => [o.id, o]));
	// An outcome the caller gave no style for still has to show, or the stack would not reach
	// 100%; grey, rather than a colour that could be mistaken for another outcome's.
	const fallback = chartPalette(ctx.theme).muted;
	return projection.outcomes.map((id) => ({
		style: byId.get(id) ?? { id, label: id, color: fallback },
		values: toPercent(projection.stateProbabilities[id] ?? [])
	}));
}

export function stateProbabilitiesChart(
	projection: Projection,
	outcomes: OutcomeStyle[],
	ctx: ChartContext
): ChartConfiguration<'line', number[], string> {
	const p = chartPalette(ctx.theme);
	return {
		type: 'line',
		data: {
			labels: timeLabels(projection.times, ctx),
			datasets: layers(projection, outcomes, ctx).map(({ style, values }, i) => ({
				label: style.label,
				data: values,
				borderColor: style.color,
				backgroundColor: style.color,
				borderWidth: p.thinLineWidth,
				pointRadius: 0,
				pointHitRadius: p.fontSize,
				// Each layer fills down to the one below it; stacked, the bands add up to 100%.
				fill: i === 0 ? 'origin' : '-1'
			}))
		},
		options: {
			...timeChartOptions(ctx),
			scales: {
				x: timeAxis(ctx),
				y: { ...percentAxis(ctx, ctx.text.probability), stacked: true }
			},
			plugins: {
				legend: legendOptions(ctx),
				tooltip: {
					...percentTooltip(ctx),
					// Best outcome first, as the layers read from the top of the stack.
					itemSort: (a, b) => b.datasetIndex - a.datasetIndex
				}
			}
		}
	};
}

export function stateProbabilitiesTable(
	projection: Projection,
	outcomes: OutcomeStyle[],
	ctx: ChartContext
): DataTable {
	const all = layers(projection, outcomes, ctx);
	const times = timeLabels(projection.times, ctx);
	return {
		caption: ctx.text.outcomeProbabilities,
		columns: [ctx.text.date, ...all.map(({ style }) => ctx.text.percentColumn(style.label))],
		rows: times.map((time, step) => [time, ...all.map(({ values }) => values[step])])
	};
}
