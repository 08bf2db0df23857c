// A legend whose names shorten when the full ones would not fit the chart's width (a phone):
// Chart.js cuts a legend item wider than the chart off at its edge instead of wrapping it.

import type { Chart, LegendItem } from 'chart.js';
import { legendOptions } from './base-options';
import { chartPalette } from './palette';
import type { ChartContext } from './types';

/** Chart.js's default padding around the legend's items, each side. */
const LEGEND_PADDING = 10;

/** Whether each name fits a legend row `width` wide: its colour box, a gap of half the font size, the text. */
export function legendFits(
	names: readonly string[],
	width: number,
	measure: (text: string) => number,
	item: { boxWidth: number; fontSize: number }
): boolean {
	return names.every((name) => item.boxWidth + item.fontSize / 2 + measure(name) + 2 * LEGEND_PADDING <= width);
}

/** Legend options naming dataset i `full[i]`, or `short[i]` when any full name would be cut off. */
export function fittingLegend(ctx: ChartContext, full: readonly string[], short: readonly string[]) {
	const legend = legendOptions(ctx);
	const p = chartPalette(ctx.theme);
	return {
		...legend,
		labels: {
			...legend.labels,
			generateLabels(chart: Chart): LegendItem[] {
				const g = chart.ctx;
				g.save();
				g.font = `${p.fontSize}px ${p.fontFamily}`;
				const fits = legendFits(full, chart.width, (text) => g.measureText(text).width, {
					boxWidth: legend.labels.boxWidth,
					fontSize: p.fontSize
				});
				g.restore();
				const names = fits ? full : short;
				return chart.data.datasets.map((dataset, i) => ({
					text: names[i] ?? dataset.label ?? '',
					fillStyle: dataset.backgroundColor as string,
					strokeStyle: dataset.borderColor as string,
					lineWidth: 0,
					hidden: !chart.isDatasetVisible(i),
					datasetIndex: i,
					fontColor: p.text
				}));
			}
		}
	};
}
