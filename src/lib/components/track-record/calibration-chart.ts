// The reliability diagram as a Chart.js config: the diagonal (perfect calibration) as a dashed
// line, and one point per non-empty bin at (mean forecast, observed frequency), its size growing
// with the bin's count. Both axes in percent, 0–100; numbers read left to right in both languages.

import type { ChartConfiguration } from 'chart.js';
import { axisTitle, commonOptions, font, legendOptions, tooltipOptions } from '$lib/charts/base-options';
import { chartPalette } from '$lib/charts/palette';
import type { ChartContext } from '$lib/charts/types';
import type { CalibrationBin } from '$lib/forecast';

export interface CalibrationWords {
	perfect: string;
	points: string;
	forecast: string;
	observed: string;
	count: string;
}

/** Point radius: 3 px for one forecast, growing with the square root of the count, at most 14. */
export function pointRadius(count: number, largest: number): number {
	return largest <= 0 ? 3 : 3 + 11 * Math.sqrt(count / largest);
}

export function calibrationChart(
	bins: readonly CalibrationBin[],
	ctx: ChartContext,
	words: CalibrationWords
): ChartConfiguration<'line'> {
	const p = chartPalette(ctx.theme);
	const shown = bins.filter((b) => b.count > 0);
	const largest = Math.max(0, ...shown.map((b) => b.count));
	const axis = (title: string) => ({
		type: 'linear' as const,
		min: 0,
		max: 100,
		title: axisTitle(title, ctx),
		ticks: { color: p.text, font: font(p), stepSize: 10, callback: (v: string | number) => `${v}%` },
		grid: { color: p.grid }
	});
	return {
		type: 'line',
		data: {
			datasets: [
				{
					label: words.perfect,
					data: [
						{ x: 0, y: 0 },
						{ x: 100, y: 100 }
					],
					borderColor: p.muted,
					borderDash: [6, 4],
					borderWidth: p.thinLineWidth,
					pointRadius: 0
				},
				{
					label: words.points,
					data: shown.map((b) => ({ x: (b.meanForecast ?? 0) * 100, y: (b.observedFrequency ?? 0) * 100 })),
					showLine: false,
					// A point at 0% or 100% is drawn whole, over the axis, instead of cut in half.
					clip: false,
					borderColor: p.band.median,
					backgroundColor: p.band.inner,
					pointRadius: shown.map((b) => pointRadius(b.count, largest)),
					pointHoverRadius: shown.map((b) => pointRadius(b.count, largest) + 2)
				}
			]
		},
		options: {
			...commonOptions,
			layout: { padding: 14 },
			scales: { x: axis(words.forecast), y: axis(words.observed) },
			plugins: {
				legend: legendOptions(ctx),
				tooltip: {
					...tooltipOptions(ctx),
					callbacks: {
						label: (item) =>
							item.datasetIndex === 1
								? `${words.forecast} ${Math.round(item.parsed.x ?? 0)}%, ${words.observed} ${Math.round(item.parsed.y ?? 0)}%, ${words.count} ${shown[item.dataIndex]?.count ?? 0}`
								: words.perfect
					}
				}
			}
		}
	};
}
